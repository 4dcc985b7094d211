#include "core/positionsample.h"

#include "core/actionrefused.h"
#include "domain/measuredrange.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace outfall::mobile {

QString PositionSample::problem() const
{
    using domain::MeasuredRange;
    if (!MeasuredRange::latitude().contains(lat))
        return Refusal::tr("latitude %1 is outside -90..90").arg(MeasuredRange::number(lat));
    if (!MeasuredRange::longitude().contains(lon))
        return Refusal::tr("longitude %1 is outside -180..180").arg(MeasuredRange::number(lon));
    // Zero would get infinite weight in an average; no receiver is exact. Beyond 100 km a
    // fix says nothing about where it was taken.
    const auto range = MeasuredRange::accuracyM();
    if (!std::isfinite(accuracyM) || accuracyM <= range.min)
        return Refusal::tr("accuracy %1 m must be a positive number of metres").arg(accuracyM);
    if (!range.contains(accuracyM))
        return Refusal::tr("accuracy %1 m is more than %2 m: a fix that poor says nothing about"
                           " where it was taken")
            .arg(MeasuredRange::number(accuracyM), MeasuredRange::number(range.max));
    if (samples < 1)
        return Refusal::tr("a fix needs at least 1 sample, not %1").arg(samples);
    return {};
}

} // namespace outfall::mobile
