#pragma once

#include "core/assignedroute.h"
#include "models/painted/maplabels.h"
#include "models/session/uilanguage.h"

#include <QCache>
#include <QImage>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace outfall::mobile {
class MbTiles;
}

namespace outfall::models {

class AppSession;

// The map the app draws itself (Debian's Qt 6.4 has no Qt Location): Web Mercator, the
// outlets of the assigned permits (air and water symbols), the route between them in order,
// the tablet's position with its accuracy circle; under them an offline MBTiles base map
// when PROFILE/basemap.mbtiles exists, else a plain grid. A scale bar and a legend always.
// Outlets with an open or acknowledged flag carry a red mark; labels never overlap
// (MapLabels: selected > flagged > main > general). The selection says how far the outlet
// is from the tablet and in which direction, and where its card goes so as not to cover it.
//
// Gestures come from QML handlers (beginPan/panTo with the drag's translation, zoomBy) so
// that the arithmetic is here, where tests reach it.
class MapCanvas : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(double zoom READ zoom WRITE setZoom NOTIFY viewChanged)
    Q_PROPERTY(double centerLatitude READ centerLatitude NOTIFY viewChanged)
    Q_PROPERTY(double centerLongitude READ centerLongitude NOTIFY viewChanged)
    Q_PROPERTY(double hereLatitude READ hereLatitude WRITE setHereLatitude NOTIFY hereChanged)
    Q_PROPERTY(double hereLongitude READ hereLongitude WRITE setHereLongitude NOTIFY hereChanged)
    Q_PROPERTY(double hereAccuracyM READ hereAccuracyM WRITE setHereAccuracyM NOTIFY hereChanged)
    Q_PROPERTY(QString basemapPath READ basemapPath WRITE setBasemapPath NOTIFY basemapChanged)
    Q_PROPERTY(bool hasBasemap READ hasBasemap NOTIFY basemapChanged)
    Q_PROPERTY(int outletCount READ outletCount NOTIFY outletsChanged)
    Q_PROPERTY(int selectedIndex READ selectedIndex NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedTitle READ selectedTitle NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedDetail READ selectedDetail NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedPermitId READ selectedPermitId NOTIFY selectionChanged)
    // "1.2 km away, bearing 45° (northeast)" from the position to the selected outlet;
    // says when there is no position yet.
    Q_PROPERTY(QString selectedDistance READ selectedDistance NOTIFY selectedDistanceChanged)
    // The selection card goes to the top when the selected outlet is in the lower half, so
    // that the card never covers the outlet or its label.
    Q_PROPERTY(bool selectionCardAtTop READ selectionCardAtTop NOTIFY cardPlacementChanged)
    Q_PROPERTY(bool hasHere READ hasHere NOTIFY hereChanged)
    // The legend's band along the top: one row, or more on a narrow screen.
    Q_PROPERTY(double legendHeight READ legendHeight NOTIFY legendHeightChanged)
    // zh_CN (default) or en: the enterprise name in selectedDetail (name_en in English).
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY selectionChanged)
    // The words the map paints (legend, scale bar), for tests that read what a page says.
    Q_PROPERTY(QStringList paintedTexts READ paintedTexts NOTIFY viewChanged)

