#include "core/sitegeometry.h"

#include "domain/geodesy.h"
#include "domain/positioncheck.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace outfall::mobile {

SiteGeometry SiteGeometry::load(store::Database &db, const QString &permitId)
{
    SiteGeometry site;
    auto outlets = db.cached(u"SELECT code, name, lat, lon FROM outlet WHERE permit_id = ?"
                             u" AND removed_in_revision IS NULL ORDER BY code"_s);
    outlets.bind(1, permitId);
    while (outlets.step())
        site.outlets.append({outlets.text(0), outlets.text(1), outlets.real(2), outlets.real(3)});
    outlets.reset();
    auto enterprise = db.cached(u"SELECT e.lat, e.lon FROM permit p"
                                u" JOIN enterprise e ON e.id = p.enterprise_id"
                                u" WHERE p.id = ? AND e.lat IS NOT NULL AND e.lon IS NOT NULL"_s);
    enterprise.bind(1, permitId);
    if (enterprise.step())
        site.enterprise = Point {{}, {}, enterprise.real(0), enterprise.real(1)};
    enterprise.reset();
    return site;
}

bool SiteGeometry::Distance::far() const
{
    return distanceM && *distanceM > domain::PositionCheck::kFarFromSiteM;
}

SiteGeometry::Distance SiteGeometry::distanceTo(double lat, double lon) const
{
    Distance result;
    auto consider = [&](const Point &point) {
        const double d = domain::Geodesy::haversineM(lat, lon, point.lat, point.lon);
        if (!result.distanceM || d < *result.distanceM) {
            result.distanceM = d;
            result.nearestOutletCode = point.outletCode;
        }
    };
    for (const Point &outlet : outlets)
        consider(outlet);
    if (enterprise)
        consider(*enterprise);
    return result;
}

std::optional<SiteGeometry::OutletOffset> SiteGeometry::outletOffset(
    const PositionSample &position, const QString &outletCode) const
{
    std::optional<OutletOffset> result;
    const Point *nearest = nullptr;
    double nearestM = 0;
    for (const Point &outlet : outlets) {
        const double d =
            domain::Geodesy::haversineM(position.lat, position.lon, outlet.lat, outlet.lon);
        if (outlet.outletCode == outletCode) {
            result = OutletOffset {};
            result->outletCode = outletCode;
            result->distanceM = d;
            result->limitM = domain::PositionCheck::outletOffsetLimitM(position.accuracyM);
            result->finding = d > result->limitM;
        }
        if (!nearest || d < nearestM) {
            nearest = &outlet;
            nearestM = d;
        }
    }
    // Named only when really nearer: two outlets at the same spot (a shared stack) are not
    // a wrong choice.
    if (result && nearest && nearest->outletCode != outletCode && nearestM < result->distanceM) {
        result->nearerCode = nearest->outletCode;
        result->nearerName = nearest->outletName;
        result->nearerDistanceM = nearestM;
    }
    return result;
}

} // namespace outfall::mobile
