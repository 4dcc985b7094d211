#include "models/painted/chartseries.h"

#include "models/session/termnames.h"
#include "models/session/uilanguage.h"

using namespace Qt::StringLiterals;

namespace outfall::models {

ChartSeries::ChartSeries(QObject *parent)
    : QObject(parent)
{
    // The title names the pollutant in the UI language: say it again in a new one.
    connect(&UiLanguage::instance(), &UiLanguage::changed, this, &ChartSeries::changed);
}

void ChartSeries::set(QString outletCode, QString pollutantCode, QString unit, QList<Point> points,
    std::optional<double> maxLimit, std::optional<double> minLimit)
{
    m_outletCode = std::move(outletCode);
    m_pollutantCode = std::move(pollutantCode);
    m_unit = std::move(unit);
    m_points = std::move(points);
    m_max = maxLimit;
    m_min = minLimit;
    Q_EMIT changed();
}

void ChartSeries::clear()
{
    set({}, {}, {}, {}, std::nullopt, std::nullopt);
}

QString ChartSeries::pollutantName() const
{
    return m_pollutantCode.isEmpty() ? QString() : TermNames::pollutant(m_pollutantCode);
}

QString ChartSeries::title() const
{
    if (m_pollutantCode.isEmpty())
        return {};
    return m_outletCode + u" · "_s + pollutantName();
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
