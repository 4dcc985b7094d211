#pragma once

#include <QImage>
#include <QString>

#include <memory>

namespace outfall::store {
class Database;
}

namespace outfall::basemap {

// Writes an MBTiles 1.3 file (metadata and tiles tables, PNG tiles, rows in TMS order) that
// the app's MbTiles reader opens. One transaction for the whole file: a cut run leaves no
// half base map behind (the file is written beside and renamed by the caller).
class MbTilesWriter
{
public:
    MbTilesWriter(const QString &path, const QString &name, const QString &attribution);
    ~MbTilesWriter();

    void add(int zoom, int x, int y, const QImage &tile); // XYZ address
    void finish(int minZoom, int maxZoom, double west, double south, double east, double north);

private:
    std::unique_ptr<store::Database> m_db;
};

} // namespace outfall::basemap
