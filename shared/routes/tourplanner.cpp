#include "routes/tourplanner.h"

#include "routes/nearestneighbour.h"
#include "routes/oropt.h"
#include "routes/twoopt.h"

#include <numeric>

namespace outfall::routes {

void improveTour(const DistanceMatrix &d, Tour &tour)
{
    bool changed = true;
    while (changed) {
        const bool byTwoOpt = improveByTwoOpt(d, tour);
        const bool byOrOpt = improveByOrOpt(d, tour);
        changed = byTwoOpt || byOrOpt;
    }
}

TourPlan planTour(const DistanceMatrix &d)
{
    Tour drawOrder(d.nodes() - 1);
    std::iota(drawOrder.begin(), drawOrder.end(), std::size_t(1));
    TourPlan plan;
    plan.drawOrderLengthM = tourLength(d, drawOrder);

    Tour fromNeighbour = nearestNeighbourTour(d);
    improveTour(d, fromNeighbour);
    improveTour(d, drawOrder);
    const double neighbourLength = tourLength(d, fromNeighbour);
    const double drawLength = tourLength(d, drawOrder);
    if (neighbourLength <= drawLength) {
        plan.tour = std::move(fromNeighbour);
        plan.lengthM = neighbourLength;
    } else {
        plan.tour = std::move(drawOrder);
        plan.lengthM = drawLength;
    }
    return plan;
}

} // namespace outfall::routes
