#pragma once

#include <QPointF>

namespace outfall::mobile {

// Web Mercator (EPSG:3857) as slippy maps use it: at zoom z the world is a square of
// 256 × 2^z pixels, x east from longitude −180, y south from latitude +85.0511. Zoom may be
// fractional (a pinch between tile levels). Positions are WGS-84 degrees.
namespace WebMercator {

inline constexpr double kTileSize = 256.0;
inline constexpr double kMaxLatitude = 85.0511287798066; // the square's edge
inline constexpr double kEarthRadiusM = 6378137.0; // the projection's sphere

double worldSize(double zoom);
// Latitude is clamped to ±kMaxLatitude; longitude is not wrapped.
QPointF project(double lat, double lon, double zoom);
// Returns (latitude, longitude) as (y, x) of the point: QPointF(lon, lat).
QPointF unproject(const QPointF &world, double zoom);
// Ground metres per screen pixel at a latitude.
double metresPerPixel(double lat, double zoom);

// Slippy-map (XYZ, row 0 north) tile containing a position at an integer zoom.
struct Tile
{
    int zoom = 0;
    int x = 0;
    int y = 0;
    friend bool operator==(const Tile &, const Tile &) = default;
};
Tile tileAt(double lat, double lon, int zoom);
// MBTiles store rows in TMS order (row 0 south): the same flip both ways.
int tmsRow(int zoom, int y);

// The largest "round" length (1, 2 or 5 × 10^n metres) not longer than maxMetres.
double niceLength(double maxMetres);

} // namespace WebMercator

} // namespace outfall::mobile
