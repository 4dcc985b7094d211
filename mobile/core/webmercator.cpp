#include "core/webmercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace outfall::mobile::WebMercator {

double worldSize(double zoom)
{
    return kTileSize * std::exp2(zoom);
}

QPointF project(double lat, double lon, double zoom)
{
    const double size = worldSize(zoom);
    const double phi = std::clamp(lat, -kMaxLatitude, kMaxLatitude) * std::numbers::pi / 180.0;
    const double x = (lon + 180.0) / 360.0 * size;
    const double y = (1.0 - std::asinh(std::tan(phi)) / std::numbers::pi) / 2.0 * size;
    return {x, y};
}

QPointF unproject(const QPointF &world, double zoom)
{
    const double size = worldSize(zoom);
    const double lon = world.x() / size * 360.0 - 180.0;
    const double n = std::numbers::pi * (1.0 - 2.0 * world.y() / size);
    const double lat = std::atan(std::sinh(n)) * 180.0 / std::numbers::pi;
    return {lon, lat};
}

double metresPerPixel(double lat, double zoom)
{
    return std::cos(lat * std::numbers::pi / 180.0) * 2.0 * std::numbers::pi * kEarthRadiusM
        / worldSize(zoom);
}

Tile tileAt(double lat, double lon, int zoom)
{
    const QPointF world = project(lat, lon, zoom);
    const int last = (1 << zoom) - 1;
    return {zoom, std::clamp(static_cast<int>(std::floor(world.x() / kTileSize)), 0, last),
        std::clamp(static_cast<int>(std::floor(world.y() / kTileSize)), 0, last)};
}

int tmsRow(int zoom, int y)
{
    return (1 << zoom) - 1 - y;
}

double niceLength(double maxMetres)
{
    if (!(maxMetres > 0))
        return 0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (const double step : {5.0, 2.0, 1.0}) {
        if (step * magnitude <= maxMetres)
            return step * magnitude;
    }
    return magnitude;
}

} // namespace outfall::mobile::WebMercator
