#include "basemap/mbtileswriter.h"

#include "core/webmercator.h"
#include "store/database.h"

#include <QBuffer>

using namespace Qt::StringLiterals;

namespace outfall::basemap {

MbTilesWriter::MbTilesWriter(const QString &path, const QString &name, const QString &attribution)
    : m_db(std::make_unique<store::Database>(path))
{
    m_db->exec(u"CREATE TABLE metadata (name TEXT PRIMARY KEY, value TEXT);"
               u"CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
               u" tile_data BLOB, PRIMARY KEY (zoom_level, tile_column, tile_row));"
               u"BEGIN;"_s);
    for (const auto &[key, value] :
        {std::pair {u"name"_s, name}, {u"format"_s, u"png"_s}, {u"type"_s, u"baselayer"_s},
            {u"version"_s, u"1.3"_s}, {u"attribution"_s, attribution}}) {
        m_db->prepare(u"INSERT INTO metadata VALUES (?, ?)"_s).bind(1, key).bind(2, value).exec();
    }
}

MbTilesWriter::~MbTilesWriter() = default;

void MbTilesWriter::add(int zoom, int x, int y, const QImage &tile)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    tile.save(&buffer, "PNG");
    m_db->cached(u"INSERT OR REPLACE INTO tiles VALUES (?, ?, ?, ?)"_s)
        .bind(1, zoom)
        .bind(2, x)
        .bind(3, mobile::WebMercator::tmsRow(zoom, y))
        .bind(4, png)
        .exec();
}

void MbTilesWriter::finish(
    int minZoom, int maxZoom, double west, double south, double east, double north)
{
    const QString bounds = u"%1,%2,%3,%4"_s.arg(west).arg(south).arg(east).arg(north);
    for (const auto &[key, value] : {std::pair {u"minzoom"_s, QString::number(minZoom)},
             {u"maxzoom"_s, QString::number(maxZoom)}, {u"bounds"_s, bounds}}) {
        m_db->prepare(u"INSERT INTO metadata VALUES (?, ?)"_s).bind(1, key).bind(2, value).exec();
    }
    m_db->exec(u"COMMIT"_s);
}

} // namespace outfall::basemap
