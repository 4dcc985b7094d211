#include "models/serieschart.h"

#include "models/chartseries.h"
#include "models/uilanguage.h"

#include <QDate>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outfall::models {

namespace {

QDate periodDate(const QString &period)
{
    // Daily values and samples are 'YYYY-MM-DD'; monthly amounts 'YYYY-MM' sit mid-month.
    if (period.size() == 7)
        return QDate::fromString(period + u"-15"_s, Qt::ISODate);
    return QDate::fromString(period.left(10), Qt::ISODate);
}

} // namespace

SeriesChart::SeriesChart(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    // Its words and the periods under the axis are in the UI language.
    connect(&UiLanguage::instance(), &UiLanguage::changed, this, [this] { update(); });
}

void SeriesChart::setSeries(ChartSeries *series)
{
    if (m_series == series)
        return;
    if (m_series)
        disconnect(m_series, nullptr, this, nullptr);
    m_series = series;
    if (m_series)
        connect(m_series, &ChartSeries::changed, this, [this] { update(); });
    Q_EMIT seriesChanged();
    update();
}

void SeriesChart::paint(QPainter *painter)
{
    const QRectF area(64, 16, width() - 80, height() - 56);
    QFont font = painter->font();
    font.setPixelSize(16);
    painter->setFont(font);
    painter->fillRect(boundingRect(), Qt::white);
    if (!m_series || m_series->points().isEmpty() || area.width() < 40 || area.height() < 40) {
        painter->setPen(Qt::black);
        painter->drawText(boundingRect(), Qt::AlignCenter, tr("No reported values"));
        return;
    }

    const auto &points = m_series->points();
    const QDate first = periodDate(points.first().period);
    const QDate last = periodDate(points.last().period);
    const double spanDays = std::max<qint64>(1, first.daysTo(last));
    double top = 0;
    for (const auto &p : points)
        top = std::max(top, p.value);
    if (m_series->maxLimit())
        top = std::max(top, *m_series->maxLimit());
    top = top <= 0 ? 1 : top * 1.15;

    const auto x = [&](const QString &period) {
        return area.left() + area.width() * first.daysTo(periodDate(period)) / spanDays;
    };
    const auto y = [&](double value) {
        return area.bottom() - area.height() * value / top;
    };

    // Axes and the y scale: 0, half and top, in the limit's unit.
    painter->setPen(QPen(Qt::black, 2));
    painter->drawLine(area.bottomLeft(), area.bottomRight());
    painter->drawLine(area.bottomLeft(), area.topLeft());
    for (double tick : {0.0, top / 2, top / 1.15}) {
        painter->drawText(QRectF(0, y(tick) - 10, area.left() - 6, 20),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(tick, 'g', 3));
    }
    painter->drawText(QRectF(area.left(), area.bottom() + 6, 160, 24), Qt::AlignLeft,
        UiLanguage::isoDate(points.first().period));
    painter->drawText(QRectF(area.right() - 160, area.bottom() + 6, 160, 24), Qt::AlignRight,
        UiLanguage::isoDate(points.last().period));

    // The limit(s), dashed red, labelled.
    painter->setPen(QPen(QColor(0xb0, 0x00, 0x20), 3, Qt::DashLine));
    for (const auto limit : {m_series->maxLimit(), m_series->minLimit()}) {
        if (!limit)
            continue;
        painter->drawLine(QPointF(area.left(), y(*limit)), QPointF(area.right(), y(*limit)));
        painter->drawText(QRectF(area.right() - 220, y(*limit) - 24, 220, 20), Qt::AlignRight,
            tr("limit %1 %2").arg(*limit).arg(m_series->unit()));
    }

    // The values: a thin line through the valid ones, then the dots on top.
    QPainterPath path;
    bool started = false;
    for (const auto &p : points) {
        if (!p.valid)
            continue;
        const QPointF at(x(p.period), y(p.value));
        started ? path.lineTo(at) : path.moveTo(at);
        started = true;
    }
    painter->setPen(QPen(QColor(0x00, 0x46, 0xad), 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    for (const auto &p : points) {
        const QPointF at(x(p.period), y(p.value));
        if (!p.valid) {
            painter->setPen(QPen(Qt::darkGray, 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(at, 5, 5);
        } else if (m_series->exceeds(p)) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0xb0, 0x00, 0x20));
            painter->drawEllipse(at, 7, 7);
        } else if (points.size() <= 60) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0x00, 0x46, 0xad));
            painter->drawEllipse(at, 4, 4);
        }
    }
}

} // namespace outfall::models
