#include "rules/r15_declaredoutlet.h"

#include "domain/geodesy.h"
#include "rules/declarationchecks.h"
#include "rules/reportperiod.h"
#include "rules/rulesupport.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::rules {

using namespace support;

namespace {

Flag outletFlag(
    const PermitSnapshot &s, const SnapshotOutlet &outlet, const SnapshotDeclarationCheck &check)
{
    Flag flag;
    flag.severity = Severity::Violation;
    const QDate day = Cst::dateOf(check.recordedAtMs);
    flag.subject = {s.permitId, outlet.id, QString(), day.toString(Qt::ISODate), QString()};
    const QString source = u"declaration_check "_s + check.id;
    flag.inputs = {input(u"declared outlet"_s, outlet.code, {}, u"outlet "_s + outlet.id),
        input(u"declared position"_s, u"%1, %2"_s.arg(num(outlet.lat), num(outlet.lon)), u"°"_s,
            u"outlet "_s + outlet.id),
        input(u"found on site"_s, check.found.value_or(false) ? u"yes"_s : u"no"_s, {}, source),
        input(u"recorded at"_s, Cst::text(check.recordedAtMs), {}, source)};
    if (!check.note.isEmpty())
        flag.inputs.append(input(u"note"_s, check.note, {}, source));
    flag.evidence = {
        link(u"declaration_check"_s, check.id), link(u"inspection"_s, check.inspectionId)};
    return flag;
}

} // namespace

QList<Flag> evaluateDeclaredOutlet(const EvaluationContext &context)
{
    const PermitSnapshot &s = context.snapshot;
    const RuleConfig &config = context.config;
    const auto checks = latestDeclarationChecks(s, u"outlet"_s);
    QList<Flag> flags;
    for (const SnapshotOutlet &outlet : s.outlets) {
        const SnapshotDeclarationCheck *check = checks.value(outlet.id);
        if (outlet.removed || !check || !check->found)
            continue;
        if (!*check->found) {
            Flag flag = outletFlag(s, outlet, *check);
            flag.steps << step(
                u"declared outlet %1 looked for on site: not found"_s.arg(outlet.code),
                u"现场查找申报排放口 %1：未见"_s.arg(outlet.code));
            flag.messageEn =
                u"Declared outlet %1 was not found on site."_s.arg(outletLabel(s, outlet.id));
            flag.messageZh = u"申报的排放口 %1 现场未见。"_s.arg(outletLabel(s, outlet.id));
            normalise(flag);
            flags.append(flag);
            continue;
        }
        // Found: where it was found must be where it was declared, within what the fix can
        // explain (R8's allowance).
        if (!check->lat || !check->lon)
            continue;
        double distance = 0;
        try {
            distance =
                domain::Geodesy::haversineM(*check->lat, *check->lon, outlet.lat, outlet.lon);
        } catch (const std::invalid_argument &) {
            continue;
        }
        const double accuracy = check->accuracyM.value_or(0);
        const double allowed =
            std::max(config.positionMinimumM, config.positionAccuracyFactor * accuracy);
        if (distance <= allowed)
            continue;
        Flag flag = outletFlag(s, outlet, *check);
        const QString source = u"declaration_check "_s + check->id;
        flag.inputs.append(input(
            u"found at"_s, u"%1, %2"_s.arg(num(*check->lat), num(*check->lon)), u"°"_s, source));
        flag.inputs.append(input(u"fix accuracy"_s, num(accuracy), u"m"_s, source));
        flag.inputs.append(
            input(u"minimum distance"_s, num(config.positionMinimumM), u"m"_s, u"configuration"_s));
        flag.inputs.append(input(
            u"accuracy factor"_s, num(config.positionAccuracyFactor), {}, u"configuration"_s));
        const QString distanceText = num(std::round(distance * 10) / 10);
        flag.steps
            << step(u"distance (haversine) = %1 m"_s.arg(distanceText),
                   u"距离（半正矢公式）= %1 m"_s.arg(distanceText))
            << step(u"allowed = max(%1 m, %2 × %3 m) = %4 m"_s.arg(num(config.positionMinimumM),
                        num(config.positionAccuracyFactor), num(accuracy), num(allowed)),
                   u"允许偏差 = max(%1 m, %2 × %3 m) = %4 m"_s.arg(num(config.positionMinimumM),
                       num(config.positionAccuracyFactor), num(accuracy), num(allowed)))
            << formula(u"%1 m > %2 m"_s.arg(distanceText, num(allowed)));
        flag.messageEn =
            u"Declared outlet %1 was not found where declared: it is %2 m away (allowed %3 m)."_s
                .arg(outletLabel(s, outlet.id), num(std::round(distance)), num(allowed));
        flag.messageZh = u"申报的排放口 %1 不在申报位置：相距 %2 米（允许 %3 米）。"_s.arg(
            outletLabel(s, outlet.id), num(std::round(distance)), num(allowed));
        normalise(flag);
        flags.append(flag);
    }
    return flags;
}

} // namespace outfall::rules
