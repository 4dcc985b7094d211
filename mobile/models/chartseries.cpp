#include "models/chartseries.h"

namespace outfall::models {

ChartSeries::ChartSeries(QObject *parent)
    : QObject(parent)
{ }

void ChartSeries::set(QString title, QString unit, QList<Point> points,
    std::optional<double> maxLimit, std::optional<double> minLimit)
{
    m_title = std::move(title);
    m_unit = std::move(unit);
    m_points = std::move(points);
    m_max = maxLimit;
    m_min = minLimit;
    Q_EMIT changed();
}

void ChartSeries::clear()
{
    set({}, {}, {}, std::nullopt, std::nullopt);
}

bool ChartSeries::exceeds(const Point &point) const
{
    if (!point.valid)
        return false;
    return (m_max && point.value > *m_max) || (m_min && point.value < *m_min);
}

int ChartSeries::exceedanceCount() const
{
    int count = 0;
    for (const Point &point : m_points)
        count += exceeds(point) ? 1 : 0;
    return count;
}

} // namespace outfall::models
