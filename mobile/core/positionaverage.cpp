#include "core/positionaverage.h"

#include "domain/geodesy.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace outfall::mobile {

std::optional<PositionAverage> PositionAverage::of(
    std::span<const PositionSample> fixes, double thresholdM)
{
    PositionAverage result;
    double weightSum = 0;
    double latSum = 0;
    double lonOffsetSum = 0;
    std::optional<double> lonOrigin;
    int samples = 0;
    for (const PositionSample &fix : fixes) {
        if (const QString problem = fix.problem(); !problem.isEmpty())
            throw std::invalid_argument(problem.toStdString());
        if (fix.accuracyM > thresholdM) {
            ++result.rejected;
            continue;
        }
        // Longitudes are averaged as offsets from the first, so fixes either side of the
        // antimeridian (179.9999 and -179.9999) average to 180, not to 0.
        if (!lonOrigin)
            lonOrigin = fix.lon;
        double offset = fix.lon - *lonOrigin;
        if (offset > 180.0)
            offset -= 360.0;
        else if (offset < -180.0)
            offset += 360.0;
        const double weight = 1.0 / (fix.accuracyM * fix.accuracyM);
        weightSum += weight;
        latSum += weight * fix.lat;
        lonOffsetSum += weight * offset;
        samples += fix.samples;
        ++result.accepted;
    }
    if (result.accepted == 0)
        return std::nullopt;
    result.position.samples = samples;
    result.position.lat = latSum / weightSum;
    double lon = *lonOrigin + lonOffsetSum / weightSum;
    if (lon > 180.0)
        lon -= 360.0;
    else if (lon < -180.0)
        lon += 360.0;
    result.position.lon = lon;
    result.position.accuracyM = 1.0 / std::sqrt(weightSum);

    // How far the accepted fixes lie from their average, and what their accuracy allows.
    double squaredDistanceSum = 0;
    double squaredAccuracySum = 0;
    for (const PositionSample &fix : fixes) {
        if (fix.accuracyM > thresholdM)
            continue;
        const double d =
            domain::Geodesy::haversineM(fix.lat, fix.lon, result.position.lat, result.position.lon);
        squaredDistanceSum += d * d / (fix.accuracyM * fix.accuracyM);
        squaredAccuracySum += fix.accuracyM * fix.accuracyM;
    }
    result.spreadM = 2.0 * std::sqrt(squaredDistanceSum / weightSum);
    result.spreadLimitM = std::max(
        kMinSpreadLimitM, kSpreadAccuracyFactor * std::sqrt(squaredAccuracySum / result.accepted));
    return result;
}

} // namespace outfall::mobile
