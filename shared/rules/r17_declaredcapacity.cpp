#include "rules/r17_declaredcapacity.h"

#include "rules/declarationchecks.h"
#include "rules/reportperiod.h"
#include "rules/rulesupport.h"

using namespace Qt::StringLiterals;

namespace outfall::rules {

using namespace support;

QList<Flag> evaluateDeclaredCapacity(const EvaluationContext &context)
{
    const PermitSnapshot &s = context.snapshot;
    const SnapshotDeclarationCheck *check = latestDeclarationChecks(s, u"capacity"_s).value({});
    if (!check || !check->observedValue || !s.capacityValue)
        return {};
    // The observed value in the declared unit: the same symbol, or a conversion the unit
    // catalogue knows (t/d against t/a is not one: it needs operating days, so no flag).
    std::optional<double> observed;
    if (check->observedUnit == s.capacityUnit)
        observed = check->observedValue;
    else
        observed = convert(*check->observedValue, check->observedUnit, s.capacityUnit);
    if (!observed || !(*observed > *s.capacityValue))
        return {};

    Flag flag;
    flag.severity = Severity::Violation;
    const QDate day = Cst::dateOf(check->recordedAtMs);
    flag.subject = {s.permitId, QString(), QString(), day.toString(Qt::ISODate), QString()};
    const QString source = u"declaration_check "_s + check->id;
    const double above = (*observed - *s.capacityValue) / *s.capacityValue * 100;
    flag.exceedancePct = above;
    flag.inputs = {input(u"declared capacity"_s, num(*s.capacityValue), s.capacityUnit,
                       u"permit "_s + s.permitId),
        input(u"observed capacity"_s, num(*check->observedValue), check->observedUnit, source),
        input(u"recorded at"_s, Cst::text(check->recordedAtMs), {}, source)};
    if (!check->note.isEmpty())
        flag.inputs.append(input(u"note"_s, check->note, {}, source));
    flag.evidence = {
        link(u"declaration_check"_s, check->id), link(u"inspection"_s, check->inspectionId)};
    if (check->observedUnit != s.capacityUnit)
        flag.steps << formula(u"%1 %2 = %3 %4"_s.arg(
            num(*check->observedValue), check->observedUnit, num(*observed), s.capacityUnit));
    flag.steps << formula(
        u"%1 %3 > %2 %3"_s.arg(num(*observed), num(*s.capacityValue), s.capacityUnit))
               << step(u"above the declaration by (%1 − %2) / %2 = %3 %"_s.arg(
                           num(*observed), num(*s.capacityValue), pct(above)),
                      u"超出申报 (%1 − %2) / %2 = %3 %"_s.arg(
                          num(*observed), num(*s.capacityValue), pct(above)));
    flag.messageEn = u"Capacity seen on site, %1 %2, is %3 % above the %4 %2 declared."_s.arg(
        num(*observed), s.capacityUnit, pct(above), num(*s.capacityValue));
    flag.messageZh = u"现场产能 %1 %2，超过申报的 %4 %2 达 %3%。"_s.arg(
        num(*observed), s.capacityUnit, pct(above), num(*s.capacityValue));
    normalise(flag);
    return {flag};
}

} // namespace outfall::rules
