#include "rules/r09_undeclaredoutlet.h"

#include "domain/geodesy.h"
#include "rules/rulesupport.h"

#include <cmath>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::rules {

using namespace support;

QList<Flag> evaluateUndeclaredOutlet(const EvaluationContext &context)
{
    const PermitSnapshot &s = context.snapshot;
    QList<Flag> flags;
    for (const SnapshotObservedOutlet &observed : s.observedOutlets) {
        Flag flag;
        flag.severity = Severity::Violation;
        const QDate day = Cst::dateOf(observed.recordedAtMs);
        flag.subject = {s.permitId, QString(), QString(), day.toString(Qt::ISODate), observed.id};
        const QString source = u"observed_outlet "_s + observed.id;
        flag.inputs = {input(u"medium"_s, observed.medium, {}, source),
            input(u"description"_s, observed.description, {}, source),
            input(u"recorded at"_s, Cst::text(observed.recordedAtMs), {}, source)};
        flag.evidence = {link(u"observed_outlet"_s, observed.id)};
        if (!observed.inspectionId.isEmpty())
            flag.evidence.append(link(u"inspection"_s, observed.inspectionId));

        // Where it is, and how far from the nearest permitted outlet of its medium, so the
        // reader can rule out a permitted outlet recorded twice.
        const SnapshotFix *fix = nullptr;
        for (const SnapshotFix &candidate : s.fixes) {
            if (!observed.fixId.isEmpty() && candidate.id == observed.fixId)
                fix = &candidate;
        }
        QString nearestEn;
        QString nearestZh;
        if (fix) {
            flag.evidence.append(link(u"position_fix"_s, fix->id));
            flag.inputs.append(input(u"position"_s, u"%1, %2"_s.arg(num(fix->lat), num(fix->lon)),
                u"°"_s, u"position_fix "_s + fix->id));
            flag.inputs.append(input(
                u"fix accuracy"_s, num(fix->accuracyM), u"m"_s, u"position_fix "_s + fix->id));
            const SnapshotOutlet *nearest = nullptr;
            double nearestM = 0;
            for (const SnapshotOutlet &outlet : s.outlets) {
                if (outlet.removed || outlet.medium != observed.medium)
                    continue;
                double d = 0;
                try {
                    d = domain::Geodesy::haversineM(fix->lat, fix->lon, outlet.lat, outlet.lon);
                } catch (const std::invalid_argument &) {
                    continue;
                }
                if (!nearest || d < nearestM || (d == nearestM && outlet.code < nearest->code)) {
                    nearest = &outlet;
                    nearestM = d;
                }
            }
            if (nearest) {
                flag.inputs.append(input(
                    u"nearest permitted outlet"_s, nearest->code, {}, u"outlet "_s + nearest->id));
                flag.steps << step(u"distance to %1 (haversine) = %2 m"_s.arg(
                                       nearest->code, num(std::round(nearestM * 10) / 10)),
                    u"距 %1（半正矢公式）= %2 m"_s.arg(
                        nearest->code, num(std::round(nearestM * 10) / 10)));
                nearestEn = u" The nearest permitted %1 outlet, %2, is %3 m away."_s.arg(
                    observed.medium, nearest->code, num(std::round(nearestM)));
                nearestZh = u"最近的许可排放口 %1 相距 %2 米。"_s.arg(
                    nearest->code, num(std::round(nearestM)));
            }
        }
        flag.steps.prepend(
            step(u"observed outlet recorded on site; the permit lists no such outlet"_s,
                u"现场记录到排放口；许可证未载明该排放口"_s));
        const QString mediumZh = observed.medium == u"air" ? u"废气"_s : u"废水"_s;
        flag.messageEn = u"Undeclared %1 outlet found on %2: %3.%4"_s.arg(
            observed.medium, day.toString(Qt::ISODate), observed.description, nearestEn);
        flag.messageZh = u"%1 现场发现许可证未载明的%2排放口：%3。%4"_s.arg(
            day.toString(Qt::ISODate), mediumZh, observed.description, nearestZh);
        normalise(flag);
        flags.append(flag);
    }
    return flags;
}

} // namespace outfall::rules
