#pragma once

#include "routes/distancematrix.h"

namespace outfall::routes {

// The constructive start of a plan: from node 0, always to the nearest site not yet visited
// (ties to the lower node, so the tour is deterministic). O(n²).
Tour nearestNeighbourTour(const DistanceMatrix &d);

} // namespace outfall::routes
