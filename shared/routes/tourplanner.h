#pragma once

#include "routes/distancematrix.h"

namespace outfall::routes {

// A team's travel order (docs/routes.md "Plan"): nearest neighbour from the start, and the
// draw order itself, each improved by 2-opt and Or-opt in turn until neither finds a shorter
// tour; the shorter of the two. Starting from the draw order too is what guarantees the plan
// is never longer than the order the sites were drawn in.
struct TourPlan
{
    Tour tour; // site nodes 1..n in visiting order
    double lengthM = 0;
    double drawOrderLengthM = 0; // the tour 1, 2, …, n (the draw order)
};

TourPlan planTour(const DistanceMatrix &d);

// 2-opt and Or-opt in turn until neither improves the tour.
void improveTour(const DistanceMatrix &d, Tour &tour);

} // namespace outfall::routes
