#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace outfall::domain {

// The catalogue of pollutants Outfall knows. Limits, monitoring requirements, reported
// values and field measurements all name a pollutant by its code; an unknown code is an
// input error. Extend the table in pollutant.cpp to add one.
struct Pollutant
{
    enum class Medium { Air, Water };

    QString code; // SO2, NOX, COD, PH...
    Medium medium;
    QString defaultUnit; // the unit limits are usually written in (docs/formats.md, Units)
    QString nameZh;
    QString nameEn;

    static const Pollutant *find(QStringView code);
    static const QList<Pollutant> &all();
};

} // namespace outfall::domain
