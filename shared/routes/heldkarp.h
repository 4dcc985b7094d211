#pragma once

#include "routes/distancematrix.h"

namespace outfall::routes {

// The exact shortest tour by Held–Karp dynamic programming, O(2^n · n²) time and O(2^n · n)
// memory: for measuring the heuristic on small instances, not for planning.
inline constexpr std::size_t kHeldKarpMaxSites = 16;

// Throws std::invalid_argument above kHeldKarpMaxSites sites.
Tour heldKarpTour(const DistanceMatrix &d);

} // namespace outfall::routes
