// outfall-basemap: renders public vector lines (GSHHG coast, rivers, borders as GMT dumps
// them) into the MBTiles base map the app reads. scripts/basemap runs it for the demo
// district; docs/basemap.md says where the data comes from and under which licence.
#include "basemap/gmtsegments.h"
#include "basemap/mbtileswriter.h"
#include "basemap/tilerenderer.h"
#include "cli/commandline.h"
#include "core/webmercator.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace outfall;

namespace {

// The usage error line of every program (cli/commandline.h).
int usageError(const QString &problem)
{
    return cli::usageError(u"outfall-basemap"_s, problem);
}

} // namespace

int main(int argc, char **argv)
{
    // QImage text-free painting needs no display; offscreen keeps it headless everywhere.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Renders GMT multi-segment line files (gmt coast -M) into an MBTiles base map."_s);
    parser.addHelpOption();
    parser.addOption({u"out"_s, u"The MBTiles file to write (replaced)."_s, u"FILE"_s});
    parser.addOption({u"bbox"_s, u"West,south,east,north in degrees (WGS-84)."_s, u"W,S,E,N"_s});
    parser.addOption({u"zooms"_s, u"Zoom levels, e.g. 9-15."_s, u"MIN-MAX"_s, u"9-15"_s});
    parser.addOption({u"coast"_s, u"Coastline segments."_s, u"FILE"_s});
    parser.addOption({u"river"_s, u"River segments."_s, u"FILE"_s});
    parser.addOption({u"border"_s, u"Border segments."_s, u"FILE"_s});
    parser.addOption({u"attribution"_s, u"Attribution stored in the file."_s, u"TEXT"_s,
        u"GSHHG (Wessel & Smith), LGPL-3.0"_s});
    if (const auto exit = cli::parseOrExit(parser, app.arguments(), u"outfall-basemap"_s))
        return *exit;
    if (!parser.isSet(u"out"_s) || !parser.isSet(u"bbox"_s))
        return usageError(u"--out FILE and --bbox W,S,E,N are required"_s);
    const QStringList box = parser.value(u"bbox"_s).split(u',');
    double edges[4] = {};
    bool ok = box.size() == 4;
    for (int i = 0; ok && i < 4; ++i)
        edges[i] = box[i].toDouble(&ok);
    if (!ok || edges[0] >= edges[2] || edges[1] >= edges[3] || edges[1] < -85 || edges[3] > 85)
        return usageError(
            u"--bbox: expected west,south,east,north with west < east and south < north"
            u" within ±85°, got \"%1\""_s.arg(parser.value(u"bbox"_s)));
    const QStringList zooms = parser.value(u"zooms"_s).split(u'-');
    bool minOk = false;
    bool maxOk = false;
    const int minZoom = zooms.value(0).toInt(&minOk);
    const int maxZoom = zooms.value(1).toInt(&maxOk);
    if (zooms.size() != 2 || !minOk || !maxOk || minZoom < 0 || maxZoom > 18 || minZoom > maxZoom)
        return usageError(u"--zooms: expected MIN-MAX between 0 and 18, got \"%1\""_s.arg(
            parser.value(u"zooms"_s)));

    QList<basemap::FeatureLines> features;
    try {
        for (const QString &kind : {u"coast"_s, u"river"_s, u"border"_s}) {
            if (parser.isSet(kind))
                features.append(basemap::readGmtSegments(parser.value(kind), kind));
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "outfall-basemap: %s\n", e.what());
        return 1;
    }
    if (features.isEmpty())
        return usageError(u"give at least one of --coast, --river, --border"_s);

    const QString out = parser.value(u"out"_s);
    const QString partial = out + u".partial"_s;
    QFile::remove(partial);
    const basemap::TileRenderer renderer(features);
    int written = 0;
    {
        basemap::MbTilesWriter writer(
            partial, u"Outfall base map"_s, parser.value(u"attribution"_s));
        for (int zoom = minZoom; zoom <= maxZoom; ++zoom) {
            const auto northWest = mobile::WebMercator::tileAt(edges[3], edges[0], zoom);
            const auto southEast = mobile::WebMercator::tileAt(edges[1], edges[2], zoom);
            for (int x = northWest.x; x <= southEast.x; ++x) {
                for (int y = northWest.y; y <= southEast.y; ++y) {
                    writer.add(zoom, x, y, renderer.render(zoom, x, y));
                    ++written;
                }
            }
            std::fprintf(stderr, "zoom %d done, %d tiles so far\n", zoom, written);
        }
        writer.finish(minZoom, maxZoom, edges[0], edges[1], edges[2], edges[3]);
    }
    QFile::remove(out);
    if (!QFile::rename(partial, out)) {
        std::fprintf(stderr, "outfall-basemap: cannot move %s to %s\n", qPrintable(partial),
            qPrintable(out));
        return 1;
    }
    std::printf("wrote %s: %d tiles, zoom %d-%d\n", qPrintable(out), written, minZoom, maxZoom);
    return 0;
}
