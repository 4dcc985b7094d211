#include "demo/demogeo.h"

#include <cmath>
#include <numbers>

namespace outfall::demo {

namespace {
constexpr double kEarthRadiusM = 6371008.8;
constexpr double kRad = std::numbers::pi / 180.0;
} // namespace

GeoPoint DemoGeo::offset(GeoPoint from, double metres, double bearingDegrees)
{
    const double north = metres * std::cos(bearingDegrees * kRad);
    const double east = metres * std::sin(bearingDegrees * kRad);
    const double dLat = north / (kEarthRadiusM * kRad);
    const double dLon = east / (kEarthRadiusM * kRad * std::cos(from.lat * kRad));
    return {round6(from.lat + dLat), round6(from.lon + dLon)};
}

double DemoGeo::distanceMetres(GeoPoint a, GeoPoint b)
{
    const double dLat = (b.lat - a.lat) * kRad;
    const double dLon = (b.lon - a.lon) * kRad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(a.lat * kRad) * std::cos(b.lat * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusM * std::asin(std::min(1.0, std::sqrt(h)));
}

double DemoGeo::round6(double degrees)
{
    return std::round(degrees * 1e6) / 1e6;
}

} // namespace outfall::demo
