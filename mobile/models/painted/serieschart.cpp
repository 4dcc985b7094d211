#include "models/painted/serieschart.h"

#include "models/painted/chartseries.h"
#include "models/painted/nearestpoint.h"
#include "models/session/uilanguage.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace outfall::models {

namespace {

const QColor kValue(0x00, 0x46, 0xad); // Theme.accent
const QColor kDanger(0xb0, 0x00, 0x20); // Theme.danger
const QColor kInvalid(0x60, 0x60, 0x60);
const QColor kGrid(0xe0, 0xe0, 0xe0);
constexpr double kLegendRow = 30;
constexpr double kFontPx = 16;

QDate periodDate(const QString &period)
{
    // Daily values and samples are 'YYYY-MM-DD'; monthly amounts 'YYYY-MM' sit mid-month.
    if (period.size() == 7)
        return QDate::fromString(period + u"-15"_s, Qt::ISODate);
    return QDate::fromString(period.left(10), Qt::ISODate);
}

QFont chartFont()
{
    QFont font;
    font.setPixelSize(static_cast<int>(kFontPx));
    return font;
}

// Decimals that show a tick step exactly: 0 for 1, 2, 5, 10…; 1 for 0.5, 0.2; 2 for 0.05.
int decimalsFor(double step)
{
    return step > 0 ? std::max(0, static_cast<int>(std::ceil(-std::log10(step) - 1e-9))) : 0;
}

QString shortest(double value)
{
    return UiLanguage::locale(UiLanguage::instance().current())
        .toString(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace

double SeriesChart::Frame::x(const QDate &date) const
{
    const double span = std::max<qint64>(1, firstDay.daysTo(lastDay));
    return plot.left() + plot.width() * firstDay.daysTo(date) / span;
}

double SeriesChart::Frame::y(double value) const
{
    const double low = valueTicks.first();
    const double high = valueTicks.last();
    return plot.bottom() - plot.height() * (value - low) / (high - low);
}

SeriesChart::SeriesChart(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    // Its words and the dates under the axis are in the UI language.
    connect(&UiLanguage::instance(), &UiLanguage::changed, this, [this] {
        Q_EMIT selectionChanged();
        update();
    });
    connect(this, &QQuickItem::widthChanged, this, &SeriesChart::selectionChanged);
}

void SeriesChart::setSeries(ChartSeries *series)
{
    if (m_series == series)
        return;
    if (m_series)
        disconnect(m_series, nullptr, this, nullptr);
    m_series = series;
    if (m_series) {
        connect(m_series, &ChartSeries::changed, this, [this] {
            m_selected = -1; // another series, or the same in another language
            Q_EMIT selectionChanged();
            update();
        });
    }
    m_selected = -1;
    Q_EMIT seriesChanged();
    Q_EMIT selectionChanged();
    update();
}

bool SeriesChart::hasPoints() const
{
    return m_series && !m_series->points().isEmpty();
}

QList<SeriesChart::LegendEntry> SeriesChart::legend() const
{
    QList<LegendEntry> entries {{LegendEntry::Value, tr("Reported value")}};
    if (m_series->maxLimit() || m_series->minLimit()) {
        entries.append({LegendEntry::Limit, tr("Permitted limit")});
        entries.append({LegendEntry::OverLimit, tr("Over the limit")});
    }
    const auto &points = m_series->points();
    if (std::any_of(points.begin(), points.end(), [](const auto &p) { return !p.valid; }))
        entries.append({LegendEntry::Invalid, tr("Invalid data (not judged)")});
    return entries;
}

SeriesChart::Frame SeriesChart::frame() const
{
    Frame f;
    // The legend flows over as many rows as the width needs.
    const QFontMetricsF metrics(chartFont());
    int rows = 1;
    double rowWidth = 0;
    for (const LegendEntry &entry : legend()) {
        const double w = 40 + metrics.horizontalAdvance(entry.text) + 24;
        if (rowWidth > 0 && rowWidth + w > width()) {
            ++rows;
            rowWidth = 0;
        }
        rowWidth += w;
    }
    const double top = rows * kLegendRow + 28; // the unit above the value axis
    f.plot = QRectF(72, top, std::max(0.0, width() - 72 - 20), std::max(0.0, height() - top - 36));

    const auto &points = m_series->points();
    double low = 0;
    double high = 0;
    for (const auto &p : points) {
        low = std::min(low, p.value);
        high = std::max(high, p.value);
    }
    for (const auto limit : {m_series->maxLimit(), m_series->minLimit()}) {
        if (limit) {
            low = std::min(low, *limit);
            high = std::max(high, *limit * 1.08); // room for the limit's label above its line
        }
    }
    f.valueTicks = ChartTicks::values(low, high, std::max(2, int(f.plot.height() / 48) + 1));
    f.valueDecimals = decimalsFor(f.valueTicks[1] - f.valueTicks[0]);

    QDate first = periodDate(points.first().period);
    QDate last = first;
    for (const auto &p : points) {
        first = std::min(first, periodDate(p.period));
        last = std::max(last, periodDate(p.period));
    }
    // A margin so that the first and last dots stand clear of the axes.
    const qint64 pad = std::max<qint64>(1, first.daysTo(last) / 50);
    f.firstDay = first.addDays(-pad);
    f.lastDay = last.addDays(pad);
    f.dateTicks = ChartTicks::dates(f.firstDay, f.lastDay, std::max(1, int(f.plot.width() / 110)));
    for (const double tick : f.valueTicks)
        f.valueLabels.append(UiLanguage::number(tick, f.valueDecimals));
    for (qsizetype i = 0; i < f.dateTicks.dates.size(); ++i) {
        const QDate &day = f.dateTicks.dates[i];
        f.dateLabels.append(dateTickLabel(day, f.dateTicks.step, i == 0 || day.month() == 1));
    }
    return f;
}

QString SeriesChart::dateTickLabel(const QDate &date, ChartTicks::DateStep step, bool withYear)
{
    const QString language = UiLanguage::instance().current();
    const bool chinese = language != u"en"_s;
    QString format;
    switch (step) {
    case ChartTicks::DateStep::Day:
    case ChartTicks::DateStep::Week:
        format = chinese ? u"M月d日"_s : u"d MMM"_s;
        break;
    case ChartTicks::DateStep::Month:
    case ChartTicks::DateStep::Quarter:
        format = chinese ? (withYear ? u"yyyy年M月"_s : u"M月"_s)
                         : (withYear ? u"MMM yyyy"_s : u"MMM"_s);
        break;
    case ChartTicks::DateStep::Year:
        format = chinese ? u"yyyy年"_s : u"yyyy"_s;
        break;
    }
    return UiLanguage::locale(language).toString(date, format);
}

QString SeriesChart::limitLabel(bool maximum) const
{
    const auto limit = maximum ? m_series->maxLimit() : m_series->minLimit();
    if (!limit)
        return {};
    return (maximum ? tr("limit %1 %2") : tr("minimum %1 %2"))
        .arg(shortest(*limit), m_series->unit());
}

QString SeriesChart::selectedText() const
{
    if (!hasPoints() || m_selected < 0 || m_selected >= m_series->pointCount())
        return {};
    const ChartSeries::Point &p = m_series->points()[m_selected];
    const QString validity = !p.valid ? tr("invalid data, not judged against the limit")
        : m_series->exceeds(p)        ? tr("valid, over the limit")
                                      : tr("valid");
    return u"%1 %2 · %3 · %4"_s.arg(
        shortest(p.value), m_series->unit(), UiLanguage::isoDate(p.period), validity);
}

QStringList SeriesChart::paintedTexts() const
{
    if (!hasPoints())
        return {tr("No reported values")};
    const Frame f = frame();
    QStringList texts;
    for (const LegendEntry &entry : legend())
        texts.append(entry.text);
    texts.append(m_series->unit());
    texts += f.valueLabels;
    texts += f.dateLabels;
    for (const bool maximum : {true, false}) {
        if (const QString label = limitLabel(maximum); !label.isEmpty())
            texts.append(label);
    }
    if (m_selected >= 0)
        texts.append(selectedText());
    texts.removeAll(QString());
    return texts;
}

QPointF SeriesChart::pointPosition(int index) const
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    if (!hasPoints() || index < 0 || index >= m_series->pointCount())
        return {nan, nan};
    const Frame f = frame();
    const ChartSeries::Point &p = m_series->points()[index];
    return {f.x(periodDate(p.period)), f.y(p.value)};
}

int SeriesChart::pointAt(double x, double y) const
{
    if (!hasPoints())
        return -1;
    const Frame f = frame();
    const auto &points = m_series->points();
    return nearestWithin(m_series->pointCount(), QPointF(x, y), kHitRadiusPx,
        [&](int i) { return QPointF(f.x(periodDate(points[i].period)), f.y(points[i].value)); });
}

void SeriesChart::tap(double x, double y)
{
    select(pointAt(x, y));
}

void SeriesChart::select(int index)
{
    if (index == m_selected)
        return;
    m_selected = index;
    Q_EMIT selectionChanged();
    update();
}

void SeriesChart::paint(QPainter *painter)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(chartFont());
    painter->fillRect(boundingRect(), Qt::white);
    const Frame f = hasPoints() ? frame() : Frame {};
    if (!hasPoints() || f.plot.width() < 40 || f.plot.height() < 40) {
        painter->setPen(Qt::black);
        painter->drawText(boundingRect(), Qt::AlignCenter, tr("No reported values"));
        return;
    }
    paintLegend(*painter, f);
    paintAxes(*painter, f);
    paintLimits(*painter, f);
    paintPoints(*painter, f);
    paintSelection(*painter, f);
}

void SeriesChart::paintLegend(QPainter &painter, const Frame &) const
{
    const QFontMetricsF metrics(painter.font());
    QPointF at(0, 0);
    for (const LegendEntry &entry : legend()) {
        const double w = 40 + metrics.horizontalAdvance(entry.text) + 24;
        if (at.x() > 0 && at.x() + w > width())
            at = QPointF(0, at.y() + kLegendRow);
        const QPointF mid = at + QPointF(16, kLegendRow / 2);
        switch (entry.symbol) {
        case LegendEntry::Value:
            painter.setPen(QPen(kValue, 2));
            painter.drawLine(mid - QPointF(14, 0), mid + QPointF(14, 0));
            painter.setPen(Qt::NoPen);
            painter.setBrush(kValue);
            painter.drawEllipse(mid, 4, 4);
            break;
        case LegendEntry::Limit:
            painter.setPen(QPen(kDanger, 3, Qt::DashLine));
            painter.drawLine(mid - QPointF(14, 0), mid + QPointF(14, 0));
            break;
        case LegendEntry::OverLimit:
            painter.setPen(Qt::NoPen);
            painter.setBrush(kDanger);
            painter.drawEllipse(mid, 7, 7);
            break;
        case LegendEntry::Invalid:
            painter.setPen(QPen(kInvalid, 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(mid, 5, 5);
            break;
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(at.x() + 36, at.y(), w - 36, kLegendRow),
            Qt::AlignLeft | Qt::AlignVCenter, entry.text);
        at.rx() += w;
    }
}

void SeriesChart::paintAxes(QPainter &painter, const Frame &f) const
{
    const QRectF &plot = f.plot;
    // Value ticks with light grid lines; the unit above them.
    for (qsizetype i = 0; i < f.valueTicks.size(); ++i) {
        const double y = f.y(f.valueTicks[i]);
        painter.setPen(QPen(kGrid, 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, y - 11, plot.left() - 8, 22), Qt::AlignRight | Qt::AlignVCenter,
            f.valueLabels[i]);
    }
    painter.drawText(
        QRectF(0, plot.top() - 30, 200, 22), Qt::AlignLeft | Qt::AlignVCenter, m_series->unit());
    // Date ticks on calendar boundaries; the year on the first and on each January.
    for (qsizetype i = 0; i < f.dateTicks.dates.size(); ++i) {
        const double x = f.x(f.dateTicks.dates[i]);
        painter.setPen(QPen(Qt::black, 2));
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 6));
        painter.drawText(QRectF(x - 60, plot.bottom() + 8, 120, 24),
            Qt::AlignHCenter | Qt::AlignTop, f.dateLabels[i]);
    }
    painter.setPen(QPen(Qt::black, 2));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
}

void SeriesChart::paintLimits(QPainter &painter, const Frame &f) const
{
    painter.setPen(QPen(kDanger, 3, Qt::DashLine));
    for (const bool maximum : {true, false}) {
        const auto limit = maximum ? m_series->maxLimit() : m_series->minLimit();
        if (!limit)
            continue;
        const double y = f.y(*limit);
        painter.drawLine(QPointF(f.plot.left(), y), QPointF(f.plot.right(), y));
        // The maximum's label above its line, the minimum's below.
        const QRectF box(f.plot.right() - 260, maximum ? y - 26 : y + 4, 256, 22);
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, limitLabel(maximum));
    }
}

