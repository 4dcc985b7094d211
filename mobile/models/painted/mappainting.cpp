// MapCanvas: drawing. The layers bottom up: base map tiles or a grid, the route, the
// outlets with their flags, the position with its accuracy circle, the outlet labels (placed
// by MapLabels so that none overlap), the scale bar and the legend.
#include "core/mbtiles.h"
#include "core/webmercator.h"
#include "models/painted/mapcanvas.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

using namespace Qt::StringLiterals;
namespace WebMercator = outfall::mobile::WebMercator;

namespace outfall::models {

namespace {
const QColor kAir(0xb3, 0x47, 0x00); // dark orange: a stack
const QColor kWater(0x00, 0x57, 0xb8); // blue: an outfall
const QColor kRoute(0x1a, 0x1a, 0x1a);
const QColor kHere(0x00, 0x6b, 0x2e);
const QColor kGrid(0xd0, 0xd0, 0xd0);
const QColor kStop(0x00, 0x46, 0xad); // Theme.accent
const QColor kFlag(0xb0, 0x00, 0x20); // Theme.danger

QFont boldFont(const QFont &base, int pixels)
{
    QFont font = base;
    font.setPixelSize(pixels);
    font.setBold(true);
    return font;
}

double symbolRadius(bool selected)
{
    return selected ? 22 : 17;
}

// The symbols' outlines: drawn from these, and their bounds are what labels keep clear of.
QPainterPath stackPath(const QPointF &p, double r)
{
    QPainterPath path;
    path.addPolygon(
        QPolygonF({p + QPointF(0, -r * 1.2), p + QPointF(r, r * 0.8), p + QPointF(-r, r * 0.8)}));
    path.closeSubpath();
    return path;
}

QPainterPath outfallPath(const QPointF &p, double r)
{
    QPainterPath drop;
    drop.addEllipse(p + QPointF(0, r * 0.25), r * 0.85, r * 0.85);
    QPainterPath tip;
    tip.addPolygon(QPolygonF({p + QPointF(0, -r * 1.3), p + QPointF(r * 0.74, -r * 0.2),
        p + QPointF(-r * 0.74, -r * 0.2), p + QPointF(0, -r * 1.3)}));
    return drop.united(tip);
}

void drawStack(QPainter &painter, const QPointF &p, double r)
{
    painter.setBrush(kAir);
    painter.drawPath(stackPath(p, r));
}

void drawOutfall(QPainter &painter, const QPointF &p, double r)
{
    painter.setBrush(kWater);
    painter.drawPath(outfallPath(p, r));
}

constexpr double kFlagMarkRadius = 10;

// Where an outlet's flag mark sits: the symbol's upper right.
QPointF flagMarkCentre(const QPointF &p, double r)
{
    return p + QPointF(r * 0.9, -r * 1.1);
}

double symbolPenWidth(bool selected)
{
    return selected ? 4 : 3;
}

// A flag on an outlet: a red disc with "!" at the symbol's upper right.
void drawFlagMark(QPainter &painter, const QPointF &at)
{
    painter.setPen(QPen(Qt::white, 2));
    painter.setBrush(kFlag);
    painter.drawEllipse(at, kFlagMarkRadius, kFlagMarkRadius);
    painter.setPen(Qt::white);
    painter.setFont(boldFont(painter.font(), 16));
    painter.drawText(QRectF(at.x() - 10, at.y() - 10, 20, 20), Qt::AlignCenter, u"!"_s);
}

constexpr double kHereDotRadius = 11;

void drawHereDot(QPainter &painter, const QPointF &p)
{
    painter.setPen(QPen(Qt::white, 4));
    painter.setBrush(kHere);
    painter.drawEllipse(p, kHereDotRadius, kHereDotRadius);
}
} // namespace

void MapCanvas::paint(QPainter *painter)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(QRectF(0, 0, width(), height()), Qt::white);
    if (hasBasemap())
        paintBasemap(*painter);
    else
        paintGrid(*painter);
    paintRoute(*painter);
    paintOutlets(*painter);
    paintHere(*painter);
    paintLabels(*painter);
    paintScaleBar(*painter);
    paintLegend(*painter);
}

QImage MapCanvas::tileImage(int zoom, int x, int y)
{
    const quint64 key = (quint64(zoom) << 58) | (quint64(x) << 29) | quint64(y);
    if (QImage *cached = m_tiles.object(key))
        return *cached;
    auto *image = new QImage(QImage::fromData(m_basemap->tile(zoom, x, y)));
    const QImage result = *image;
    m_tiles.insert(key, image);
    return result;
}

