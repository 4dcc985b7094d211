#include "domain/exceedance.h"

#include <stdexcept>

namespace outfall::domain {

Exceedance Exceedance::evaluate(double value, std::optional<double> min, std::optional<double> max)
{
    if (!min && !max)
        throw std::invalid_argument("a limit needs a minimum or a maximum");
    if (min && max && !(*min < *max))
        throw std::invalid_argument("a range limit needs min < max");
    Exceedance result;
    const bool belowMin = min && value < *min;
    const double bound = (belowMin || !max) ? *min : *max;
    if (!(bound > 0.0))
        throw std::invalid_argument("an exceedance percentage needs a limit > 0");
    if (belowMin || !max) {
        result.side = Side::Min;
        result.percent = (bound - value) / bound * 100.0;
        result.violation = value < bound;
    } else {
        result.side = Side::Max;
        result.percent = (value - bound) / bound * 100.0;
        result.violation = value > bound;
    }
    return result;
}

} // namespace outfall::domain
