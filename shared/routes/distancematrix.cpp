#include "routes/distancematrix.h"

#include "domain/geodesy.h"

namespace outfall::routes {

DistanceMatrix::DistanceMatrix(const GeoPoint &start, const std::vector<GeoPoint> &sites)
    : m_nodes(sites.size() + 1)
    , m_d(m_nodes * m_nodes, 0.0)
{
    std::vector<GeoPoint> points {start};
    points.insert(points.end(), sites.begin(), sites.end());
    for (std::size_t i = 0; i < m_nodes; ++i) {
        for (std::size_t j = i + 1; j < m_nodes; ++j) {
            const double metres = domain::Geodesy::haversineM(
                points[i].lat, points[i].lon, points[j].lat, points[j].lon);
            m_d[i * m_nodes + j] = metres;
            m_d[j * m_nodes + i] = metres;
        }
    }
}

double tourLength(const DistanceMatrix &d, const Tour &tour)
{
    double total = 0;
    std::size_t at = 0;
    for (const std::size_t next : tour) {
        total += d(at, next);
        at = next;
    }
    return total + d(at, 0);
}

} // namespace outfall::routes