void MapCanvas::paintBasemap(QPainter &painter)
{
    // The file's nearest level, scaled to the fractional zoom.
    const int level = std::clamp(
        static_cast<int>(std::lround(m_zoom)), m_basemap->minZoom(), m_basemap->maxZoom());
    const double scale = std::exp2(m_zoom - level);
    const double tile = WebMercator::kTileSize * scale;
    const QPointF origin = toScreen(WebMercator::unproject({0, 0}, level).y(), -180.0);
    const int count = 1 << level;
    const int x0 = std::max(0, static_cast<int>(std::floor(-origin.x() / tile)));
    const int y0 = std::max(0, static_cast<int>(std::floor(-origin.y() / tile)));
    const int x1 = std::min(count - 1, static_cast<int>(std::floor((width() - origin.x()) / tile)));
    const int y1 =
        std::min(count - 1, static_cast<int>(std::floor((height() - origin.y()) / tile)));
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const QImage image = tileImage(level, x, y);
            const QRectF target(origin.x() + x * tile, origin.y() + y * tile, tile, tile);
            if (image.isNull())
                painter.fillRect(target, QColor(0xf2, 0xf2, 0xf2));
            else
                painter.drawImage(target, image);
        }
    }
}

void MapCanvas::paintGrid(QPainter &painter) const
{
    // Lines every scale-bar length, anchored to the world so they move with the map.
    const double metres =
        WebMercator::niceLength(WebMercator::metresPerPixel(m_centerLat, m_zoom) * 160);
    const double step = metres / WebMercator::metresPerPixel(m_centerLat, m_zoom);
    if (!(step > 4))
        return;
    const QPointF center = WebMercator::project(m_centerLat, m_centerLon, m_zoom);
    const QPointF offset(
        std::fmod(width() / 2 - center.x(), step), std::fmod(height() / 2 - center.y(), step));
    painter.setPen(QPen(kGrid, 1));
    for (double x = offset.x() < 0 ? offset.x() + step : offset.x(); x < width(); x += step)
        painter.drawLine(QPointF(x, 0), QPointF(x, height()));
    for (double y = offset.y() < 0 ? offset.y() + step : offset.y(); y < height(); y += step)
        painter.drawLine(QPointF(0, y), QPointF(width(), y));
}

QString MapCanvas::scaleBarLabel() const
{
    const double metres =
        WebMercator::niceLength(WebMercator::metresPerPixel(m_centerLat, m_zoom) * 200);
    return metres >= 1000 ? tr("%1 km").arg(metres / 1000) : tr("%1 m").arg(metres);
}

