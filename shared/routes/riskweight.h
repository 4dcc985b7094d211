#pragma once

#include <cstdint>

namespace outfall::routes {

// An enterprise's weight in a risk-weighted draw, in milli-units (docs/routes.md):
//   w = 1000 + 1000·open_flags + 2000·past_violations + 1000·min(days, 730) / 365
// where days is the time since its last submitted inspection (never inspected counts as 730)
// and the division is integer. A clean enterprise inspected today weighs 1 (1000); each open
// flag adds as much again, a confirmed violation twice that, two years unvisited two more.
// Integer arithmetic: the same weight on every machine.
std::int64_t riskWeight(int openFlags, int pastViolations, int daysSinceInspection);

} // namespace outfall::routes
