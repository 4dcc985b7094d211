#pragma once

#include "demo/demopermit.h"

#include <QDate>

namespace outfall::demo {

class DemoRandom;

// Honest reported values for one outlet and pollutant: a level typical of the plant
// (30-60 % of the limit), a weekly and seasonal pattern and noise, clipped so that no
// honest value ever breaks the limit. Only the planted anomalies do.
class ValueModel
{
public:
    ValueModel(const domain::EmissionLimit &limit, DemoRandom &rng);

    double daily(QDate day, DemoRandom &rng) const; // <= 85 % of the maximum
    double hourly(double dayValue, int hour, DemoRandom &rng) const; // <= 90 % of the maximum
    // Rounds like a laboratory or a CEMS would report, by the limit's magnitude.
    double rounded(double value) const;
    int decimals() const { return m_decimals; }
    double limitMax() const { return m_max; }

    // Reporting limit of the method for pollutants often below it (0: none); a sample
    // below it is reported as "<" this value.
    static double detectionLimit(const QString &pollutant);

private:
    bool m_range = false; // pH: a 6-9 range, not a maximum
    double m_max = 0;
    double m_level = 0;
    int m_decimals = 2;
};

} // namespace outfall::demo
