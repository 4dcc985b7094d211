#include "routes/heldkarp.h"

#include <cstdint>
#include <limits>
#include <stdexcept>

namespace outfall::routes {

Tour heldKarpTour(const DistanceMatrix &d)
{
    const std::size_t n = d.nodes() - 1; // sites 1..n, bit (s − 1) of a mask
    if (n > kHeldKarpMaxSites)
        throw std::invalid_argument("Held-Karp is for at most 16 sites");
    if (n == 0)
        return {};
    const std::size_t masks = std::size_t(1) << n;
    constexpr double inf = std::numeric_limits<double>::infinity();
    // cost[mask·n + j]: the shortest walk from 0 through exactly the sites of mask, ending at
    // site j + 1 (which is in mask).
    std::vector<double> cost(masks * n, inf);
    std::vector<std::uint8_t> from(masks * n, 0);
    for (std::size_t j = 0; j < n; ++j)
        cost[(std::size_t(1) << j) * n + j] = d(0, j + 1);
    for (std::size_t mask = 1; mask < masks; ++mask) {
        for (std::size_t j = 0; j < n; ++j) {
            const double here = cost[mask * n + j];
            if (!(mask & (std::size_t(1) << j)) || here == inf)
                continue;
            for (std::size_t k = 0; k < n; ++k) {
                if (mask & (std::size_t(1) << k))
                    continue;
                const std::size_t next = mask | (std::size_t(1) << k);
                const double via = here + d(j + 1, k + 1);
                if (via < cost[next * n + k]) {
                    cost[next * n + k] = via;
                    from[next * n + k] = std::uint8_t(j);
                }
            }
        }
    }
    const std::size_t all = masks - 1;
    std::size_t end = 0;
    for (std::size_t j = 1; j < n; ++j) {
        if (cost[all * n + j] + d(j + 1, 0) < cost[all * n + end] + d(end + 1, 0))
            end = j;
    }
    Tour tour(n);
    std::size_t mask = all;
    for (std::size_t position = n; position-- > 0;) {
        tour[position] = end + 1;
        const std::size_t previous = from[mask * n + end];
        mask &= ~(std::size_t(1) << end);
        end = previous;
    }
    return tour;
}

} // namespace outfall::routes
