#pragma once

#include <cstdint>
#include <random>

namespace outfall::routes {

// The draw's random numbers, the same on every machine for the same seed (docs/routes.md).
// std::mt19937_64's output for a seed is fixed by the C++ standard ([rand.predef]); the
// standard distributions are not (each library maps bits to ranges its own way), so the
// mapping to a range is ours: below().
class SeededRandom
{
public:
    explicit SeededRandom(std::uint64_t seed)
        : m_engine(seed)
    { }

    std::uint64_t next() { return m_engine(); }

    // Uniform in [0, bound), bound ≥ 1: draw x; while x < 2^64 mod bound, draw again; return
    // x mod bound. The values kept are a whole number of copies of [0, bound), so no
    // remainder is favoured.
    std::uint64_t below(std::uint64_t bound);

private:
    std::mt19937_64 m_engine;
};

} // namespace outfall::routes
