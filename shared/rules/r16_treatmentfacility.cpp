#include "rules/r16_treatmentfacility.h"

#include "rules/declarationchecks.h"
#include "rules/reportperiod.h"
#include "rules/rulesupport.h"

using namespace Qt::StringLiterals;

namespace outfall::rules {

using namespace support;

QList<Flag> evaluateTreatmentFacility(const EvaluationContext &context)
{
    const PermitSnapshot &s = context.snapshot;
    const auto checks = latestDeclarationChecks(s, u"facility"_s);
    QList<Flag> flags;
    for (const SnapshotFacility &facility : s.facilities) {
        const SnapshotDeclarationCheck *check = checks.value(facility.id);
        if (!check || !check->found)
            continue;
        const bool missing = !*check->found;
        // Declared to run and seen standing: as much a mismatch as a missing one, since the
        // discharge it should treat leaves untreated. A standby facility may stand.
        const bool idle = !missing && facility.expectedRunning && check->running == false;
        if (!missing && !idle)
            continue;
        Flag flag;
        flag.severity = Severity::Violation;
        const QDate day = Cst::dateOf(check->recordedAtMs);
        flag.subject = {s.permitId, QString(), QString(), day.toString(Qt::ISODate), facility.id};
        const QString source = u"declaration_check "_s + check->id;
        const QString declared = u"treatment_facility "_s + facility.id;
        flag.inputs = {input(u"facility"_s, facility.code + u' ' + facility.name, {}, declared),
            input(u"treats"_s, facility.treats, {}, declared),
            input(u"expected state"_s, facility.expectedRunning ? u"running"_s : u"standby"_s, {},
                declared),
            input(u"found on site"_s, missing ? u"no"_s : u"yes"_s, {}, source)};
        if (!missing)
            flag.inputs.append(input(u"running"_s, u"no"_s, {}, source));
        flag.inputs.append(input(u"recorded at"_s, Cst::text(check->recordedAtMs), {}, source));
        if (!check->note.isEmpty())
            flag.inputs.append(input(u"note"_s, check->note, {}, source));
        flag.evidence = {
            link(u"declaration_check"_s, check->id), link(u"inspection"_s, check->inspectionId)};
        const QString label = facility.code + u' ' + facility.name;
        if (missing) {
            flag.steps << step(
                u"declared facility %1 looked for on site: not found"_s.arg(facility.code),
                u"现场查找申报治理设施 %1：未见"_s.arg(facility.code));
            flag.messageEn = u"Declared treatment facility %1 (%2) is missing on site."_s.arg(
                label, facility.treats);
            flag.messageZh = u"申报的污染治理设施 %1（%2）现场缺失。"_s.arg(label, facility.treats);
        } else {
            flag.steps << step(
                u"declared to run; seen on site, not running"_s, u"申报为运行；现场可见，未运行"_s);
            flag.messageEn =
                u"Declared treatment facility %1 (%2) is on site but not running."_s.arg(
                    label, facility.treats);
            flag.messageZh =
                u"申报的污染治理设施 %1（%2）现场存在但未运行。"_s.arg(label, facility.treats);
        }
        normalise(flag);
        flags.append(flag);
    }
    return flags;
}

} // namespace outfall::rules
