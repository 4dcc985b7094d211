#include "core/measurementcheck.h"

#include "core/actionrefused.h"
#include "domain/measuredrange.h"
#include "domain/oxygencorrection.h"
#include "domain/pollutant.h"
#include "domain/unit.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace outfall::mobile {

namespace {

// A spot measurement compares most directly with short-term limits.
int basisRank(const QString &basis)
{
    static const QStringList order = {
        u"instant"_s, u"hourly"_s, u"daily_max"_s, u"daily"_s, u"monthly"_s, u"annual"_s};
    const auto index = order.indexOf(basis);
    return index < 0 ? int(order.size()) : int(index);
}

const LimitTerm *concentrationLimit(const OutletDetail &outlet, const QString &pollutant)
{
    const LimitTerm *best = nullptr;
    for (const LimitTerm &limit : outlet.limits) {
        if (limit.pollutant != pollutant || (!limit.min && !limit.max))
            continue; // an annual amount (t/a) is not a concentration
        if (!best || basisRank(limit.basis) < basisRank(best->basis))
            best = &limit;
    }
    return best;
}

} // namespace

InspectionService::Measured MeasurementCheck::assess(
    const InspectionService::MeasurementInput &input, const OutletDetail &outlet)
{
    const domain::Pollutant *pollutant = domain::Pollutant::find(input.pollutant);
    if (!pollutant)
        throw ActionRefused(
            Refusal::tr("unknown pollutant \"%1\" (not in the catalogue)").arg(input.pollutant));
    const QString medium =
        pollutant->medium == domain::Pollutant::Medium::Air ? u"air"_s : u"water"_s;
    if (medium != outlet.medium)
        throw ActionRefused(Refusal::tr("%1 is measured in %2, but outlet %3 discharges to %4")
                                .arg(pollutant->code, Refusal::medium(medium), outlet.code,
                                    Refusal::medium(outlet.medium)));
    const auto unit = domain::Unit::find(input.unit);
    if (!unit)
        throw ActionRefused(Refusal::tr("unknown unit \"%1\"").arg(input.unit));
    // The physical range of the quantity (domain::MeasuredRange, shared with the importer).
    if (const auto range = domain::MeasuredRange::forUnit(*unit); !range.contains(input.value)) {
        if (unit->dimension() == domain::Unit::Dimension::Ph)
            throw ActionRefused(Refusal::tr("pH %1 is outside 0–14")
                                    .arg(domain::MeasuredRange::number(input.value)));
        throw ActionRefused(Refusal::tr("value %1 %2 is outside the physical range %3")
                                .arg(domain::MeasuredRange::number(input.value), unit->symbol(),
                                    range.text(u"value"_s, unit->symbol())));
    }
    if (input.o2Pct) {
        if (outlet.medium != u"air")
            throw ActionRefused(Refusal::tr("O2 applies to stack gas; outlet %1 is a water outlet")
                                    .arg(outlet.code));
        if (!domain::MeasuredRange::o2Pct().contains(*input.o2Pct))
            throw ActionRefused(Refusal::tr("O2 %1 % must be ≥ 0 and < 21 (21 % is ambient air)")
                                    .arg(domain::MeasuredRange::number(*input.o2Pct)));
    }

    InspectionService::Measured result;
    result.unit = unit->symbol();
    const LimitTerm *limit = concentrationLimit(outlet, pollutant->code);
    const domain::Unit target = domain::Unit::parse(limit ? limit->unit : pollutant->defaultUnit);
    if (!unit->convertsTo(target))
        throw ActionRefused(
            Refusal::tr("unit %1 does not convert to %2, the unit of %3 at %4")
                .arg(unit->symbol(), target.symbol(), pollutant->code, outlet.code));
    result.limitUnit = target.symbol();
    result.valueInLimitUnit = unit->convert(input.value, target);
    result.comparedValue = result.valueInLimitUnit;
    if (!limit) {
        result.note = Refusal::tr("outlet %1 has no concentration limit for %2")
                          .arg(outlet.code, pollutant->code);
        return result;
    }
    result.referenceO2Pct = limit->referenceO2Pct;
    if (limit->referenceO2Pct && input.o2Pct) {
        result.comparedValue = domain::OxygenCorrection::correct(
            result.valueInLimitUnit, *input.o2Pct, *limit->referenceO2Pct);
        result.o2Corrected = true;
    } else if (limit->referenceO2Pct) {
        result.note = Refusal::tr("no O2 measured: compared without correction to %1 % O2")
                          .arg(*limit->referenceO2Pct);
    }
    result.limitMin = limit->min;
    result.limitMax = limit->max;
    result.basis = limit->basis;
    result.exceedance = domain::Exceedance::evaluate(result.comparedValue, limit->min, limit->max);
    return result;
}

} // namespace outfall::mobile
