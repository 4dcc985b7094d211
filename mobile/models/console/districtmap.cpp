#include "districtmap.h"

#include "core/webmercator.h"

#include <QPainter>
#include <QPainterPath>
#include <QVariantMap>

#include <array>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace outfall::models {

namespace {

using mobile::WebMercator::metresPerPixel;
using mobile::WebMercator::project;

constexpr double kMarginPx = 36;

std::optional<QPointF> latLon(const QVariant &value)
{
    const QVariantMap point = value.toMap();
    bool latOk = false;
    bool lonOk = false;
    const double lat = point.value(u"lat"_s).toDouble(&latOk);
    const double lon = point.value(u"lon"_s).toDouble(&lonOk);
    if (!latOk || !lonOk)
        return std::nullopt;
    return QPointF(lon, lat);
}

QColor severityColor(const QString &severity)
{
    if (severity == u"violation")
        return QColor(0xc6, 0x28, 0x28);
    if (severity == u"warning")
        return QColor(0xe6, 0x51, 0x00);
    return QColor(0x15, 0x65, 0xc0);
}

} // namespace

DistrictMap::DistrictMap(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    connect(this, &DistrictMap::contentChanged, this, [this] { update(); });
}

void DistrictMap::setSites(const QVariantList &sites)
{
    m_sites = sites;
    Q_EMIT contentChanged();
}

void DistrictMap::setRoutes(const QVariantList &routes)
{
    m_routes = routes;
    Q_EMIT contentChanged();
}

void DistrictMap::setFlags(const QVariantList &flags)
{
    m_flags = flags;
    Q_EMIT contentChanged();
}

void DistrictMap::setHighlight(const QVariantMap &highlight)
{
    m_highlight = highlight;
    Q_EMIT contentChanged();
}

int DistrictMap::stopCount() const
{
    int stops = 0;
    for (const QVariant &route : m_routes)
        stops += int(route.toMap().value(u"points"_s).toList().size());
    return stops;
}

QColor DistrictMap::teamColor(int team)
{
    // Colour-blind-safe (Okabe–Ito), dark enough to read on the light map.
    static constexpr std::array<QRgb, 7> colors {
        0x0072b2, 0xd55e00, 0x009e73, 0xcc79a7, 0x56b4e9, 0xe69f00, 0x000000};
    return QColor::fromRgb(colors[std::size_t(std::max(team - 1, 0)) % colors.size()]);
}

std::optional<DistrictMap::Frame> DistrictMap::frame() const
{
    // Extremes by hand: QRectF::united() ignores the empty rectangle a single point makes.
    QPointF low(std::numeric_limits<double>::max(), std::numeric_limits<double>::max());
    QPointF high(-low);
    bool any = false;
    const auto include = [&](const QVariant &value) {
        const auto position = latLon(value);
        if (!position)
            return;
        const QPointF world = project(position->y(), position->x(), 0);
        low = QPointF(std::min(low.x(), world.x()), std::min(low.y(), world.y()));
        high = QPointF(std::max(high.x(), world.x()), std::max(high.y(), world.y()));
        any = true;
    };
    for (const QVariant &site : m_sites)
        include(site);
    for (const QVariant &flag : m_flags)
        include(flag);
    include(m_highlight);
    for (const QVariant &route : m_routes) {
        include(route.toMap().value(u"start"_s));
        for (const QVariant &point : route.toMap().value(u"points"_s).toList())
            include(point);
    }
    const QSizeF room(width() - 2 * kMarginPx, height() - 2 * kMarginPx);
    if (!any || room.width() <= 0 || room.height() <= 0)
        return std::nullopt;
    // A single site, or sites on one line, still get a district-sized frame (about 2 km).
    const double minimumSpan = 2000 / metresPerPixel(0, 0);
    const QPointF centre = (low + high) / 2;
    const double spanX = std::max(high.x() - low.x(), minimumSpan);
    const double spanY = std::max(high.y() - low.y(), minimumSpan);
    const double scale = std::min(room.width() / spanX, room.height() / spanY);
    Frame f;
    f.scale = scale;
    f.worldOrigin = centre - QPointF(width() / 2 / scale, height() / 2 / scale);
    return f;
}

std::optional<QPointF> DistrictMap::toItem(double lat, double lon) const
{
    const auto f = frame();
    if (!f)
        return std::nullopt;
    return (project(lat, lon, 0) - f->worldOrigin) * f->scale;
}

