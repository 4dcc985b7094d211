#pragma once

#include "core/positionsample.h"

#include <QList>
#include <QString>

#include <optional>

namespace outfall::store {
class Database;
}

namespace outfall::mobile {

// Where a permit's site is: its current outlets' permitted positions and the enterprise's
// position (reference data), and how a position relates to them (domain::PositionCheck:
// the offset of an outlet check, far from the site). Pure once loaded.
struct SiteGeometry
{
    struct Point
    {
        QString outletCode; // empty for the enterprise's own position
        QString outletName;
        double lat = 0;
        double lon = 0;
    };
    QList<Point> outlets;
    std::optional<Point> enterprise;

    // The permit's current outlets and its enterprise's position; empty for an unknown permit.
    static SiteGeometry load(store::Database &db, const QString &permitId);

    // The nearest point of the site to a position.
    struct Distance
    {
        std::optional<double> distanceM; // nullopt: the permit has no position at all
        QString nearestOutletCode; // empty when the nearest is the enterprise's position
        // Beyond domain::PositionCheck::kFarFromSiteM from every point.
        bool far() const;
    };
    Distance distanceTo(double lat, double lon) const;

    // An outlet check: the position against the chosen outlet's permitted position.
    struct OutletOffset
    {
        QString outletCode;
        double distanceM = 0;
        double limitM = 0; // domain::PositionCheck::outletOffsetLimitM(accuracy)
        bool finding = false; // distanceM > limitM: not where the permit says
        // Another outlet of the permit nearer the position than the chosen one; empty when
        // the chosen outlet is the nearest.
        QString nearerCode;
        QString nearerName;
        double nearerDistanceM = 0;
    };
    // nullopt when the permit has no current outlet `outletCode`.
    std::optional<OutletOffset> outletOffset(
        const PositionSample &position, const QString &outletCode) const;
};

} // namespace outfall::mobile
