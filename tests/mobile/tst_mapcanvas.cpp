// The app's own map: Web Mercator projection, MBTiles tile addressing (TMS rows flipped),
// hit-testing outlets on screen, gestures keeping the ground under the finger, and a
// rendering smoke test (an outlet's pixel has its medium's colour; a tile is drawn under it).
#include "core/mbtiles.h"
#include "core/webmercator.h"
#include "dayfixture.h"
#include "models/painted/mapcanvas.h"
#include "models/session/appsession.h"
#include "store/database.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace outfall;
namespace WebMercator = outfall::mobile::WebMercator;

namespace {

mobile::AssignedOutlet outlet(
    const QString &code, const QString &medium, double lat, double lon, int stop)
{
    mobile::AssignedOutlet o;
    o.outletId = code;
    o.code = code;
    o.name = u"outlet "_s + code;
    o.medium = medium;
    o.permitId = u"p%1"_s.arg(stop);
    o.permitNumber = u"NUMBER%1"_s.arg(stop);
    o.enterpriseName = u"企业 %1"_s.arg(stop);
    if (stop != 0) // the unordered one has no English name
        o.enterpriseNameEn = u"Enterprise %1"_s.arg(stop);
    o.stop = stop;
    o.lat = lat;
    o.lon = lon;
    return o;
}

QByteArray png(const QColor &colour)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// An MBTiles file with tiles at zoom 1 (all four, each its own colour), two at zoom 3 around
// the world's centre and one at zoom 12 (Shenzhen's 22.5, 113.93), rows stored in TMS order.
void writeMbTiles(const QString &path)
{
    store::Database db(path);
    db.exec(u"CREATE TABLE metadata (name TEXT, value TEXT);"
            u"CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
            u" tile_data BLOB);"_s);
    const auto insert = [&db](int z, int x, int tmsRow, const QColor &colour) {
        db.prepare(u"INSERT INTO tiles VALUES (?1, ?2, ?3, ?4)"_s)
            .bind(1, z)
            .bind(2, x)
            .bind(3, tmsRow)
            .bind(4, png(colour))
            .exec();
    };
    insert(1, 0, 1, Qt::red); // XYZ (0, 0): north-west
    insert(1, 1, 1, Qt::green); // north-east
    insert(1, 0, 0, Qt::blue); // south-west
    insert(1, 1, 0, Qt::yellow); // south-east
    insert(3, 3, WebMercator::tmsRow(3, 3), Qt::red); // XYZ rows 3 and 4 swap in TMS
    insert(3, 4, WebMercator::tmsRow(3, 4), Qt::yellow);
    const WebMercator::Tile tile = WebMercator::tileAt(22.5, 113.93, 12);
    insert(12, tile.x, WebMercator::tmsRow(12, tile.y), QColor(0x80, 0x80, 0x80));
}

} // namespace