void DistrictMap::paintScaleBar(QPainter *painter, const Frame &f) const
{
    // A round length near a fifth of the width, measured at the map's centre latitude.
    const QPointF centreWorld = f.worldOrigin + QPointF(width() / 2, height() / 2) / f.scale;
    const double lat = mobile::WebMercator::unproject(centreWorld, 0).y();
    const double metresPerItemPx = metresPerPixel(lat, 0) / f.scale;
    const double target = metresPerItemPx * width() / 5;
    double length = std::pow(10.0, std::floor(std::log10(target)));
    for (const double step : {2.0, 5.0})
        if (length * step <= target)
            length = std::pow(10.0, std::floor(std::log10(target))) * step;
    const double px = length / metresPerItemPx;
    const QPointF at(kMarginPx / 2, height() - kMarginPx / 2);
    painter->setPen(QPen(QColor(0x33, 0x33, 0x33), 2));
    painter->drawLine(at, at + QPointF(px, 0));
    painter->drawLine(at, at - QPointF(0, 6));
    painter->drawLine(at + QPointF(px, 0), at + QPointF(px, -6));
    const QString text = length >= 1000 ? u"%1 km"_s.arg(length / 1000) : u"%1 m"_s.arg(length);
    painter->drawText(at + QPointF(px + 8, 0), text);
}

void DistrictMap::paint(QPainter *painter)
{
    painter->fillRect(boundingRect(), QColor(0xf4, 0xf1, 0xea));
    const auto f = frame();
    if (!f)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    const auto at = [&](const QVariant &value) -> std::optional<QPointF> {
        const auto position = latLon(value);
        if (!position)
            return std::nullopt;
        return (project(position->y(), position->x(), 0) - f->worldOrigin) * f->scale;
    };

    painter->setPen(QPen(QColor(0x6d, 0x6d, 0x6d), 1));
    painter->setBrush(QColor(0x9e, 0x9e, 0x9e));
    for (const QVariant &site : m_sites)
        if (const auto p = at(site))
            painter->drawEllipse(*p, 4, 4);

    // Flags under the routes: a stop's number stays readable on a flagged site.
    painter->setBrush(Qt::NoBrush);
    for (const QVariant &value : m_flags) {
        if (const auto p = at(value)) {
            painter->setPen(QPen(Qt::white, 6));
            painter->drawEllipse(*p, 15, 15);
            painter->setPen(QPen(severityColor(value.toMap().value(u"severity"_s).toString()), 4));
            painter->drawEllipse(*p, 15, 15);
        }
    }
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(12);
    painter->setFont(font);
    for (const QVariant &value : m_routes) {
        const QVariantMap route = value.toMap();
        const QColor color = teamColor(route.value(u"team"_s).toInt());
        QList<QPointF> stops;
        for (const QVariant &point : route.value(u"points"_s).toList())
            if (const auto p = at(point))
                stops.append(*p);
        const auto start = at(route.value(u"start"_s));
        QPainterPath path;
        if (start)
            path.moveTo(*start);
        for (const QPointF &stop : std::as_const(stops))
            path.elementCount() == 0 ? path.moveTo(stop) : path.lineTo(stop);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(color, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(path);
        if (start && !stops.isEmpty()) { // the way back, dashed
            painter->setPen(QPen(color, 2, Qt::DashLine, Qt::RoundCap));
            painter->drawLine(stops.constLast(), *start);
        }
        for (qsizetype i = 0; i < stops.size(); ++i) {
            painter->setPen(QPen(Qt::white, 2));
            painter->setBrush(color);
            painter->drawEllipse(stops[i], 11, 11);
            painter->drawText(QRectF(stops[i] - QPointF(11, 11), QSizeF(22, 22)), Qt::AlignCenter,
                QString::number(i + 1));
        }
        if (start) {
            painter->setPen(QPen(Qt::white, 2));
            painter->setBrush(QColor(0x21, 0x21, 0x21));
            painter->drawRect(QRectF(*start - QPointF(8, 8), QSizeF(16, 16)));
        }
    }

    if (const auto p = at(m_highlight)) {
        // The site under review: a wide accent ring with ticks, seen at a glance.
        painter->setBrush(Qt::NoBrush);
        const QColor accent(0x00, 0x46, 0xad);
        painter->setPen(QPen(Qt::white, 8));
        painter->drawEllipse(*p, 24, 24);
        painter->setPen(QPen(accent, 4));
        painter->drawEllipse(*p, 24, 24);
        for (const QPointF &tick : {QPointF(1, 0), QPointF(-1, 0), QPointF(0, 1), QPointF(0, -1)})
            painter->drawLine(*p + tick * 24, *p + tick * 36);
    }
    paintScaleBar(painter, *f);
}

} // namespace outfall::models
