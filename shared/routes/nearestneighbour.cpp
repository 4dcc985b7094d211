#include "routes/nearestneighbour.h"

namespace outfall::routes {

Tour nearestNeighbourTour(const DistanceMatrix &d)
{
    const std::size_t n = d.nodes();
    std::vector<bool> visited(n, false);
    Tour tour;
    tour.reserve(n - 1);
    std::size_t at = 0;
    for (std::size_t step = 1; step < n; ++step) {
        std::size_t best = 0;
        for (std::size_t j = 1; j < n; ++j) {
            if (!visited[j] && (best == 0 || d(at, j) < d(at, best)))
                best = j;
        }
        visited[best] = true;
        tour.push_back(best);
        at = best;
    }
    return tour;
}

} // namespace outfall::routes
