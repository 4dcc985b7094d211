#include "report/outletmap.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace outfall::report {

namespace {

using Kind = CaseReportData::MapPoint::Kind;

constexpr double kMetresPerDegree = 111'320.0;

QColor colourOf(Kind kind)
{
    switch (kind) {
    case Kind::Outlet:
        return Qt::black;
    case Kind::Measurement:
        return Qt::red;
    case Kind::Photo:
        return Qt::blue;
    case Kind::Arrival:
        return Qt::darkGreen;
    }
    return Qt::gray;
}

void marker(QPainter &painter, const QPointF &p, Kind kind)
{
    painter.setPen(QPen(colourOf(kind), 2));
    painter.setBrush(kind == Kind::Outlet ? QBrush(Qt::white) : QBrush(colourOf(kind)));
    const double r = kind == Kind::Outlet ? 9 : 6;
    if (kind == Kind::Outlet)
        painter.drawRect(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r));
    else
        painter.drawEllipse(p, r, r);
}

// A round length for the scale bar: 1, 2 or 5 × 10^n metres, at most `most`.
double roundLength(double most)
{
    const double power = std::pow(10.0, std::floor(std::log10(std::max(most, 1.0))));
    for (double step : {5.0, 2.0, 1.0}) {
        if (step * power <= most)
            return step * power;
    }
    return power;
}

} // namespace

void OutletMap::draw(QPainter &painter, const QRect &box,
    const QList<CaseReportData::MapPoint> &points, bool chinese)
{
    painter.save();
    painter.setPen(Qt::gray);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
    if (points.isEmpty()) {
        painter.drawText(box, Qt::AlignCenter, chinese ? u"无位置数据"_s : u"No positions"_s);
        painter.restore();
        return;
    }
    double lat0 = 0;
    double lon0 = 0;
    for (const auto &p : points) {
        lat0 += p.lat / points.size();
        lon0 += p.lon / points.size();
    }
    const double cosLat = std::cos(lat0 * std::numbers::pi / 180.0);
    auto metres = [&](const CaseReportData::MapPoint &p) {
        return QPointF(
            (p.lon - lon0) * kMetresPerDegree * cosLat, (p.lat - lat0) * kMetresPerDegree);
    };
    double extent = 50; // at least 100 m across
    for (const auto &p : points) {
        const QPointF m = metres(p);
        extent = std::max({extent, std::abs(m.x()), std::abs(m.y())});
    }
    const QRectF inner = QRectF(box).adjusted(60, 60, -60, -100);
    const double scale = std::min(inner.width(), inner.height()) / (2.2 * extent);
    auto toPage = [&](const CaseReportData::MapPoint &p) {
        const QPointF m = metres(p);
        return QPointF(inner.center().x() + m.x() * scale, inner.center().y() - m.y() * scale);
    };
    QFont font = painter.font();
    font.setPointSize(7);
    painter.setFont(font);
    for (const auto &p : points)
        marker(painter, toPage(p), p.kind);
    // Labels after the markers, each moved down past the labels already drawn: points a few
    // metres apart (an outlet, its measurement, its photo) would print over each other.
    QList<QRectF> labels;
    for (const auto &p : points) {
        QRectF label = painter.boundingRect(
            QRectF(toPage(p) + QPointF(12, -16), QSizeF(400, 40)), Qt::AlignLeft, p.label);
        for (int moved = 0; moved < 12; ++moved) {
            const bool free = std::none_of(labels.cbegin(), labels.cend(),
                [&](const QRectF &other) { return other.intersects(label); });
            if (free)
                break;
            label.translate(0, label.height());
        }
        labels.append(label);
        painter.setPen(colourOf(p.kind));
        painter.drawText(label, Qt::AlignLeft, p.label);
    }
    // Legend and scale bar along the bottom.
    const double legendY = box.bottom() - 40;
    double x = box.left() + 20;
    const QList<std::pair<Kind, QString>> legend {
        {Kind::Outlet, chinese ? u"排放口（许可证）"_s : u"outlet (permit)"_s},
        {Kind::Measurement, chinese ? u"监测"_s : u"measurement"_s},
        {Kind::Photo, chinese ? u"照片"_s : u"photo"_s},
        {Kind::Arrival, chinese ? u"定位"_s : u"position fix"_s}};
    for (const auto &[kind, text] : legend) {
        marker(painter, QPointF(x, legendY), kind);
        painter.setPen(Qt::black);
        painter.drawText(QPointF(x + 14, legendY + 5), text);
        x += 190;
    }
    const double bar = roundLength(inner.width() / 4 / scale);
    const QPointF start(box.right() - 40 - bar * scale, legendY);
    painter.setPen(QPen(Qt::black, 2));
    painter.drawLine(start, start + QPointF(bar * scale, 0));
    painter.drawText(start + QPointF(0, -8), u"%1 m"_s.arg(bar));
    painter.drawText(QPointF(box.right() - 30, box.top() + 30), u"N ↑"_s);
    painter.restore();
}

} // namespace outfall::report
