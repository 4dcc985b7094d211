#include "domain/oxygencorrection.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace outfall::domain::OxygenCorrection {

namespace {

void requireOxygen(double pct, const char *what)
{
    if (!std::isfinite(pct) || pct < 0.0 || pct >= 21.0)
        throw std::invalid_argument(
            std::string(what) + " oxygen must be 0 <= x < 21 %, not " + std::to_string(pct));
}

} // namespace

double correct(double measured, double o2MeasuredPct, double o2ReferencePct)
{
    if (!std::isfinite(measured) || measured < 0.0)
        throw std::invalid_argument(
            "measured concentration must be >= 0, not " + std::to_string(measured));
    requireOxygen(o2MeasuredPct, "measured");
    requireOxygen(o2ReferencePct, "reference");
    return measured * (21.0 - o2ReferencePct) / (21.0 - o2MeasuredPct);
}

} // namespace outfall::domain::OxygenCorrection
