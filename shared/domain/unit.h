#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <stdexcept>

namespace outfall::domain {

// Thrown for an unknown unit or a conversion across dimensions. what() is the sentence an
// import error shows, e.g. `unknown unit "mg/Nm4"`.
class UnitError : public std::invalid_argument
{
public:
    explicit UnitError(const QString &message);
    QString message() const { return QString::fromStdString(what()); }
};

// A unit of the table in docs/formats.md ("Units"). Units convert only inside their
// dimension; nothing ever falls back to a factor of 1.0.
class Unit
{
public:
    enum class Dimension {
        GasConcentration,
        WaterConcentration,
        Ph,
        Dilution,
        Mass,
        MassPerYear,
        MassRate,
        VolumeFlow,
    };

    // Accepts the canonical symbol or an alias, exactly as written (case matters: "MG/L" is
    // not a unit). Throws UnitError for anything else.
    static Unit parse(QStringView text);
    static std::optional<Unit> find(QStringView text);
    static QString dimensionName(Dimension dimension);

    QString symbol() const { return m_symbol; } // canonical, ASCII: "mg/Nm3", "ug/L"
    Dimension dimension() const { return m_dimension; }
    bool convertsTo(const Unit &other) const { return m_dimension == other.m_dimension; }
    // Converts value from this unit to `to`. Throws UnitError across dimensions.
    double convert(double value, const Unit &to) const;

    bool operator==(const Unit &other) const { return m_symbol == other.m_symbol; }

private:
    Unit(QString symbol, Dimension dimension, double factor);

    QString m_symbol;
    Dimension m_dimension;
    double m_factor; // value in this unit × factor = value in the dimension's base unit
};

} // namespace outfall::domain
