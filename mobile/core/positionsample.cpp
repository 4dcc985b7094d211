#include "core/positionsample.h"

#include "core/actionrefused.h"

#include <cmath>

namespace outfall::mobile {

QString PositionSample::problem() const
{
    if (!std::isfinite(lat) || lat < -90.0 || lat > 90.0)
        return Refusal::tr("latitude %1 is outside -90..90").arg(lat);
    if (!std::isfinite(lon) || lon < -180.0 || lon > 180.0)
        return Refusal::tr("longitude %1 is outside -180..180").arg(lon);
    // Zero would get infinite weight in an average; no receiver is exact.
    if (!std::isfinite(accuracyM) || accuracyM <= 0.0)
        return Refusal::tr("accuracy %1 m must be a positive number of metres").arg(accuracyM);
    if (samples < 1)
        return Refusal::tr("a fix needs at least 1 sample, not %1").arg(samples);
    return {};
}

} // namespace outfall::mobile
