#pragma once

#include <QPointF>

#include <cmath>

namespace outfall::models {

// What a tap hits on a painted item (the map's outlets, the chart's points): the index of the
// point nearest to `at` within `radius` px, else -1. `positionOf(i)` is where point i is drawn.
template<typename PositionOf>
int nearestWithin(int count, const QPointF &at, double radius, PositionOf positionOf)
{
    int best = -1;
    double bestDistance = radius;
    for (int i = 0; i < count; ++i) {
        const QPointF delta = positionOf(i) - at;
        const double distance = std::hypot(delta.x(), delta.y());
        if (distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace outfall::models
