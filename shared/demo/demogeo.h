#pragma once

namespace outfall::demo {

struct GeoPoint
{
    double lat = 0;
    double lon = 0;
};

// Small-distance geometry for placing outlets around a site (WGS-84 degrees).
class DemoGeo
{
public:
    // The point `metres` away from `from` towards `bearingDegrees` (0 = north), rounded to
    // 6 decimals (about 0.1 m) so the files print short, stable numbers.
    static GeoPoint offset(GeoPoint from, double metres, double bearingDegrees);
    // Haversine on the mean Earth radius 6 371 008.8 m (DOMAIN.md §2).
    static double distanceMetres(GeoPoint a, GeoPoint b);
    static double round6(double degrees);
};

} // namespace outfall::demo
