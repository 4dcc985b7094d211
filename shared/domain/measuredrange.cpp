#include "domain/measuredrange.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace outfall::domain {

namespace {

struct DimensionRange
{
    const char16_t *baseUnit;
    double max;
};

DimensionRange baseRange(Unit::Dimension dimension)
{
    using D = Unit::Dimension;
    switch (dimension) {
    case D::GasConcentration:
        return {u"mg/m3", 1e7};
    case D::WaterConcentration:
        return {u"mg/L", 1e7};
    case D::Ph:
        return {u"pH", 14};
    case D::Dilution:
        return {u"dilution", 1e6};
    case D::Mass:
        return {u"kg", 1e12};
    case D::MassPerYear:
        return {u"t/a", 1e9};
    case D::MassRate:
        return {u"kg/h", 1e8};
    case D::VolumeFlow:
        break;
    }
    return {u"m3/h", 1e9};
}

} // namespace

bool MeasuredRange::contains(double value) const
{
    if (!std::isfinite(value))
        return false;
    const bool aboveMin = minIncluded ? value >= min : value > min;
    const bool belowMax = maxIncluded ? value <= max : value < max;
    return aboveMin && belowMax;
}

QString MeasuredRange::number(double value)
{
    // Whole numbers in full (10000000, not 1e+07) up to 10^15; anything else shortest.
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(value, 'f', 0);
    return QString::number(value, 'g', 6);
}

QString MeasuredRange::text(const QString &name, const QString &unit) const
{
    QString result = u"%1 %2 %3 %4 %5"_s.arg(number(min), minIncluded ? u"≤"_s : u"<"_s, name,
        maxIncluded ? u"≤"_s : u"<"_s, number(max));
    if (!unit.isEmpty())
        result += u' ' + unit;
    return result;
}

MeasuredRange MeasuredRange::forDimension(Unit::Dimension dimension)
{
    return {0, baseRange(dimension).max};
}

MeasuredRange MeasuredRange::forUnit(const Unit &unit)
{
    const DimensionRange base = baseRange(unit.dimension());
    return {0, Unit::parse(QStringView(base.baseUnit)).convert(base.max, unit)};
}

} // namespace outfall::domain
