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
struct PositionAverage
{
    PositionSample position; // samples: the readings accepted
    int accepted = 0; // fixes used
    int rejected = 0; // fixes worse than the threshold

    // nullopt when no fix is within the threshold (or none was given). Every fix must be
    // usable (PositionSample::problem() empty); throws std::invalid_argument otherwise.
    static std::optional<PositionAverage> of(
        std::span<const PositionSample> fixes, double thresholdM);
};

} // namespace outfall::mobile
