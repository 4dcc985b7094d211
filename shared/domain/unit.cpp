#include "domain/unit.h"

#include "domain/textrules.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace outfall::domain {

namespace {

struct UnitRow
{
    QString symbol;
    QStringList aliases;
    Unit::Dimension dimension;
    double factor; // to the dimension's base unit, the first row of each dimension
};

const QList<UnitRow> &table()
{
    using D = Unit::Dimension;
    // Bases: mg/m3, mg/L, pH, dilution, kg, t/a, kg/h, m3/h.
    static const QList<UnitRow> rows = {
        // Chinese stack-gas standards state concentrations at the standard dry state, which is
        // what "Nm3" spells out, so mg/m3 and mg/Nm3 are the same quantity.
        {u"mg/m3"_s, {u"mg/m³"_s}, D::GasConcentration, 1.0},
        {u"mg/Nm3"_s, {u"mg/Nm³"_s}, D::GasConcentration, 1.0},
        {u"ug/m3"_s, {u"µg/m³"_s, u"μg/m³"_s}, D::GasConcentration, 1e-3},
        {u"mg/L"_s, {u"mg/l"_s}, D::WaterConcentration, 1.0},
        {u"ug/L"_s, {u"µg/L"_s}, D::WaterConcentration, 1e-3},
        {u"pg/L"_s, {u"pg TEQ/L"_s}, D::WaterConcentration, 1e-9},
        {u"pH"_s, {u"SU"_s}, D::Ph, 1.0},
        {u"dilution"_s, {}, D::Dilution, 1.0},
        {u"kg"_s, {}, D::Mass, 1.0},
        {u"t"_s, {}, D::Mass, 1000.0},
        {u"t/a"_s, {}, D::MassPerYear, 1.0},
        {u"kg/h"_s, {}, D::MassRate, 1.0},
        {u"kg/d"_s, {}, D::MassRate, 1.0 / 24.0},
        {u"m3/h"_s, {u"m³/h"_s}, D::VolumeFlow, 1.0},
        {u"m3/d"_s, {}, D::VolumeFlow, 1.0 / 24.0},
        // One million US gallons (3 785.411784 m³) a day.
        {u"MGD"_s, {}, D::VolumeFlow, 3785.411784 / 24.0},
    };
    return rows;
}

} // namespace

UnitError::UnitError(const QString &message)
    : std::invalid_argument(message.toStdString())
{ }

Unit::Unit(QString symbol, Dimension dimension, double factor)
    : m_symbol(std::move(symbol))
    , m_dimension(dimension)
    , m_factor(factor)
{ }

std::optional<Unit> Unit::find(QStringView text)
{
    for (const UnitRow &row : table()) {
        if (row.symbol == text || row.aliases.contains(text))
            return Unit(row.symbol, row.dimension, row.factor);
    }
    return std::nullopt;
}

Unit Unit::parse(QStringView text)
{
    if (auto unit = find(text))
        return *unit;
    throw UnitError(u"unknown unit %1"_s.arg(TextRules::quoted(text)));
}

QString Unit::dimensionName(Dimension dimension)
{
    switch (dimension) {
    case Dimension::GasConcentration:
        return u"mass concentration in gas"_s;
    case Dimension::WaterConcentration:
        return u"mass concentration in water"_s;
    case Dimension::Ph:
        return u"pH"_s;
    case Dimension::Dilution:
        return u"dilution ratio"_s;
    case Dimension::Mass:
        return u"mass"_s;
    case Dimension::MassPerYear:
        return u"mass per year"_s;
    case Dimension::MassRate:
        return u"mass rate"_s;
    case Dimension::VolumeFlow:
        return u"volume flow"_s;
    }
    return {};
}

double Unit::convert(double value, const Unit &to) const
{
    if (!convertsTo(to))
        throw UnitError(u"cannot convert %1 (%2) to %3 (%4)"_s.arg(
            m_symbol, dimensionName(m_dimension), to.m_symbol, dimensionName(to.m_dimension)));
    if (m_factor == to.m_factor)
        return value; // exact, no rounding through the base unit
    return value * m_factor / to.m_factor;
}

} // namespace outfall::domain