public:
    static constexpr double kMinZoom = 3;
    static constexpr double kMaxZoom = 19;
    static constexpr double kHitRadiusPx = 28; // half a glove-sized touch target
    static constexpr double kLegendRow = 36;
    // Kept free of the legend on the right: the zoom buttons' column stands there.
    static constexpr double kLegendRightInset = 110;

    explicit MapCanvas(QQuickItem *parent = nullptr);

    // The session whose route and basemap the map shows: QML's engine's (classBegin), or
    // handed in by C++ (a test).
    AppSession *appSession() const { return m_session; }
    void setAppSession(AppSession *session);
    void classBegin() override;
    ~MapCanvas() override;

    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    double centerLatitude() const { return m_centerLat; }
    double centerLongitude() const { return m_centerLon; }
    void setCenter(double lat, double lon);
    double hereLatitude() const { return m_hereLat; }
    double hereLongitude() const { return m_hereLon; }
    double hereAccuracyM() const { return m_hereAccuracy; }
    void setHereLatitude(double lat) { setHereValue(m_hereLat, lat); }
    void setHereLongitude(double lon) { setHereValue(m_hereLon, lon); }
    void setHereAccuracyM(double metres) { setHereValue(m_hereAccuracy, metres); }
    bool hasHere() const { return hereValid(); }
    double legendHeight() const;
    QString basemapPath() const { return m_basemapPath; }
    void setBasemapPath(const QString &path);
    bool hasBasemap() const;

    void setOutlets(const QList<mobile::AssignedOutlet> &outlets);
    const QList<mobile::AssignedOutlet> &outlets() const { return m_outlets; }
    int outletCount() const { return static_cast<int>(m_outlets.size()); }
    int selectedIndex() const { return m_selected; }
    QString selectedTitle() const;
    QString selectedDetail() const;
    QString selectedPermitId() const;
    QString selectedDistance() const;
    bool selectionCardAtTop() const;
    QStringList paintedTexts() const;
    // The outlet labels as drawn at the current view: no two intersect, and none covers an
    // outlet's symbol or the position dot.
    QList<MapLabels::Placed> labelRects() const;
    // The box outlet `index`'s symbol covers as drawn (outline, pen, flag mark); empty for
    // no such outlet.
    QRectF symbolRect(int index) const;
    // The box the position dot covers as drawn.
    QRectF hereDotRect() const;
    // Initial great-circle bearing from one position to another, degrees clockwise from north.
    static double bearingDeg(double lat1, double lon1, double lat2, double lon2);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    // Screen position (item coordinates) of a WGS-84 position, and back.
    QPointF toScreen(double lat, double lon) const;
    QPointF toGeo(const QPointF &screen) const; // QPointF(lon, lat)

    // Where outlet `index` is drawn (item coordinates); (NaN, NaN) for no such outlet.
    Q_INVOKABLE QPointF outletPoint(int index) const;
    // The outlet nearest to a screen point within kHitRadiusPx, else -1.
    Q_INVOKABLE int outletAt(double x, double y) const;
    // A tap: selects the outlet there (or clears the selection).
    Q_INVOKABLE void tap(double x, double y);
    Q_INVOKABLE void beginPan();
    Q_INVOKABLE void panTo(double translationX, double translationY);
    Q_INVOKABLE void zoomBy(double factor, double x, double y);
    Q_INVOKABLE void zoomIn() { zoomBy(2.0, width() / 2, height() / 2); }
    Q_INVOKABLE void zoomOut() { zoomBy(0.5, width() / 2, height() / 2); }
    // Shows every outlet and the position.
    Q_INVOKABLE void fitAll();
    // Puts the position in the middle, at the current zoom (nothing without a position).
    Q_INVOKABLE void centreOnHere();
    Q_INVOKABLE void reload(); // the assigned outlets from the app's profile

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void viewChanged();
    void hereChanged();
    void basemapChanged();
    void outletsChanged();
    void selectionChanged();
    void selectedDistanceChanged();
    void cardPlacementChanged();
    void legendHeightChanged();

protected:
    // A rotation (1280×800 to 800×1280) keeps the position in view when it was in view.
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    void setHereValue(double &field, double value); // NaN: unknown
    void select(int index);
    void paintBasemap(QPainter &painter);
    void paintGrid(QPainter &painter) const;
    void paintScaleBar(QPainter &painter) const;
    void paintRoute(QPainter &painter) const;
    void paintOutlets(QPainter &painter) const;
    void paintLabels(QPainter &painter) const;
    void paintLegend(QPainter &painter) const;
    QPolygonF routePoints() const; // the first outlet of each ordered stop, on screen
    QList<QRectF> stopBadges() const;
    QString scaleBarLabel() const;
    struct LegendEntry
    {
        enum Symbol { Stack, Outfall, Flag, Route, Here } symbol;
        QString text;
    };
    QList<LegendEntry> legend() const;
    // Each legend entry's box (symbol and words), flowing into rows within the width.
    QList<QRectF> legendBoxes() const;
    static QString compassPoint(double bearing);
    void paintHere(QPainter &painter) const;
    QImage tileImage(int zoom, int x, int y);
    bool hereValid() const;

    double m_zoom = 14;
    double m_centerLat = 22.54;
    double m_centerLon = 114.05;
    double m_hereLat;
    double m_hereLon;
    double m_hereAccuracy;
    QString m_basemapPath;
    std::unique_ptr<mobile::MbTiles> m_basemap;
    QCache<quint64, QImage> m_tiles;
    QList<mobile::AssignedOutlet> m_outlets;
    int m_selected = -1;
    QString m_language = UiLanguage::instance().current();
    bool m_fitted = false;
    QPointF m_gestureCenter; // world pixels at m_gestureZoom when a gesture began
    double m_gestureZoom = 0;
    AppSession *m_session = nullptr;
};

} // namespace outfall::models