class TestMapCanvas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void projection()
    {
        QCOMPARE(WebMercator::project(0, 0, 0), QPointF(128, 128));
        QCOMPARE(WebMercator::project(0, -180, 1), QPointF(0, 256));
        const QPointF corner = WebMercator::project(WebMercator::kMaxLatitude, 180, 2);
        QVERIFY(std::fabs(corner.x() - 1024) < 1e-9 && std::fabs(corner.y()) < 1e-6);
        // Round trip at a fractional zoom.
        const QPointF w = WebMercator::project(22.5123, 113.9012, 15.5);
        const QPointF back = WebMercator::unproject(w, 15.5);
        QVERIFY(std::fabs(back.y() - 22.5123) < 1e-9 && std::fabs(back.x() - 113.9012) < 1e-9);
        // Latitude beyond the square is clamped, not NaN.
        QCOMPARE(WebMercator::project(89.9, 0, 0).y(), WebMercator::project(90, 0, 0).y());
        // Ground resolution: 156 543 m/px at zoom 0 on the equator, halved per level, × cos φ.
        QVERIFY(std::fabs(WebMercator::metresPerPixel(0, 0) - 156543.034) < 0.01);
        QVERIFY(std::fabs(WebMercator::metresPerPixel(60, 1) - 156543.034 / 4) < 0.01);
        QCOMPARE(WebMercator::niceLength(740), 500.0);
        QCOMPARE(WebMercator::niceLength(199), 100.0);
        QCOMPARE(WebMercator::niceLength(2100), 2000.0);
    }

    void tileAddressing()
    {
        QCOMPARE(WebMercator::tileAt(10, -10, 1), (WebMercator::Tile {1, 0, 0}));
        QCOMPARE(WebMercator::tileAt(-10, 10, 1), (WebMercator::Tile {1, 1, 1}));
        // Shenzhen at zoom 12 (checked against the usual slippy-map formula): 3344, 1785.
        QCOMPARE(WebMercator::tileAt(22.5, 113.93, 12), (WebMercator::Tile {12, 3344, 1785}));
        QCOMPARE(WebMercator::tmsRow(1, 0), 1);
        QCOMPARE(WebMercator::tmsRow(12, 1786), 4095 - 1786);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"basemap.mbtiles"_s);
        writeMbTiles(path);
        mobile::MbTiles tiles(path);
        QVERIFY2(tiles.isOpen(), qPrintable(tiles.error()));
        QCOMPARE(tiles.minZoom(), 1);
        QCOMPARE(tiles.maxZoom(), 12);
        QCOMPARE(QImage::fromData(tiles.tile(1, 0, 0)).pixelColor(5, 5), QColor(Qt::red));
        QCOMPARE(QImage::fromData(tiles.tile(1, 1, 1)).pixelColor(5, 5), QColor(Qt::yellow));
        QVERIFY(tiles.tile(1, 2, 0).isEmpty()); // outside the level
        QVERIFY(tiles.tile(3, 0, 0).isEmpty()); // absent

        QVERIFY(!mobile::MbTiles(dir.filePath(u"none.mbtiles"_s)).isOpen());
        {
            store::Database empty(dir.filePath(u"empty.mbtiles"_s));
            empty.exec(u"CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER,"
                       u" tile_row INTEGER, tile_data BLOB)"_s);
        }
        models::MapCanvas canvas;
        canvas.setSize(QSizeF(100, 100));
        canvas.setBasemapPath(dir.filePath(u"empty.mbtiles"_s));
        QVERIFY(!canvas.hasBasemap()); // no tiles, no zoom range: the grid is drawn
        QImage image(100, 100, QImage::Format_ARGB32);
        QPainter painter(&image);
        canvas.paint(&painter);
        QFile junk(dir.filePath(u"junk.mbtiles"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not sqlite at all, just text that is long enough to be a header ...");
        junk.close();
        QVERIFY(!mobile::MbTiles(junk.fileName()).isOpen());
    }

    void hitTestingAndSelection()
    {
        models::MapCanvas canvas;
        canvas.setLanguage(u"zh_CN"_s); // the registered names
        canvas.setSize(QSizeF(800, 600));
        canvas.setOutlets({outlet(u"DA001"_s, u"air"_s, 22.5055, 113.9205, 1),
            outlet(u"DW001"_s, u"water"_s, 22.5040, 113.9215, 1),
            outlet(u"DW009"_s, u"water"_s, 22.4895, 113.9160, 0)});
        // fitAll put every outlet on screen.
        for (const auto &o : canvas.outlets()) {
            const QPointF p = canvas.toScreen(o.lat, o.lon);
            QVERIFY(p.x() > 0 && p.y() > 0 && p.x() < 800 && p.y() < 600);
        }
        const QPointF da = canvas.toScreen(22.5055, 113.9205);
        QCOMPARE(canvas.outletAt(da.x() + 10, da.y() - 10), 0);
        QCOMPARE(canvas.outletAt(da.x() + 40, da.y()), -1); // beyond a fingertip
        canvas.tap(da.x(), da.y());
        QCOMPARE(canvas.selectedIndex(), 0);
        QCOMPARE(canvas.selectedTitle(), u"DA001 · outlet DA001"_s);
        QCOMPARE(canvas.selectedDetail(), u"Stop 1: 企业 1, permit NUMBER1"_s);
        QSignalSpy selection(&canvas, &models::MapCanvas::selectionChanged);
        canvas.setLanguage(u"en"_s); // name_en in English
        QCOMPARE(selection.count(), 1);
        QCOMPARE(canvas.selectedDetail(), u"Stop 1: Enterprise 1, permit NUMBER1"_s);
        QCOMPARE(canvas.selectedPermitId(), u"p1"_s);
        const QPointF unordered = canvas.toScreen(22.4895, 113.9160);
        canvas.tap(unordered.x(), unordered.y());
        QCOMPARE(canvas.selectedDetail(), u"Not in route order: 企业 0, permit NUMBER0"_s);
        canvas.tap(5, 5);
        QCOMPARE(canvas.selectedIndex(), -1);
        // Two outlets 20 px apart: the nearer wins.
        canvas.setZoom(16);
        canvas.setCenter(22.5048, 113.9210);
        const QPointF a = canvas.toScreen(22.5055, 113.9205);
        const QPointF b = canvas.toScreen(22.5040, 113.9215);
        const QPointF nearB = b + (a - b) * 0.2;
        QCOMPARE(canvas.outletAt(nearB.x(), nearB.y()), 1);
    }

    // A crowd of outlets (40 within a few hundred metres, as a zoomed-out district looks):
    // at every zoom no two drawn labels intersect, the selected one is always drawn, and a
    // flagged outlet keeps its label over a general one standing on top of it.
    void labelsNeverOverlap()
    {
        models::MapCanvas canvas;
        canvas.setSize(QSizeF(800, 600));
        QList<mobile::AssignedOutlet> crowd;
        for (int i = 0; i < 40; ++i) {
            auto o = outlet(u"D%1%2"_s.arg(i % 2 ? u'A' : u'W').arg(i, 3, 10, QChar(u'0')),
                i % 2 ? u"air"_s : u"water"_s, 22.50 + 0.0004 * (i % 7), 113.92 + 0.0005 * (i / 7),
                i / 7 + 1);
            o.category = i % 3 == 0 ? u"main"_s : u"general"_s;
            crowd.append(o);
        }
        // Two at the same spot: the general one first in order, the flagged one second.
        crowd[10].lat = crowd[11].lat;
        crowd[10].lon = crowd[11].lon;
        crowd[10].category = u"general"_s;
        crowd[11].category = u"general"_s;
        crowd[11].flagged = true;
        canvas.setOutlets(crowd);
        canvas.setCenter(22.5012, 113.9215);
        const QPointF selected = canvas.outletPoint(20);
        canvas.tap(selected.x(), selected.y());
        QCOMPARE(canvas.selectedIndex(), 20);
        for (const double zoom : {13.0, 15.0, 16.0, 17.0, 18.0}) {
            canvas.setZoom(zoom);
            const auto labels = canvas.labelRects();
            QVERIFY(!labels.isEmpty());
            bool selectedDrawn = false;
            bool flaggedDrawn = false;
            bool stackedGeneralDrawn = false;
            for (qsizetype i = 0; i < labels.size(); ++i) {
                // No label over a symbol (the selected one may, when nothing else fits).
                for (int k = 0; k < crowd.size() && labels[i].outlet != 20; ++k) {
                    QVERIFY2(!labels[i].rect.intersects(canvas.symbolRect(k)),
                        qPrintable(u"zoom %1: the label of %2 covers the symbol of %3"_s.arg(zoom)
                                       .arg(labels[i].outlet)
                                       .arg(k)));
                }
                selectedDrawn |= labels[i].outlet == 20;
                flaggedDrawn |= labels[i].outlet == 11;
                stackedGeneralDrawn |= labels[i].outlet == 10;
                for (qsizetype j = i + 1; j < labels.size(); ++j) {
                    QVERIFY2(!labels[i].rect.intersects(labels[j].rect),
                        qPrintable(u"zoom %1: labels of %2 and %3 overlap"_s.arg(zoom)
                                       .arg(labels[i].outlet)
                                       .arg(labels[j].outlet)));
                }
            }
            QVERIFY2(selectedDrawn, qPrintable(u"zoom %1"_s.arg(zoom)));
            if (flaggedDrawn || stackedGeneralDrawn)
                QVERIFY2(flaggedDrawn, qPrintable(u"zoom %1: general over flagged"_s.arg(zoom)));
            if (zoom >= 18) // far enough in: every outlet on screen has room for its label
                QVERIFY(flaggedDrawn);
        }
        // Zoomed out, labels are left out rather than piled up.
        canvas.setZoom(13);
        QVERIFY(canvas.labelRects().size() < 40);
    }

    // A label must not cover any outlet's symbol as drawn: the round bottom of a neighbour's
    // drop and a flagged neighbour's "!" mark stick out of the box the symbols used to be
    // counted as, and labels were put on them.
    void labelsAvoidEverySymbolAsDrawn()
    {
        models::MapCanvas canvas;
        canvas.setSize(QSizeF(800, 600));
        canvas.setZoom(17);
        canvas.setCenter(22.5, 113.92);
        const auto at = [&](const QString &code, const QString &medium, QPointF screen) {
            const QPointF geo = canvas.toGeo(screen);
            return outlet(code, medium, geo.y(), geo.x(), 0);
        };
        const QPointF a(400, 300);
        QList<mobile::AssignedOutlet> outlets {
            at(u"DW001"_s, u"water"_s, a), // its label goes right first
            at(u"DA002"_s, u"air"_s, a + QPointF(0, 36)), // flagged: its mark reaches up-right
            at(u"DW003"_s, u"water"_s, a + QPointF(30, -30)), // its drop reaches down
            at(u"DW004"_s, u"water"_s, QPointF(150, 450)), // alone, for comparison
        };
        outlets[1].flagged = true;
        canvas.setOutlets(outlets);
        const QList<models::MapLabels::Placed> labels = canvas.labelRects();
        QVERIFY(!labels.isEmpty());
        for (const auto &label : labels) {
            for (int k = 0; k < outlets.size(); ++k) {
                QVERIFY2(!label.rect.intersects(canvas.symbolRect(k)),
                    qPrintable(u"the label of %1 covers the symbol of %2"_s.arg(
                        outlets[label.outlet].code, outlets[k].code)));
            }
        }
        // The first one still has its label, on a side that is free.
        QVERIFY(std::any_of(labels.begin(), labels.end(),
            [](const models::MapLabels::Placed &label) { return label.outlet == 0; }));
        // The symbol box is the drawn one: the drop reaches below its centre by more than the
        // old estimate, the mark beyond the triangle's right edge.
        const QPointF drop = canvas.outletPoint(2);
        QVERIFY(canvas.symbolRect(2).bottom() > drop.y() + 17 * 1.1);
        const QPointF flagged = canvas.outletPoint(1);
        QVERIFY(canvas.symbolRect(1).right() > flagged.x() + 17 + 8);
    }

    void labelPlacementFollowsPriority()
    {
        // Five requests on one spot with room around it: the highest priorities get the
        // preferred sides, in order, the last a corner; nothing overlaps.
        using models::MapLabels::Request;
        const QPointF spot(200, 200);
        const QList<Request> requests {
            {0, spot, 10, QSizeF(60, 24), models::MapLabels::General, false},
            {1, spot, 10, QSizeF(60, 24), models::MapLabels::Main, false},
            {2, spot, 10, QSizeF(60, 24), models::MapLabels::Flagged, false},
            {3, spot, 10, QSizeF(60, 24), models::MapLabels::Selected, false},
            {4, spot, 10, QSizeF(60, 24), models::MapLabels::General, false}};
        const auto placed = models::MapLabels::place(requests, {}, QRectF(0, 0, 400, 400));
        QCOMPARE(placed.size(), 5); // right, left, above, below, then a corner
        QCOMPARE(placed[0].outlet, 3);
        QCOMPARE(placed[1].outlet, 2);
        QCOMPARE(placed[2].outlet, 1);
        QCOMPARE(placed[3].outlet, 0);
        QCOMPARE(placed[4].outlet, 4);
        QVERIFY(placed[0].rect.left() > spot.x()); // the selected one on its preferred side
        QVERIFY(placed[4].rect.left() > spot.x() && placed[4].rect.bottom() < spot.y());
        for (qsizetype i = 0; i < placed.size(); ++i) {
            for (qsizetype j = i + 1; j < placed.size(); ++j)
                QVERIFY(!placed[i].rect.intersects(placed[j].rect));
        }
    }

    void labelsStayOffTheRouteWhereTheyCan()
    {
        using models::MapLabels::Request;
        const QPointF spot(200, 200);
        const QList<Request> one {{0, spot, 10, QSizeF(60, 24), models::MapLabels::Main, false}};
        const QRectF view(0, 0, 400, 400);
        // A leg running off to the right: the label goes left, not on its preferred side.
        const QLineF right(spot, QPointF(390, 205));
        auto placed = models::MapLabels::place(one, {}, view, {right});
        QCOMPARE(placed.size(), 1);
        QVERIFY(placed[0].rect.right() < spot.x());
        QVERIFY(!models::MapLabels::crosses(right, placed[0].rect));
        // Legs right and left: above.
        const QLineF left(spot, QPointF(10, 195));
        placed = models::MapLabels::place(one, {}, view, {right, left});
        QVERIFY(placed[0].rect.bottom() < spot.y());
        // Crossed on every side: still labelled, on the preferred side (a crossed label beats
        // none).
        const QList<QLineF> everywhere {
            right, left, {spot, QPointF(200, 10)}, {spot, QPointF(200, 390)}};
        placed = models::MapLabels::place(one, {}, view, everywhere);
        QCOMPARE(placed.size(), 1);
        QVERIFY(placed[0].rect.left() > spot.x());
        // A segment that ends inside a box crosses it; one that passes by does not.
        QVERIFY(models::MapLabels::crosses(QLineF(0, 0, 50, 50), QRectF(40, 40, 20, 20)));
        QVERIFY(!models::MapLabels::crosses(QLineF(0, 100, 100, 100), QRectF(40, 40, 20, 20)));
    }

    void distanceAndBearingToTheSelectedOutlet()
    {
        models::MapCanvas canvas;
        canvas.setLanguage(u"en"_s);
        canvas.setSize(QSizeF(800, 600));
        canvas.setOutlets({outlet(u"DA001"_s, u"air"_s, 22.5100, 113.9200, 1),
            outlet(u"DW001"_s, u"water"_s, 22.5000, 113.9300, 1)});
        const QPointF north = canvas.outletPoint(0);
        canvas.tap(north.x(), north.y());
        QCOMPARE(canvas.selectedDistance(), u"Distance: waiting for a position fix"_s);
        QSignalSpy distance(&canvas, &models::MapCanvas::selectedDistanceChanged);
        canvas.setHereLatitude(22.5000);
        canvas.setHereLongitude(113.9200);
        QVERIFY(distance.count() >= 1);
        // 0.01° of latitude is 1.11 km due north.
        QCOMPARE(canvas.selectedDistance(), u"1.1 km away, bearing 0° (north)"_s);
        const QPointF east = canvas.outletPoint(1);
        canvas.tap(east.x(), east.y());
        QCOMPARE(canvas.selectedDistance(), u"1.0 km away, bearing 90° (east)"_s);
        canvas.setHereLongitude(113.9295); // 51 m west of it
        QCOMPARE(canvas.selectedDistance(), u"51 m away, bearing 90° (east)"_s);
        QVERIFY(
            std::fabs(models::MapCanvas::bearingDeg(22.5, 113.92, 22.49, 113.91) - 222.7) < 0.5);
    }

    void centreOnMeAndTheCardStaysOffTheOutlet()
    {
        models::MapCanvas canvas;
        canvas.setSize(QSizeF(800, 600));
        canvas.setOutlets({outlet(u"DA001"_s, u"air"_s, 22.5100, 113.9200, 1),
            outlet(u"DW001"_s, u"water"_s, 22.4900, 113.9300, 1)});
        canvas.centreOnHere(); // no position: nothing moves
        const double lat = canvas.centerLatitude();
        QCOMPARE(canvas.centerLatitude(), lat);
        canvas.setHereLatitude(22.52);
        canvas.setHereLongitude(113.95);
        canvas.centreOnHere();
        const QPointF here = canvas.toScreen(22.52, 113.95);
        QVERIFY((here - QPointF(400, 300)).manhattanLength() < 1e-6);
        // The card goes to the half of the screen the selected outlet is not in.
        canvas.fitAll();
        const QPointF south = canvas.outletPoint(1); // lower on the screen
        QVERIFY(south.y() > 300);
        canvas.tap(south.x(), south.y());
        QVERIFY(canvas.selectionCardAtTop());
        const QPointF north = canvas.outletPoint(0);
        QVERIFY(north.y() < 300);
        canvas.tap(north.x(), north.y());
        QVERIFY(!canvas.selectionCardAtTop());
        // Panning the outlet into the lower half moves the card up.
        QSignalSpy placement(&canvas, &models::MapCanvas::cardPlacementChanged);
        canvas.beginPan();
        canvas.panTo(0, 500 - north.y());
        QVERIFY(placement.count() >= 1);
        QVERIFY(canvas.selectionCardAtTop());
    }

    void rotationKeepsThePositionInView()
    {
        models::MapCanvas canvas;
        canvas.setSize(QSizeF(1280, 800));
        canvas.setOutlets({outlet(u"DA001"_s, u"air"_s, 22.5100, 113.9000, 1),
            outlet(u"DW001"_s, u"water"_s, 22.5100, 113.9600, 1)});
        // The position near the right edge in landscape.
        canvas.setHereLatitude(22.5100);
        canvas.setHereLongitude(113.9590);
        canvas.setHereAccuracyM(8);
        QPointF here = canvas.toScreen(22.51, 113.959);
        QVERIFY(here.x() > 1000 && here.x() < 1280);
        canvas.setSize(QSizeF(800, 1280)); // turned to portrait
        here = canvas.toScreen(22.51, 113.959);
        QVERIFY2(here.x() >= 0 && here.x() <= 800 && here.y() >= 0 && here.y() <= 1280,
            qPrintable(u"%1, %2"_s.arg(here.x()).arg(here.y())));
        canvas.setSize(QSizeF(1280, 800)); // and back
        here = canvas.toScreen(22.51, 113.959);
        QVERIFY(here.x() >= 0 && here.x() <= 1280 && here.y() >= 0 && here.y() <= 800);
        // A position the inspector had panned away from stays where it is.
        canvas.setCenter(22.60, 114.2);
        const QPointF away = canvas.toScreen(22.51, 113.959);
        canvas.setSize(QSizeF(800, 1280));
        QVERIFY(canvas.toScreen(22.51, 113.959).x() < 0 || away.x() < 0);
    }

    void legendAndFlagsAreDrawn()
    {
        models::MapCanvas canvas;
        canvas.setLanguage(u"en"_s);
        canvas.setSize(QSizeF(800, 600));
        auto flagged = outlet(u"DW001"_s, u"water"_s, 22.5000, 113.9300, 1);
        flagged.flagged = true;
        canvas.setOutlets({outlet(u"DA001"_s, u"air"_s, 22.5100, 113.9200, 1), flagged});
        const QStringList texts = canvas.paintedTexts();
        for (const QString &word :
            {u"Stack (air)"_s, u"Outfall (water)"_s, u"Open flag"_s, u"Route"_s, u"You"_s})
            QVERIFY2(texts.contains(word), qPrintable(texts.join(u'|')));
        QImage image(800, 600, QImage::Format_ARGB32);
        QPainter painter(&image);
        canvas.paint(&painter);
        painter.end();
        // The red mark at the flagged outfall's upper right; none at the stack's.
        const auto redNear = [&](const QPointF &p) {
            for (int dx = 0; dx <= 24; ++dx) {
                for (int dy = -26; dy <= 0; ++dy) {
                    if (image.pixelColor((p + QPointF(dx, dy)).toPoint())
                        == QColor(0xb0, 0x00, 0x20))
                        return true;
                }
            }
            return false;
        };
        QVERIFY(redNear(canvas.outletPoint(1)));
        QVERIFY(!redNear(canvas.outletPoint(0)));
    }

    void gesturesKeepTheGroundUnderTheFinger()
    {
        models::MapCanvas canvas;
        canvas.setSize(QSizeF(800, 600));
        canvas.setZoom(14);
        canvas.setCenter(22.5, 113.9);
        const QPointF finger(600, 150);
        const QPointF ground = canvas.toGeo(finger);
        canvas.zoomBy(2.0, finger.x(), finger.y());
        QCOMPARE(canvas.zoom(), 15.0);
        QVERIFY((canvas.toScreen(ground.y(), ground.x()) - finger).manhattanLength() < 1e-6);
        canvas.beginPan();
        canvas.panTo(-100, 40);
        canvas.panTo(-200, 80); // cumulative: from where the drag began
        const QPointF moved = canvas.toScreen(ground.y(), ground.x());
        QVERIFY((moved - (finger + QPointF(-200, 80))).manhattanLength() < 1e-6);
        canvas.zoomBy(1e6, 0, 0);
        QCOMPARE(canvas.zoom(), models::MapCanvas::kMaxZoom);
    }

    void readsTheAssignedOutletsAndTheProfilesBaseMap()
    {
        QTemporaryDir dir;
        models::AppSession session(dir.filePath(u"profile"_s));
        daytest::prepareDevice(session.session(), dir.path());
        {
            models::MapCanvas canvas;
            canvas.setAppSession(&session);
            QCOMPARE(canvas.outletCount(), 6); // four active assignments; the removed outlet not
            QCOMPARE(canvas.outlets().first().code, u"DA001"_s);
            QCOMPARE(canvas.outlets().last().permitId, u"p4"_s);
            QVERIFY(!canvas.hasBasemap());
        }
        writeMbTiles(dir.filePath(u"profile/basemap.mbtiles"_s));
        {
            models::MapCanvas canvas;
            canvas.setAppSession(&session);
            QVERIFY(canvas.hasBasemap());
        }
    }

    void rendersOutletsOverTiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"basemap.mbtiles"_s);
        writeMbTiles(path);
        models::MapCanvas canvas;
        canvas.setSize(QSizeF(600, 400));
        canvas.setOutlets({outlet(u"DA001"_s, u"air"_s, 22.5, 113.93, 1),
            outlet(u"DW001"_s, u"water"_s, 22.501, 113.936, 2)});
        canvas.setZoom(12);
        canvas.setCenter(22.5, 113.93);

        QImage grid(600, 400, QImage::Format_ARGB32);
        QPainter gridPainter(&grid);
        canvas.paint(&gridPainter);
        gridPainter.end();
        const QPointF air = canvas.toScreen(22.5, 113.93);
        QCOMPARE(grid.pixelColor(air.toPoint()), QColor(0xb3, 0x47, 0x00));

        canvas.setBasemapPath(path);
        QVERIFY(canvas.hasBasemap());
        QImage image(600, 400, QImage::Format_ARGB32);
        QPainter painter(&image);
        canvas.paint(&painter);
        painter.end();
        QCOMPARE(image.pixelColor(air.toPoint()), QColor(0xb3, 0x47, 0x00));
        const QPointF water = canvas.toScreen(22.501, 113.936);
        QCOMPARE(image.pixelColor(water.toPoint()), QColor(0x00, 0x57, 0xb8));
        // Just beside the air symbol: the grey tile of zoom 12.
        QCOMPARE(image.pixelColor((air + QPointF(-30, 30)).toPoint()), QColor(0x80, 0x80, 0x80));

        // At zoom 3 the tiles north-west and south-east of the centre land where they belong.
        canvas.setZoom(3);
        canvas.setCenter(0, 0);
        canvas.setBasemapPath({});
        canvas.setBasemapPath(path);
        QImage world(600, 400, QImage::Format_ARGB32);
        QPainter worldPainter(&world);
        canvas.paint(&worldPainter);
        worldPainter.end();
        QCOMPARE(world.pixelColor(250, 150), QColor(Qt::red));
        QCOMPARE(world.pixelColor(350, 250), QColor(Qt::yellow));
    }
};

QTEST_MAIN(TestMapCanvas)
#include "tst_mapcanvas.moc"
