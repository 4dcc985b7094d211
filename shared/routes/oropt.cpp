#include "routes/oropt.h"

#include <algorithm>

namespace outfall::routes {

namespace {
constexpr double kEpsilonM = 1e-7;
} // namespace

bool improveByOrOpt(const DistanceMatrix &d, Tour &tour)
{
    const std::size_t n = tour.size();
    if (n < 3)
        return false;
    bool changed = false;
    bool improved = true;
    while (improved) {
        improved = false;
        for (std::size_t length = 1; length <= 3 && !improved; ++length) {
            for (std::size_t start = 0; start + length <= n && !improved; ++start) {
                // The run tour[start .. start+length−1], between prev and next.
                const std::size_t first = tour[start];
                const std::size_t last = tour[start + length - 1];
                const std::size_t prev = start == 0 ? 0 : tour[start - 1];
                const std::size_t next = start + length == n ? 0 : tour[start + length];
                const double removed = d(prev, first) + d(last, next) - d(prev, next);
                // The tour without the run; put it back between rest[k−1] and rest[k].
                Tour rest(tour.begin(), tour.begin() + std::ptrdiff_t(start));
                rest.insert(rest.end(), tour.begin() + std::ptrdiff_t(start + length), tour.end());
                for (std::size_t k = 0; k <= rest.size() && !improved; ++k) {
                    if (k == start)
                        continue; // where it was
                    const std::size_t u = k == 0 ? 0 : rest[k - 1];
                    const std::size_t v = k == rest.size() ? 0 : rest[k];
                    const double forward = d(u, first) + d(last, v) - d(u, v);
                    const double backward = d(u, last) + d(first, v) - d(u, v);
                    const bool reversed = backward < forward;
                    if (std::min(forward, backward) - removed < -kEpsilonM) {
                        Tour run(tour.begin() + std::ptrdiff_t(start),
                            tour.begin() + std::ptrdiff_t(start + length));
                        if (reversed)
                            std::reverse(run.begin(), run.end());
                        rest.insert(rest.begin() + std::ptrdiff_t(k), run.begin(), run.end());
                        tour = std::move(rest);
                        improved = changed = true;
                    }
                }
            }
        }
    }
    return changed;
}

} // namespace outfall::routes
