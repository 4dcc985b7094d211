#include "models/painted/mapcanvas.h"

#include "core/devicesession.h"
#include "core/enterprisename.h"
#include "core/mbtiles.h"
#include "core/webmercator.h"
#include "models/painted/nearestpoint.h"
#include "models/session/appsession.h"
#include "models/session/listlanguage.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
namespace WebMercator = outfall::mobile::WebMercator;

namespace outfall::models {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool sameValue(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}
} // namespace

MapCanvas::MapCanvas(QQuickItem *parent)
    : QQuickPaintedItem(parent)
    , m_hereLat(kNaN)
    , m_hereLon(kNaN)
    , m_hereAccuracy(kNaN)
    , m_tiles(256)
{
    followUiLanguage(this);
    setAcceptedMouseButtons(Qt::NoButton); // gestures come from QML's handlers
    setAntialiasing(true);
    setFillColor(Qt::white);
    connect(this, &QQuickItem::widthChanged, this, [this] {
        if (!m_fitted)
            fitAll();
    });
    connect(this, &QQuickItem::heightChanged, this, [this] {
        if (!m_fitted)
            fitAll();
    });
    connect(this, &MapCanvas::hereChanged, this, [this] {
        if (!m_fitted)
            fitAll();
    });
    // The distance changes as the tablet moves or the selection changes; the card's side as
    // the selected outlet moves on screen.
    connect(this, &MapCanvas::hereChanged, this, &MapCanvas::selectedDistanceChanged);
    connect(this, &MapCanvas::selectionChanged, this, &MapCanvas::selectedDistanceChanged);
    connect(this, &MapCanvas::viewChanged, this, &MapCanvas::cardPlacementChanged);
    connect(this, &MapCanvas::selectionChanged, this, &MapCanvas::cardPlacementChanged);
    connect(this, &QQuickItem::heightChanged, this, &MapCanvas::cardPlacementChanged);
    connect(this, &QQuickItem::widthChanged, this, &MapCanvas::legendHeightChanged);
    reload();
}

MapCanvas::~MapCanvas() = default;

void MapCanvas::classBegin()
{
    QQuickPaintedItem::classBegin();
    if (!m_session)
        setAppSession(AppSession::of(this));
}

void MapCanvas::setAppSession(AppSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &AppSession::dataChanged, this, &MapCanvas::reload);
        const QString basemap = QDir(m_session->profileDir()).filePath(u"basemap.mbtiles"_s);
        if (QFileInfo::exists(basemap))
            setBasemapPath(basemap);
    }
    reload();
}

void MapCanvas::reload()
{
    AppSession *session = appSession();
    if (!session)
        return;
    const auto &inspector = session->session().identity().inspectorId();
    setOutlets(inspector ? mobile::AssignedRoute(session->database()).outlets(inspector->toText())
                         : QList<mobile::AssignedOutlet>());
}

void MapCanvas::setOutlets(const QList<mobile::AssignedOutlet> &outlets)
{
    m_outlets = outlets;
    m_selected = -1;
    m_fitted = false;
    Q_EMIT outletsChanged();
    Q_EMIT selectionChanged();
    fitAll();
}

void MapCanvas::setZoom(double zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (zoom == m_zoom)
        return;
    m_zoom = zoom;
    Q_EMIT viewChanged();
    update();
}

void MapCanvas::setCenter(double lat, double lon)
{
    m_centerLat = std::clamp(lat, -WebMercator::kMaxLatitude, WebMercator::kMaxLatitude);
    m_centerLon = std::clamp(lon, -180.0, 180.0);
    Q_EMIT viewChanged();
    update();
}

void MapCanvas::setHereValue(double &field, double value)
{
    if (sameValue(field, value))
        return;
    field = value;
    Q_EMIT hereChanged();
    update();
}

bool MapCanvas::hereValid() const
{
    return std::isfinite(m_hereLat) && std::isfinite(m_hereLon) && std::fabs(m_hereLat) <= 90
        && std::fabs(m_hereLon) <= 180;
}

void MapCanvas::setBasemapPath(const QString &path)
{
    if (path == m_basemapPath)
        return;
    m_basemapPath = path;
    m_basemap = path.isEmpty() ? nullptr : std::make_unique<mobile::MbTiles>(path);
    m_tiles.clear();
    Q_EMIT basemapChanged();
    update();
}

bool MapCanvas::hasBasemap() const
{
    // An MBTiles file without tiles has no zoom range to draw from.
    return m_basemap && m_basemap->isOpen() && m_basemap->maxZoom() >= m_basemap->minZoom();
}

QPointF MapCanvas::toScreen(double lat, double lon) const
{
    const QPointF center = WebMercator::project(m_centerLat, m_centerLon, m_zoom);
    return WebMercator::project(lat, lon, m_zoom) - center + QPointF(width() / 2, height() / 2);
}

QPointF MapCanvas::toGeo(const QPointF &screen) const
{
    const QPointF center = WebMercator::project(m_centerLat, m_centerLon, m_zoom);
    return WebMercator::unproject(screen - QPointF(width() / 2, height() / 2) + center, m_zoom);
}

int MapCanvas::outletAt(double x, double y) const
{
    return nearestWithin(outletCount(), QPointF(x, y), kHitRadiusPx,
        [this](int i) { return toScreen(m_outlets[i].lat, m_outlets[i].lon); });
}

void MapCanvas::tap(double x, double y)
{
    select(outletAt(x, y));
}

void MapCanvas::select(int index)
{
    if (index == m_selected)
        return;
    m_selected = index;
    Q_EMIT selectionChanged();
    update();
}

