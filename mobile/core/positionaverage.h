#pragma once

#include "core/positionsample.h"

#include <optional>
#include <span>

namespace outfall::mobile {

// Combines fixes of one spot into one (pure). Each fix is weighted by 1/accuracy², the
// inverse of its variance, so one good fix outweighs many poor ones; the combined accuracy
// is 1/sqrt(Σ 1/accuracy²). Combining combined fixes gives the same result as combining
// their readings at once, so repeated calls can be merged later.
//
// Fixes worse than the threshold are rejected (not averaged in: a 3 000 m fix would only
// blur the position); they are counted in `rejected`.
//
// The fixes of one spot must agree: `spreadM` is their 2-sigma radius (twice the root of the
// weighted mean squared distance from the average, "2DRMS"). Fixes taken while walking, or
// jumping between reflections, spread far wider than their stated accuracy; such a set is
// not `steady()` and is no position of one point. The limit is 3 × the fixes' RMS accuracy
// (at least 5 m): honest fixes stay inside it (a stated accuracy is about a 1-sigma radius,
// so their spread is about twice it), a receiver carried 20 m does not.
struct PositionAverage
{
    PositionSample position; // samples: the readings accepted
    int accepted = 0; // fixes used
    int rejected = 0; // fixes worse than the threshold
    double spreadM = 0; // 2-sigma radius of the accepted fixes around `position`
    double spreadLimitM = 0; // the most `spreadM` may be for these fixes' accuracy

    bool steady() const { return spreadM <= spreadLimitM; }

    static constexpr double kSpreadAccuracyFactor = 3.0;
    static constexpr double kMinSpreadLimitM = 5.0;

    // nullopt when no fix is within the threshold (or none was given). Every fix must be
    // usable (PositionSample::problem() empty); throws std::invalid_argument otherwise.
    static std::optional<PositionAverage> of(
        std::span<const PositionSample> fixes, double thresholdM);
};

} // namespace outfall::mobile