void MapCanvas::paintScaleBar(QPainter &painter) const
{
    const double perPixel = WebMercator::metresPerPixel(m_centerLat, m_zoom);
    const double metres = WebMercator::niceLength(perPixel * 200);
    const double length = metres / perPixel;
    const QPointF start(20, height() - 28);
    const QString label = scaleBarLabel();
    painter.setFont(boldFont(painter.font(), 18));
    const QRectF box(start.x() - 8, start.y() - 34, length + 16, 48);
    painter.fillRect(box, QColor(255, 255, 255, 220));
    painter.setPen(QPen(Qt::black, 4, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(start, start + QPointF(length, 0));
    painter.drawLine(start + QPointF(0, -8), start + QPointF(0, 6));
    painter.drawLine(start + QPointF(length, -8), start + QPointF(length, 6));
    painter.drawText(QRectF(start.x(), start.y() - 32, length, 24), Qt::AlignCenter, label);
}

QPolygonF MapCanvas::routePoints() const
{
    // One vertex a stop: the first outlet of each ordered permit, in route order.
    QPolygonF route;
    int lastStop = 0;
    for (const mobile::AssignedOutlet &outlet : m_outlets) {
        if (outlet.stop == 0 || outlet.stop == lastStop)
            continue;
        lastStop = outlet.stop;
        route.append(toScreen(outlet.lat, outlet.lon));
    }
    return route;
}

QList<QRectF> MapCanvas::stopBadges() const
{
    QList<QRectF> badges;
    for (const QPointF &stop : routePoints())
        badges.append(QRectF(stop.x() - 15, stop.y() - 46 - 15, 30, 30));
    return badges;
}

void MapCanvas::paintRoute(QPainter &painter) const
{
    const QPolygonF route = routePoints();
    if (route.size() >= 2) {
        painter.setPen(QPen(Qt::white, 9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(route);
        painter.setPen(QPen(kRoute, 5, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(route);
    }
    // The stop number above each stop, as on the Today page.
    painter.setFont(boldFont(painter.font(), 18));
    const QList<QRectF> badges = stopBadges();
    for (qsizetype i = 0; i < badges.size(); ++i) {
        painter.setPen(QPen(Qt::white, 3));
        painter.setBrush(kStop);
        painter.drawEllipse(badges[i]);
        painter.setPen(Qt::white);
        painter.drawText(badges[i], Qt::AlignCenter,
            QString::number(i + 1)); // stops are numbered 1..n in route order
    }
    painter.setBrush(Qt::NoBrush);
}

void MapCanvas::paintOutlets(QPainter &painter) const
{
    // Water first, then the (smaller) stacks over them: a site's stack and outfall often
    // stand within a few pixels of each other when zoomed out.
    for (int k = 0; k < 2 * outletCount(); ++k) {
        const int i = k % outletCount();
        const mobile::AssignedOutlet &outlet = m_outlets[i];
        if ((outlet.medium == u"air"_s) != (k >= outletCount()))
            continue;
        const QPointF p = toScreen(outlet.lat, outlet.lon);
        if (p.x() < -40 || p.y() < -40 || p.x() > width() + 40 || p.y() > height() + 40)
            continue;
        const bool selected = i == m_selected;
        const double r = symbolRadius(selected);
        painter.setPen(QPen(selected ? Qt::black : Qt::white, symbolPenWidth(selected)));
        if (outlet.medium == u"air"_s)
            drawStack(painter, p, r);
        else
            drawOutfall(painter, p, r);
        if (outlet.flagged)
            drawFlagMark(painter, flagMarkCentre(p, r));
    }
    painter.setBrush(Qt::NoBrush);
}

QRectF MapCanvas::symbolRect(int index) const
{
    if (index < 0 || index >= outletCount())
        return {};
    const mobile::AssignedOutlet &outlet = m_outlets[index];
    const QPointF p = toScreen(outlet.lat, outlet.lon);
    const bool selected = index == m_selected;
    const double r = symbolRadius(selected);
    // The outline with half its pen outside it, and the flag mark with its white ring.
    const double pen = symbolPenWidth(selected) / 2;
    QRectF rect = (outlet.medium == u"air"_s ? stackPath(p, r) : outfallPath(p, r))
                      .boundingRect()
                      .adjusted(-pen, -pen, pen, pen);
    if (outlet.flagged) {
        const double mark = kFlagMarkRadius + 1;
        const QPointF at = flagMarkCentre(p, r);
        rect = rect.united(QRectF(at.x() - mark, at.y() - mark, 2 * mark, 2 * mark));
    }
    return rect;
}

QList<MapLabels::Placed> MapCanvas::labelRects() const
{
    const QFontMetricsF metrics(boldFont(QFont(), 16));
    const QRectF view(0, 0, width(), height());
    QList<MapLabels::Request> requests;
    QList<QRectF> obstacles = stopBadges();
    obstacles.append(QRectF(0, 0, width(), legendHeight()));
    if (hereValid()) // the position dot is a symbol too
        obstacles.append(hereDotRect());
    for (int i = 0; i < outletCount(); ++i) {
        const mobile::AssignedOutlet &outlet = m_outlets[i];
        const QPointF p = toScreen(outlet.lat, outlet.lon);
        if (!view.adjusted(-40, -40, 40, 40).contains(p))
            continue;
        const bool selected = i == m_selected;
        const double r = symbolRadius(selected);
        // The whole symbol as drawn (the drop's round bottom, the flag mark), not an estimate:
        // a label must not cover any outlet's symbol, its own or a neighbour's.
        obstacles.append(symbolRect(i));
        const MapLabels::Priority priority = selected ? MapLabels::Selected
            : outlet.flagged                          ? MapLabels::Flagged
            : outlet.category == u"main"_s            ? MapLabels::Main
                                                      : MapLabels::General;
        // Air labels to the left, water to the right when there is room: a stack and an
        // outfall of one site often stand together.
        requests.append({i, p, r, QSizeF(metrics.horizontalAdvance(outlet.code) + 12, 26), priority,
            outlet.medium == u"air"_s});
    }
    // The route's legs, which a label avoids where it can.
    const QPolygonF route = routePoints();
    QList<QLineF> legs;
    for (qsizetype i = 1; i < route.size(); ++i)
        legs.append(QLineF(route[i - 1], route[i]));
    return MapLabels::place(requests, obstacles, view, legs);
}

void MapCanvas::paintLabels(QPainter &painter) const
{
    painter.setFont(boldFont(painter.font(), 16));
    for (const MapLabels::Placed &label : labelRects()) {
        const bool selected = label.outlet == m_selected;
        painter.setPen(selected ? QPen(Qt::black, 2) : Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, selected ? 255 : 220));
        painter.drawRect(label.rect);
        painter.setPen(Qt::black);
        painter.drawText(label.rect, Qt::AlignCenter, m_outlets[label.outlet].code);
    }
    painter.setBrush(Qt::NoBrush);
}

QList<MapCanvas::LegendEntry> MapCanvas::legend() const
{
    return {{LegendEntry::Stack, tr("Stack (air)")}, {LegendEntry::Outfall, tr("Outfall (water)")},
        {LegendEntry::Flag, tr("Open flag")}, {LegendEntry::Route, tr("Route")},
        {LegendEntry::Here, tr("You")}};
}

QList<QRectF> MapCanvas::legendBoxes() const
{
    const QFontMetricsF metrics(boldFont(QFont(), 16));
    const double right = std::max(200.0, width() - kLegendRightInset);
    QList<QRectF> boxes;
    QPointF at(8, 0);
    for (const LegendEntry &entry : legend()) {
        const double w = 32 + metrics.horizontalAdvance(entry.text) + 16;
        if (at.x() > 8 && at.x() + w > right)
            at = QPointF(8, at.y() + kLegendRow);
        boxes.append(QRectF(at, QSizeF(w, kLegendRow)));
        at.rx() += w;
    }
    return boxes;
}

double MapCanvas::legendHeight() const
{
    const QList<QRectF> boxes = legendBoxes();
    return boxes.isEmpty() ? 0 : boxes.last().bottom() + 4;
}

void MapCanvas::paintLegend(QPainter &painter) const
{
    painter.setFont(boldFont(painter.font(), 16));
    const QList<LegendEntry> entries = legend();
    const QList<QRectF> boxes = legendBoxes();
    QRectF band;
    for (const QRectF &box : boxes)
        band = band.united(box);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 230));
    painter.drawRect(band.adjusted(-8, 0, 0, 4));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QRectF &box = boxes[i];
        const QPointF symbol(box.left() + 12, box.center().y());
        painter.setPen(QPen(Qt::white, 2));
        switch (entries[i].symbol) {
        case LegendEntry::Stack:
            drawStack(painter, symbol + QPointF(0, 2), 11);
            break;
        case LegendEntry::Outfall:
            drawOutfall(painter, symbol + QPointF(0, 2), 11);
            break;
        case LegendEntry::Flag:
            drawFlagMark(painter, symbol);
            painter.setFont(boldFont(painter.font(), 16));
            break;
        case LegendEntry::Route:
            // Two dashes, as the route line looks.
            painter.setPen(QPen(kRoute, 4, Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(symbol - QPointF(12, 0), symbol - QPointF(3, 0));
            painter.drawLine(symbol + QPointF(3, 0), symbol + QPointF(12, 0));
            break;
        case LegendEntry::Here:
            drawHereDot(painter, symbol);
            break;
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(Qt::black);
        painter.drawText(box.adjusted(30, 0, 0, 0), Qt::AlignVCenter, entries[i].text);
    }
}

QStringList MapCanvas::paintedTexts() const
{
    QStringList texts;
    for (const LegendEntry &entry : legend())
        texts.append(entry.text);
    texts.append(scaleBarLabel());
    return texts;
}

QRectF MapCanvas::hereDotRect() const
{
    const QPointF p = toScreen(m_hereLat, m_hereLon);
    const double r = kHereDotRadius + 2; // with its white ring
    return QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r);
}

void MapCanvas::paintHere(QPainter &painter) const
{
    if (!hereValid())
        return;
    const QPointF p = toScreen(m_hereLat, m_hereLon);
    if (std::isfinite(m_hereAccuracy) && m_hereAccuracy > 0) {
        const double radius = m_hereAccuracy / WebMercator::metresPerPixel(m_hereLat, m_zoom);
        QColor fill = kHere;
        fill.setAlpha(50);
        painter.setPen(QPen(kHere, 2));
        painter.setBrush(fill);
        painter.drawEllipse(p, radius, radius);
    }
    drawHereDot(painter, p);
    painter.setBrush(Qt::NoBrush);
}

} // namespace outfall::models