QString MapCanvas::selectedTitle() const
{
    if (m_selected < 0)
        return {};
    const mobile::AssignedOutlet &outlet = m_outlets[m_selected];
    return u"%1 · %2"_s.arg(outlet.code, outlet.name);
}

QString MapCanvas::selectedDetail() const
{
    if (m_selected < 0)
        return {};
    const mobile::AssignedOutlet &outlet = m_outlets[m_selected];
    const QString enterprise =
        mobile::enterpriseName(outlet.enterpriseName, outlet.enterpriseNameEn, m_language);
    if (outlet.stop == 0)
        return tr("Not in route order: %1, permit %2").arg(enterprise, outlet.permitNumber);
    return tr("Stop %1: %2, permit %3").arg(outlet.stop).arg(enterprise, outlet.permitNumber);
}

void MapCanvas::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    update(); // the scale bar's words
    Q_EMIT selectionChanged();
}

QString MapCanvas::selectedPermitId() const
{
    return m_selected < 0 ? QString() : m_outlets[m_selected].permitId;
}

bool MapCanvas::selectionCardAtTop() const
{
    return m_selected >= 0 && outletPoint(m_selected).y() > height() / 2;
}

void MapCanvas::centreOnHere()
{
    if (hereValid())
        setCenter(m_hereLat, m_hereLon);
}

void MapCanvas::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    // Whether the position was in view, judged at the old size (the centre stays put).
    const QPointF before = hereValid() ? toScreen(m_hereLat, m_hereLon) : QPointF(-1, -1);
    const bool wasInView = m_fitted && QRectF(QPointF(0, 0), oldGeometry.size()).contains(before);
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    if (!wasInView || newGeometry.size() == oldGeometry.size())
        return;
    // Pan by the least that brings it back inside a glove's margin of the new edges.
    const QPointF now = toScreen(m_hereLat, m_hereLon);
    const double margin = 2 * kHitRadiusPx;
    const QRectF keep = QRectF(0, 0, width(), height()).adjusted(margin, margin, -margin, -margin);
    if (keep.isEmpty() || keep.contains(now))
        return;
    const QPointF target(std::clamp(now.x(), keep.left(), keep.right()),
        std::clamp(now.y(), keep.top(), keep.bottom()));
    const QPointF center = WebMercator::project(m_centerLat, m_centerLon, m_zoom);
    const QPointF geo = WebMercator::unproject(center + (now - target), m_zoom);
    setCenter(geo.y(), geo.x());
}

QPointF MapCanvas::outletPoint(int index) const
{
    if (index < 0 || index >= m_outlets.size())
        return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
    return toScreen(m_outlets[index].lat, m_outlets[index].lon);
}

void MapCanvas::beginPan()
{
    m_gestureZoom = m_zoom;
    m_gestureCenter = WebMercator::project(m_centerLat, m_centerLon, m_zoom);
}

void MapCanvas::panTo(double translationX, double translationY)
{
    const QPointF geo = WebMercator::unproject(
        m_gestureCenter - QPointF(translationX, translationY), m_gestureZoom);
    setCenter(geo.y(), geo.x());
}

void MapCanvas::zoomBy(double factor, double x, double y)
{
    if (!(factor > 0))
        return;
    // Keep the ground point under (x, y) where it is.
    const QPointF anchor = toGeo(QPointF(x, y));
    const double zoom = std::clamp(m_zoom + std::log2(factor), kMinZoom, kMaxZoom);
    const QPointF anchorWorld = WebMercator::project(anchor.y(), anchor.x(), zoom);
    const QPointF center = anchorWorld - QPointF(x, y) + QPointF(width() / 2, height() / 2);
    const QPointF geo = WebMercator::unproject(center, zoom);
    m_zoom = zoom;
    setCenter(geo.y(), geo.x());
}

void MapCanvas::fitAll()
{
    QList<QPointF> points; // (lon, lat)
    for (const mobile::AssignedOutlet &outlet : std::as_const(m_outlets))
        points.append({outlet.lon, outlet.lat});
    if (hereValid())
        points.append({m_hereLon, m_hereLat});
    if (points.isEmpty() || width() <= 0 || height() <= 0)
        return;
    m_fitted = true;
    // Bounds in world pixels at zoom 0, then the zoom that fits them with a margin.
    double minX = std::numeric_limits<double>::max();
    double minY = minX;
    double maxX = -minX;
    double maxY = -minX;
    for (const QPointF &p : std::as_const(points)) {
        const QPointF w = WebMercator::project(p.y(), p.x(), 0);
        minX = std::min(minX, w.x());
        maxX = std::max(maxX, w.x());
        minY = std::min(minY, w.y());
        maxY = std::max(maxY, w.y());
    }
    const double margin = 2 * kHitRadiusPx + 24;
    const double spanX = std::max(maxX - minX, 1e-9);
    const double spanY = std::max(maxY - minY, 1e-9);
    // The legend takes a band along the top: fit below it.
    const double fit = std::log2(std::min(std::max(width() - 2 * margin, 1.0) / spanX,
        std::max(height() - 2 * margin - legendHeight(), 1.0) / spanY));
    m_zoom = std::clamp(std::floor(fit * 4) / 4, kMinZoom, 17.0);
    // World pixels scale by 2^zoom; the middle of the bounds sits mid-way below the legend.
    const QPointF middle = QPointF((minX + maxX) / 2, (minY + maxY) / 2) * std::exp2(m_zoom);
    const QPointF geo = WebMercator::unproject(middle - QPointF(0, legendHeight() / 2), m_zoom);
    setCenter(geo.y(), geo.x());
}

} // namespace outfall::models
