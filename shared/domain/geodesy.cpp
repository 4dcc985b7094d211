#include "domain/geodesy.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>

namespace outfall::domain::Geodesy {

namespace {

void requirePosition(double lat, double lon)
{
    if (!(lat >= -90.0 && lat <= 90.0) || !(lon >= -180.0 && lon <= 180.0))
        throw std::invalid_argument("latitude must be -90..90 and longitude -180..180 degrees");
}

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

} // namespace

double haversineM(double lat1, double lon1, double lat2, double lon2)
{
    requirePosition(lat1, lon1);
    requirePosition(lat2, lon2);
    const double dLat = radians(lat2 - lat1);
    const double dLon = radians(lon2 - lon1);
    const double a = std::pow(std::sin(dLat / 2), 2)
        + std::cos(radians(lat1)) * std::cos(radians(lat2)) * std::pow(std::sin(dLon / 2), 2);
    // Rounding can push a a hair above 1 for antipodal points; asin would return NaN.
    return 2.0 * kEarthRadiusM * std::asin(std::sqrt(std::min(1.0, a)));
}

} // namespace outfall::domain::Geodesy
