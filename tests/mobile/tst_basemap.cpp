// outfall-basemap's parts: GMT multi-segment files read with their errors named by line, a
// coastline drawn where Web Mercator puts it, and the written MBTiles read back by the app's
// own reader (rows in TMS order, metadata, nothing left behind by a failed read).
#include "basemap/gmtsegments.h"
#include "basemap/mbtileswriter.h"
#include "basemap/tilerenderer.h"
#include "core/mbtiles.h"
#include "core/webmercator.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QFile file(dir.filePath(name));
    file.open(QIODevice::WriteOnly);
    file.write(text);
    return file.fileName();
}

const QColor kGround(0xf2, 0xef, 0xe6);

} // namespace

class TestBasemap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsGmtSegments()
    {
        QTemporaryDir dir;
        const QString path = write(dir, u"coast.txt"_s,
            "> Shore Bin # 5996, Level 1\n113.75\t22.755\n113.76 22.75\n\n"
            "> Shore Bin # 5997, Level 1\n113.80\t22.70\n113.81\t22.71\n113.82\t22.72\n");
        const auto lines = basemap::readGmtSegments(path, u"coast"_s);
        QCOMPARE(lines.kind, u"coast"_s);
        QCOMPARE(lines.segments.size(), 2);
        QCOMPARE(lines.segments[0].size(), 2);
        QCOMPARE(lines.segments[1].size(), 3);
        QCOMPARE(lines.segments[1][2], QPointF(113.82, 22.72));
    }

    void namesTheBadLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one number") << QByteArray("> a\n113.7 22.5\n113.8\n") << u":3: expected"_s;
        QTest::newRow("words") << QByteArray("> a\nlon lat\n") << u":2: expected"_s;
        QTest::newRow("latitude 95") << QByteArray("> a\n113.7 95\n") << u":2: coordinate"_s;
    }
    void namesTheBadLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = write(dir, u"bad.txt"_s, text);
        try {
            basemap::readGmtSegments(path, u"coast"_s);
            QFAIL("a bad line was accepted");
        } catch (const std::runtime_error &e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.startsWith(path + expected), qPrintable(message));
        }
    }

    // A north-south coastline at 114.0° E: drawn in the column Web Mercator gives it, the
    // rest of the tile stays ground.
    void drawsTheLineWhereItIs()
    {
        basemap::FeatureLines coast {u"coast"_s, {{QPointF(114.0, 22.3), QPointF(114.0, 22.9)}}};
        const basemap::TileRenderer renderer({coast});
        const int zoom = 12;
        const auto tile = mobile::WebMercator::tileAt(22.6, 114.0, zoom);
        const QImage image = renderer.render(zoom, tile.x, tile.y);
        QCOMPARE(image.size(), QSize(256, 256));
        const QPointF world = mobile::WebMercator::project(22.6, 114.0, zoom);
        const int column = int(world.x()) - tile.x * 256;
        const int row = int(world.y()) - tile.y * 256;
        QVERIFY(image.pixelColor(column, row) != kGround);
        QCOMPARE(image.pixelColor((column + 128) % 256, row), kGround);
    }

    void writesWhatTheAppReads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"basemap.mbtiles"_s);
        basemap::FeatureLines coast {u"coast"_s, {{QPointF(114.0, 22.3), QPointF(114.0, 22.9)}}};
        const basemap::TileRenderer renderer({coast});
        const auto tile = mobile::WebMercator::tileAt(22.6, 114.0, 12);
        {
            basemap::MbTilesWriter writer(path, u"test"_s, u"GSHHG"_s);
            writer.add(12, tile.x, tile.y, renderer.render(12, tile.x, tile.y));
            writer.add(11, tile.x / 2, tile.y / 2, renderer.render(11, tile.x / 2, tile.y / 2));
            writer.finish(11, 12, 113.9, 22.3, 114.1, 22.9);
        }
        mobile::MbTiles tiles(path);
        QVERIFY2(tiles.isOpen(), qPrintable(tiles.error()));
        QCOMPARE(tiles.minZoom(), 11);
        QCOMPARE(tiles.maxZoom(), 12);
        QImage read;
        QVERIFY(read.loadFromData(tiles.tile(12, tile.x, tile.y)));
        QCOMPARE(read.convertToFormat(QImage::Format_RGB32),
            renderer.render(12, tile.x, tile.y).convertToFormat(QImage::Format_RGB32));
        QVERIFY(tiles.tile(12, tile.x + 1, tile.y).isEmpty());
    }
};

QTEST_MAIN(TestBasemap)
#include "tst_basemap.moc"
