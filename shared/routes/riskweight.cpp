#include "routes/riskweight.h"

#include <algorithm>

namespace outfall::routes {

namespace {
constexpr int kDaysCap = 730;
}

std::int64_t riskWeight(int openFlags, int pastViolations, int daysSinceInspection)
{
    const std::int64_t days =
        daysSinceInspection < 0 ? kDaysCap : std::min(daysSinceInspection, kDaysCap);
    return 1000 + 1000 * std::int64_t(std::max(openFlags, 0))
        + 2000 * std::int64_t(std::max(pastViolations, 0)) + 1000 * days / 365;
}

} // namespace outfall::routes
