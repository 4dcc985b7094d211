#include "rules/r08_outletposition.h"

#include "domain/geodesy.h"
#include "rules/rulesupport.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::rules {

namespace {

using namespace support;

std::optional<double> distanceM(double lat1, double lon1, double lat2, double lon2)
{
    try {
        return domain::Geodesy::haversineM(lat1, lon1, lat2, lon2);
    } catch (const std::invalid_argument &) {
        return std::nullopt; // a position off the Earth compares with nothing
    }
}

} // namespace

QList<Flag> evaluateOutletPosition(const EvaluationContext &context)
{
    const PermitSnapshot &s = context.snapshot;
    const RuleConfig &config = context.config;

    // The latest outlet-check fix of each (inspection, outlet): a re-taken position replaces
    // the one before it. Ties on time go to the larger id, so input order never matters.
    QMap<std::pair<QString, QString>, const SnapshotFix *> latest;
    for (const SnapshotFix &fix : s.fixes) {
        if (fix.purpose != u"outlet_check" || fix.outletId.isEmpty())
            continue;
        const auto key = std::make_pair(fix.inspectionId, fix.outletId);
        const SnapshotFix *&slot = latest[key];
        if (!slot || fix.recordedAtMs > slot->recordedAtMs
            || (fix.recordedAtMs == slot->recordedAtMs && fix.id > slot->id)) {
            slot = &fix;
        }
    }

    QList<Flag> flags;
    for (const SnapshotFix *fix : std::as_const(latest)) {
        const SnapshotOutlet *outlet = s.outlet(fix->outletId);
        if (!outlet || outlet->removed)
            continue;
        const auto distance = distanceM(fix->lat, fix->lon, outlet->lat, outlet->lon);
        if (!distance)
            continue;
        const double allowed =
            std::max(config.positionMinimumM, config.positionAccuracyFactor * fix->accuracyM);
        if (*distance <= allowed)
            continue;

        // The nearest other permitted outlet, named when the fix is closer to it: the outlet
        // may have been swapped, or the inspector stood at the other one.
        const SnapshotOutlet *nearest = nullptr;
        double nearestM = 0;
        for (const SnapshotOutlet &other : s.outlets) {
            if (other.id == outlet->id || other.removed)
                continue;
            const auto d = distanceM(fix->lat, fix->lon, other.lat, other.lon);
            if (d
                && (!nearest || *d < nearestM || (*d == nearestM && other.code < nearest->code))) {
                nearest = &other;
                nearestM = *d;
            }
        }
        const bool closerToOther = nearest && nearestM < *distance;
        // At another permitted outlet (within what the fix can explain) the likelier story is
        // the wrong outlet checked: a warning for the inspector to look again.
        const bool atOther = closerToOther && nearestM <= allowed;

        Flag flag;
        flag.severity = atOther ? Severity::Warning : Severity::Violation;
        const QDate day = Cst::dateOf(fix->recordedAtMs);
        flag.subject = {
            s.permitId, outlet->id, QString(), day.toString(Qt::ISODate), fix->inspectionId};
        const QString fixSource = u"position_fix "_s + fix->id;
        flag.inputs = {
            input(u"fix position"_s, u"%1, %2"_s.arg(num(fix->lat), num(fix->lon)), u"°"_s,
                fixSource),
            input(u"fix accuracy"_s, num(fix->accuracyM), u"m"_s, fixSource),
            input(u"fix samples"_s, QString::number(fix->samples), {}, fixSource),
            input(u"recorded at"_s, Cst::text(fix->recordedAtMs), {}, fixSource),
            input(u"permitted position"_s, u"%1, %2"_s.arg(num(outlet->lat), num(outlet->lon)),
                u"°"_s, u"outlet "_s + outlet->id),
            input(u"minimum distance"_s, num(config.positionMinimumM), u"m"_s, u"configuration"_s),
            input(u"accuracy factor"_s, num(config.positionAccuracyFactor), {}, u"configuration"_s),
        };
        const QString distanceM = num(std::round(*distance * 10) / 10);
        flag.steps
            << step(u"distance (haversine) = %1 m"_s.arg(distanceM),
                   u"距离（半正矢公式）= %1 m"_s.arg(distanceM))
            << step(u"allowed = max(%1 m, %2 × %3 m) = %4 m"_s.arg(num(config.positionMinimumM),
                        num(config.positionAccuracyFactor), num(fix->accuracyM), num(allowed)),
                   u"允许偏差 = max(%1 m, %2 × %3 m) = %4 m"_s.arg(num(config.positionMinimumM),
                       num(config.positionAccuracyFactor), num(fix->accuracyM), num(allowed)))
            << formula(u"%1 m > %2 m"_s.arg(distanceM, num(allowed)));
        if (closerToOther) {
            flag.inputs.append(
                input(u"nearest other outlet"_s, nearest->code, {}, u"outlet "_s + nearest->id));
            flag.steps << step(u"distance to %1 = %2 m, nearer than to %3"_s.arg(nearest->code,
                                   num(std::round(nearestM * 10) / 10), outlet->code),
                u"距 %1 = %2 m，比距 %3 更近"_s.arg(
                    nearest->code, num(std::round(nearestM * 10) / 10), outlet->code));
        }
        const QString distanceText = num(std::round(*distance));
        flag.messageEn =
            u"Outlet %1 was located %2 m from its permitted position (allowed %3 m)."_s.arg(
                outletLabel(s, outlet->id), distanceText, num(allowed));
        flag.messageZh = u"排放口 %1 现场定位距许可坐标 %2 米（允许 %3 米）。"_s.arg(
            outletLabel(s, outlet->id), distanceText, num(allowed));
        if (closerToOther) {
            flag.messageEn +=
                u" The position is %1 m from permitted outlet %2: check which outlet this is."_s
                    .arg(num(std::round(nearestM)), nearest->code);
            flag.messageZh += u"该位置距许可排放口 %1 仅 %2 米，请核实排放口。"_s.arg(
                nearest->code, num(std::round(nearestM)));
        }
        flag.evidence = {link(u"position_fix"_s, fix->id), link(u"outlet"_s, outlet->id)};
        if (!fix->inspectionId.isEmpty())
            flag.evidence.append(link(u"inspection"_s, fix->inspectionId));
        normalise(flag);
        flags.append(flag);
    }
    return flags;
}

} // namespace outfall::rules
