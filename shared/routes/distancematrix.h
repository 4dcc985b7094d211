#pragma once

#include <cstddef>
#include <vector>

namespace outfall::routes {

struct GeoPoint
{
    double lat = 0;
    double lon = 0;
};

// Great-circle (haversine) distances in metres between a start (node 0) and the sites
// (nodes 1..n): what the planners minimise.
class DistanceMatrix
{
public:
    DistanceMatrix(const GeoPoint &start, const std::vector<GeoPoint> &sites);

    std::size_t nodes() const { return m_nodes; } // sites + 1
    double operator()(std::size_t from, std::size_t to) const { return m_d[from * m_nodes + to]; }

private:
    std::size_t m_nodes;
    std::vector<double> m_d;
};

// A tour: the site nodes (1..n) in visiting order, leaving from node 0 and coming back to it
// (the inspectors' car returns to the office).
using Tour = std::vector<std::size_t>;

double tourLength(const DistanceMatrix &d, const Tour &tour);

} // namespace outfall::routes
