#include "routes/twoopt.h"

#include <algorithm>

namespace outfall::routes {

namespace {
// Below this an "improvement" is rounding, and accepting it could loop for ever.
constexpr double kEpsilonM = 1e-7;
} // namespace

bool improveByTwoOpt(const DistanceMatrix &d, Tour &tour)
{
    const std::size_t n = tour.size();
    if (n < 3)
        return false;
    // node(k): the k-th stop of the closed walk 0, tour..., 0 (k = 0 and k = n + 1 are node 0).
    auto node = [&](std::size_t k) {
        return k == 0 || k == n + 1 ? std::size_t(0) : tour[k - 1];
    };
    bool changed = false;
    bool improved = true;
    while (improved) {
        improved = false;
        for (std::size_t i = 1; i < n && !improved; ++i) {
            for (std::size_t j = i + 1; j <= n && !improved; ++j) {
                // Replace edges (i−1, i) and (j, j+1) by (i−1, j) and (i, j+1).
                const double delta = d(node(i - 1), node(j)) + d(node(i), node(j + 1))
                    - d(node(i - 1), node(i)) - d(node(j), node(j + 1));
                if (delta < -kEpsilonM) {
                    std::reverse(
                        tour.begin() + std::ptrdiff_t(i - 1), tour.begin() + std::ptrdiff_t(j));
                    improved = changed = true;
                }
            }
        }
    }
    return changed;
}

} // namespace outfall::routes
