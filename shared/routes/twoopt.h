#pragma once

#include "routes/distancematrix.h"

namespace outfall::routes {

// 2-opt: reverses the stretch of the tour between two edges whenever that shortens it, until
// no reversal does (first improvement). Never makes the tour longer. Returns whether it
// changed the tour.
bool improveByTwoOpt(const DistanceMatrix &d, Tour &tour);

} // namespace outfall::routes
