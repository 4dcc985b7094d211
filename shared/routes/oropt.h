#pragma once

#include "routes/distancematrix.h"

namespace outfall::routes {

// Or-opt: moves a run of 1, 2 or 3 consecutive sites to another place in the tour, forwards
// or reversed, whenever that shortens it, until no move does (first improvement). Never
// makes the tour longer. Returns whether it changed the tour.
bool improveByOrOpt(const DistanceMatrix &d, Tour &tour);

} // namespace outfall::routes
