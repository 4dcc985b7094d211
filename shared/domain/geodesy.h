#pragma once

namespace outfall::domain {

// Distances between WGS-84 positions (DOMAIN.md §2). A sphere is accurate to about 0.5 %,
// far below a field GPS fix's error at the distances inspectors compare (metres to km).
namespace Geodesy {

inline constexpr double kEarthRadiusM = 6371008.8; // IUGG mean radius

// Great-circle distance in metres by the haversine formula. Degrees; throws
// std::invalid_argument for a latitude outside −90…90 or a longitude outside −180…180.
double haversineM(double lat1, double lon1, double lat2, double lon2);

} // namespace Geodesy

} // namespace outfall::domain
