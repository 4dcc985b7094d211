#pragma once

#include <algorithm>

namespace outfall::domain {

// Where a position was taken, judged by the rules the device shows as findings and the
// server applies to what it receives (docs/formats.md, "Position checks"). Metres.
namespace PositionCheck {

// An averaged outlet position farther than this from the outlet's permitted position is a
// finding (the outlet is not where the permit says, or the wrong outlet was checked): 50 m,
// or twice the position's accuracy when that is larger, so a poor fix alone never makes one.
inline constexpr double kOutletOffsetMinM = 50.0;
inline double outletOffsetLimitM(double accuracyM)
{
    return std::max(kOutletOffsetMinM, 2.0 * accuracyM);
}

// Farther than this from every outlet of the permit and from the enterprise's site, a
// position is not at the site: starting an inspection or recording evidence there needs the
// inspector's confirmation, and the record says it was far (far_from_site).
inline constexpr double kFarFromSiteM = 300.0;

} // namespace PositionCheck

} // namespace outfall::domain
