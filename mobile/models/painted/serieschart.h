#pragma once

#include "models/painted/chartticks.h"

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace outfall::models {

class ChartSeries;

// Draws a ChartSeries: reported values over time, the limit (and the minimum of a range) as
// dashed red lines, values over the limit as large red dots, invalid data (maintenance,
// calibration) as hollow grey rings, a legend, and round ticks on both axes (ChartTicks).
// A tap selects the nearest point within a glove's reach and says its value, date and
// validity. Drawn in C++ because Qt 6.4 on Debian has no Qt Charts for QML and a Canvas
// re-evaluates JavaScript for every point.
class SeriesChart : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        outfall::models::ChartSeries *series READ series WRITE setSeries NOTIFY seriesChanged)
    Q_PROPERTY(int selectedIndex READ selectedIndex NOTIFY selectionChanged)
    // "41 mg/Nm3 · 2 Jun 2026 · valid, over the limit"; empty without a selection.
    Q_PROPERTY(QString selectedText READ selectedText NOTIFY selectionChanged)
    // Every word and number the chart paints (legend, axes, limits, the selection), for tests
    // that read what a page says (tst_layout's language switch).
    Q_PROPERTY(QStringList paintedTexts READ paintedTexts NOTIFY selectionChanged)

public:
    static constexpr double kHitRadiusPx = 28; // half a glove-sized touch target

    explicit SeriesChart(QQuickItem *parent = nullptr);

    ChartSeries *series() const { return m_series; }
    void setSeries(ChartSeries *series);

    int selectedIndex() const { return m_selected; }
    QString selectedText() const;
    QStringList paintedTexts() const;

    // Where point `index` of the series is drawn (item coordinates); (NaN, NaN) if none.
    Q_INVOKABLE QPointF pointPosition(int index) const;
    // The point nearest to (x, y) within kHitRadiusPx, else -1.
    Q_INVOKABLE int pointAt(double x, double y) const;
    // A tap: selects the point there, or clears the selection.
    Q_INVOKABLE void tap(double x, double y);

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void seriesChanged();
    void selectionChanged();

private:
    // Where everything goes at the item's current size: computed the same way for painting
    // and for hit tests.
    struct Frame
    {
        QRectF plot;
        QList<double> valueTicks;
        int valueDecimals = 0;
        QDate firstDay;
        QDate lastDay;
        ChartTicks::DateTicks dateTicks;
        QStringList valueLabels; // in the UI language, one a tick
        QStringList dateLabels;
        double x(const QDate &date) const;
        double y(double value) const;
    };
    struct LegendEntry
    {
        enum Symbol { Value, OverLimit, Invalid, Limit } symbol;
        QString text;
    };

    bool hasPoints() const;
    Frame frame() const;
    QList<LegendEntry> legend() const;
    static QString dateTickLabel(const QDate &date, ChartTicks::DateStep step, bool withYear);
    QString limitLabel(bool maximum) const;
    void select(int index);
    void paintLegend(QPainter &painter, const Frame &frame) const;
    void paintAxes(QPainter &painter, const Frame &frame) const;
    void paintLimits(QPainter &painter, const Frame &frame) const;
    void paintPoints(QPainter &painter, const Frame &frame) const;
    void paintSelection(QPainter &painter, const Frame &frame) const;

    QPointer<ChartSeries> m_series;
    int m_selected = -1;
};

} // namespace outfall::models
