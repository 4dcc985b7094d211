#pragma once

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace outfall::models {

class ChartSeries;

// Draws a ChartSeries: reported values over time, the limit as a red line, values over
// the limit as large red dots, invalid data (maintenance, calibration) as hollow grey
// rings. Drawn in C++ because Qt 6.4 on Debian has no Qt Charts for QML and a Canvas
// re-evaluates JavaScript for every point.
class SeriesChart : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        outfall::models::ChartSeries *series READ series WRITE setSeries NOTIFY seriesChanged)

public:
    explicit SeriesChart(QQuickItem *parent = nullptr);

    ChartSeries *series() const { return m_series; }
    void setSeries(ChartSeries *series);

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void seriesChanged();

private:
    QPointer<ChartSeries> m_series;
};

} // namespace outfall::models
