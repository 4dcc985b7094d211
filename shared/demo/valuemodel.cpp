#include "demo/valuemodel.h"

#include "demo/demorandom.h"

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace outfall::demo {

ValueModel::ValueModel(const domain::EmissionLimit &limit, DemoRandom &rng)
    : m_range(limit.min.has_value())
    , m_max(limit.max.value_or(0))
{
    if (m_range) {
        m_level = rng.uniform(7.0, 7.8);
        m_decimals = 2;
        return;
    }
    m_level = rng.uniform(0.3, 0.6);
    m_decimals = m_max >= 50 ? 1 : m_max >= 5 ? 2 : m_max >= 0.1 ? 3 : 4;
}

double ValueModel::rounded(double value) const
{
    const double scale = std::pow(10.0, m_decimals);
    return std::round(value * scale) / scale;
}

double ValueModel::daily(QDate day, DemoRandom &rng) const
{
    if (m_range)
        return rounded(std::clamp(m_level + 0.25 * rng.normal(), 6.3, 8.7));
    // Less load at weekends; Shenzhen's hot summer months run plants harder.
    const double weekly = day.dayOfWeek() >= 6 ? 0.9 : 1.0;
    const double season =
        1.0 + 0.08 * std::sin(2 * std::numbers::pi * (day.dayOfYear() - 100) / 365.0);
    const double value = m_max * m_level * weekly * season * (1.0 + 0.12 * rng.normal());
    return rounded(std::clamp(value, 0.08 * m_max, 0.85 * m_max));
}

double ValueModel::hourly(double dayValue, int hour, DemoRandom &rng) const
{
    if (m_range)
        return rounded(std::clamp(dayValue + 0.1 * rng.normal(), 6.3, 8.7));
    const double diurnal = 1.0 + 0.1 * std::sin(2 * std::numbers::pi * (hour - 8) / 24.0);
    const double value = dayValue * diurnal * (1.0 + 0.06 * rng.normal());
    return rounded(std::clamp(value, 0.05 * m_max, 0.9 * m_max));
}

double ValueModel::detectionLimit(const QString &pollutant)
{
    if (pollutant == u"ANILINE")
        return 0.03;
    if (pollutant == u"CN" || pollutant == u"CR6")
        return 0.004;
    if (pollutant == u"SULFIDE")
        return 0.01;
    if (pollutant == u"HG")
        return 0.0025;
    return 0;
}

} // namespace outfall::demo
