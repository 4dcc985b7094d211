#pragma once

#include <optional>

namespace outfall::domain {

// How far a value lies beyond a limit (DOMAIN.md §2). A maximum-type limit is violated by a
// value above it, a minimum-type limit by a value below it, a range (pH 6–9) on either side.
struct Exceedance
{
    enum class Side { Max, Min };

    Side side = Side::Max; // the bound the percentage refers to
    // Max: (value − max) / max × 100; Min: (min − value) / min × 100. Positive is a
    // violation; zero or negative is within the limit (the headroom to that bound).
    double percent = 0.0;
    bool violation = false;

    // At least one of min and max is required. For a range the bound nearer the value's
    // side is used: min when value < min, else max. Throws std::invalid_argument without a
    // bound, with min ≥ max, or when the bound used is not > 0 (the percentage would divide
    // by zero).
    static Exceedance evaluate(double value, std::optional<double> min, std::optional<double> max);
};

} // namespace outfall::domain