void SeriesChart::paintPoints(QPainter &painter, const Frame &f) const
{
    const auto &points = m_series->points();
    // A thin line through the valid values, then the dots on top.
    QPainterPath path;
    bool started = false;
    for (const auto &p : points) {
        if (!p.valid)
            continue;
        const QPointF at(f.x(periodDate(p.period)), f.y(p.value));
        started ? path.lineTo(at) : path.moveTo(at);
        started = true;
    }
    painter.setPen(QPen(kValue, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    for (const auto &p : points) {
        const QPointF at(f.x(periodDate(p.period)), f.y(p.value));
        if (!p.valid) {
            painter.setPen(QPen(kInvalid, 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(at, 5, 5);
        } else if (m_series->exceeds(p)) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(kDanger);
            painter.drawEllipse(at, 7, 7);
        } else if (points.size() <= 60) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(kValue);
            painter.drawEllipse(at, 4, 4);
        }
    }
    painter.setBrush(Qt::NoBrush);
}

void SeriesChart::paintSelection(QPainter &painter, const Frame &f) const
{
    const QString text = selectedText();
    if (text.isEmpty())
        return;
    const QPointF at = pointPosition(m_selected);
    painter.setPen(QPen(Qt::black, 3));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(at, 11, 11);
    // The callout above the point (below it near the top), kept inside the plot.
    const QFontMetricsF metrics(painter.font());
    const double w = std::min(metrics.horizontalAdvance(text) + 20, f.plot.width());
    const double h = 32;
    double left = std::clamp(at.x() - w / 2, f.plot.left(), f.plot.right() - w);
    double top = at.y() - 20 - h;
    if (top < f.plot.top())
        top = at.y() + 20;
    const QRectF box(left, top, w, h);
    painter.setPen(QPen(Qt::black, 2));
    painter.setBrush(QColor(255, 255, 255, 240));
    painter.drawRoundedRect(box, 4, 4);
    painter.drawText(box, Qt::AlignCenter, text);
    painter.setBrush(Qt::NoBrush);
}

} // namespace outfall::models
