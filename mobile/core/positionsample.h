#pragma once

#include <QString>

namespace outfall::mobile {

// One WGS-84 fix as a receiver reports it: degrees, and the horizontal accuracy (metres,
// the radius the receiver states). A fix without a stated accuracy is not a position: the
// known failure of field tools is accepting 3 000 m fixes as if they were exact.
struct PositionSample
{
    double lat = 0;
    double lon = 0;
    double accuracyM = 0;
    int samples = 1; // readings the receiver already averaged into this one

    // Empty when usable, else the sentence saying what is wrong (range, accuracy ≤ 0, NaN).
    QString problem() const;
};

} // namespace outfall::mobile
