#include "rules/r01_fieldexceedance.h"

#include "domain/exceedance.h"
#include "domain/oxygencorrection.h"
#include "rules/rulesupport.h"

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::rules {

namespace {

using namespace support;

// A spot measurement is compared with the short-term limits; a monthly mean or an annual
// amount is not something one reading can break.
bool comparableBasis(const QString &basis)
{
    return basis == u"instant" || basis == u"hourly" || basis == u"daily" || basis == u"daily_max";
}

struct Verdict
{
    const SnapshotLimit *limit = nullptr;
    double inLimitUnit = 0; // the field value converted to the limit's unit
    std::optional<double> corrected; // at the limit's reference O2
    domain::Exceedance exceedance;
};

// The measurement judged against one limit; nothing when it cannot be compared: a unit of
// another dimension, a limit with a reference O2 and no O2 measured, or O2 ≥ 21 % (the gas is
// ambient air, the correction divides by zero: the device and the server refuse such a
// measurement on entry, so it can only come from a damaged record, which no flag should rest
// on).
std::optional<Verdict> judge(const SnapshotMeasurement &m, const SnapshotLimit &limit)
{
    const auto value = convert(m.value, m.unit, limit.unit);
    if (!value)
        return std::nullopt;
    Verdict verdict;
    verdict.limit = &limit;
    verdict.inLimitUnit = *value;
    double compared = *value;
    try {
        if (limit.referenceO2Pct) {
            if (!m.o2Pct)
                return std::nullopt;
            verdict.corrected =
                domain::OxygenCorrection::correct(*value, *m.o2Pct, *limit.referenceO2Pct);
            compared = *verdict.corrected;
        }
        verdict.exceedance = domain::Exceedance::evaluate(compared, limit.min, limit.max);
    } catch (const std::invalid_argument &) {
        return std::nullopt;
    }
    return verdict;
}

Flag flagFor(const EvaluationContext &context, const SnapshotMeasurement &m, const Verdict &v)
{
    const PermitSnapshot &s = context.snapshot;
    const SnapshotLimit &limit = *v.limit;
    const QDate day = Cst::dateOf(m.recordedAtMs);
    const double compared = v.corrected.value_or(v.inLimitUnit);
    const bool below = v.exceedance.side == domain::Exceedance::Side::Min;
    const double bound = below ? *limit.min : *limit.max;

    Flag flag;
    flag.severity = Severity::Violation;
    flag.subject = {s.permitId, m.outletId, m.pollutant, day.toString(Qt::ISODate), m.id};
    flag.exceedancePct = v.exceedance.percent;

    flag.inputs.append(input(u"field value"_s, num(m.value), m.unit, u"measurement "_s + m.id));
    flag.inputs.append(
        input(u"measured at"_s, Cst::text(m.recordedAtMs), {}, u"measurement "_s + m.id));
    if (limit.referenceO2Pct) {
        flag.inputs.append(
            input(u"O2 measured"_s, num(*m.o2Pct), u"%"_s, u"measurement "_s + m.id));
        flag.inputs.append(input(u"O2 reference"_s, num(*limit.referenceO2Pct), u"%"_s,
            u"emission_limit "_s + limit.id));
    }
    flag.inputs.append(
        input(u"limit"_s, limitRange(limit), limit.unit, u"emission_limit "_s + limit.id));
    flag.inputs.append(input(u"basis"_s, limit.basis, {}, u"emission_limit "_s + limit.id));

    if (m.unit != limit.unit)
        flag.steps << formula(
            u"%1 %2 = %3 %4"_s.arg(num(m.value), m.unit, num(v.inLimitUnit), limit.unit));
    if (v.corrected) {
        flag.steps << formula(
            u"C = C′ × (21 − O2ref) / (21 − O2meas) = %1 × (21 − %2) / (21 − %3) = %4 %5"_s.arg(
                num(v.inLimitUnit), num(*limit.referenceO2Pct), num(*m.o2Pct), num(*v.corrected),
                limit.unit));
    }
    if (below) {
        flag.steps << step(u"%1 < %2 (minimum): exceedance = (%2 − %1) / %2 × 100 = %3 %"_s.arg(
                               num(compared), num(bound), pct(v.exceedance.percent)),
            u"%1 < %2（下限）：超标率 = (%2 − %1) / %2 × 100 = %3 %"_s.arg(
                num(compared), num(bound), pct(v.exceedance.percent)));
    } else {
        flag.steps << step(u"%1 > %2 (maximum): exceedance = (%1 − %2) / %2 × 100 = %3 %"_s.arg(
                               num(compared), num(bound), pct(v.exceedance.percent)),
            u"%1 > %2（上限）：超标率 = (%1 − %2) / %2 × 100 = %3 %"_s.arg(
                num(compared), num(bound), pct(v.exceedance.percent)));
    }

    const QString outlet = outletLabel(s, m.outletId);
    const QString o2En = v.corrected ? u" at %1 % O2"_s.arg(num(*limit.referenceO2Pct)) : QString();
    const QString o2Zh =
        v.corrected ? u"（折算至基准氧含量%1%）"_s.arg(num(*limit.referenceO2Pct)) : QString();
    flag.messageEn =
        u"Field measurement of %1 at %2 on %3: %4 %5%6 is %7 the %8 limit %9 by %10 %."_s.arg(
            pollutantEn(m.pollutant), outlet, day.toString(Qt::ISODate), num(compared), limit.unit,
            o2En, below ? u"below"_s : u"above"_s, limit.basis, limitBound(limit),
            pct(v.exceedance.percent));
    flag.messageZh = u"%1 现场监测 %2 %3 浓度%4 %5%6，%7%8限值 %9，超标 %10%。"_s.arg(
        day.toString(Qt::ISODate), outlet, pollutantZh(m.pollutant), num(compared), limit.unit,
        o2Zh, below ? u"低于"_s : u"超过"_s, basisZh(limit.basis), limitBound(limit),
        pct(v.exceedance.percent));

    flag.evidence = {link(u"measurement"_s, m.id), link(u"emission_limit"_s, limit.id)};
    if (!m.inspectionId.isEmpty())
        flag.evidence.append(link(u"inspection"_s, m.inspectionId));
    normalise(flag);
    return flag;
}

} // namespace

QList<Flag> evaluateFieldExceedance(const EvaluationContext &context)
{
    QList<Flag> flags;
    for (const SnapshotMeasurement &m : context.snapshot.measurements) {
        const SnapshotOutlet *outlet = context.snapshot.outlet(m.outletId);
        if (!outlet)
            continue;
        // Against every short-term limit on the pollutant; the flag names the one broken
        // by the most (ties: the basis first in name order, so the choice is stable).
        std::optional<Verdict> worst;
        for (const SnapshotLimit &limit : outlet->limits) {
            if (limit.pollutant != m.pollutant || !comparableBasis(limit.basis))
                continue;
            const auto verdict = judge(m, limit);
            if (!verdict || !verdict->exceedance.violation)
                continue;
            if (!worst || verdict->exceedance.percent > worst->exceedance.percent
                || (verdict->exceedance.percent == worst->exceedance.percent
                    && limit.basis < worst->limit->basis)) {
                worst = verdict;
            }
        }
        if (worst)
            flags.append(flagFor(context, m, *worst));
    }
    return flags;
}

} // namespace outfall::rules
