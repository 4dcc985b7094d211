#include "core/positionsample.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace outfall::mobile {

QString PositionSample::problem() const
{
    if (!std::isfinite(lat) || lat < -90.0 || lat > 90.0)
        return u"latitude %1 is outside -90..90"_s.arg(lat);
    if (!std::isfinite(lon) || lon < -180.0 || lon > 180.0)
        return u"longitude %1 is outside -180..180"_s.arg(lon);
    // Zero would get infinite weight in an average; no receiver is exact.
    if (!std::isfinite(accuracyM) || accuracyM <= 0.0)
        return u"accuracy %1 m must be a positive number of metres"_s.arg(accuracyM);
    if (samples < 1)
        return u"a fix needs at least 1 sample, not %1"_s.arg(samples);
    return {};
}

} // namespace outfall::mobile
