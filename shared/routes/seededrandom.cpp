#include "routes/seededrandom.h"

#include <stdexcept>

namespace outfall::routes {

std::uint64_t SeededRandom::below(std::uint64_t bound)
{
    if (bound == 0)
        throw std::invalid_argument("SeededRandom::below needs a bound of at least 1");
    // 2^64 mod bound, computed in 64 bits: (2^64 − bound) mod bound.
    const std::uint64_t rejectBelow = (0 - bound) % bound;
    std::uint64_t x = next();
    while (x < rejectBelow)
        x = next();
    return x % bound;
}

} // namespace outfall::routes
