#include "core/mbtiles.h"

#include "core/webmercator.h"
#include "store/statement.h"

#include <QFileInfo>

#include <exception>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace outfall::mobile {

namespace {

store::Statement prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        throw std::runtime_error(sqlite3_errmsg(db));
    return store::Statement(db, stmt);
}

} // namespace

MbTiles::MbTiles(const QString &path)
{
    if (!QFileInfo(path).isFile()) {
        m_error = u"no file %1"_s.arg(path);
        return;
    }
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    try {
        auto range = prepare(m_db, "SELECT min(zoom_level), max(zoom_level) FROM tiles");
        if (range.step() && !range.isNull(0)) {
            m_minZoom = range.integer(0);
            m_maxZoom = range.integer(1);
        }
    } catch (const std::exception &e) {
        m_error = u"%1 is not an MBTiles file: %2"_s.arg(path, QString::fromUtf8(e.what()));
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

MbTiles::~MbTiles()
{
    sqlite3_close(m_db);
}

QByteArray MbTiles::tile(int zoom, int x, int y) const
{
    if (!m_db || zoom < 0 || zoom > 30 || x < 0 || y < 0 || x >= (1 << zoom) || y >= (1 << zoom))
        return {};
    auto stmt = prepare(m_db,
        "SELECT tile_data FROM tiles WHERE zoom_level = ?1 AND tile_column = ?2"
        " AND tile_row = ?3");
    stmt.bind(1, zoom).bind(2, x).bind(3, WebMercator::tmsRow(zoom, y));
    return stmt.step() ? stmt.blob(0) : QByteArray();
}

} // namespace outfall::mobile
