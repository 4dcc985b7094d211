#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace outfall::mobile {

// An offline base map: an MBTiles file (SQLite; table tiles(zoom_level, tile_column, tile_row,
// tile_data), rows in TMS order, south first). Opened read-only: a base map may sit on
// read-only storage and is never written. Callers ask by slippy-map (XYZ) address.
class MbTiles
{
public:
    explicit MbTiles(const QString &path); // isOpen() false when missing or not MBTiles
    ~MbTiles();
    MbTiles(const MbTiles &) = delete;
    MbTiles &operator=(const MbTiles &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    QString error() const { return m_error; }
    int minZoom() const { return m_minZoom; }
    int maxZoom() const { return m_maxZoom; }

    // The encoded image (PNG/JPEG/WebP) of tile (zoom, x, y) in XYZ order; empty when absent.
    QByteArray tile(int zoom, int x, int y) const;

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
    int m_minZoom = 0;
    int m_maxZoom = -1;
};

} // namespace outfall::mobile
