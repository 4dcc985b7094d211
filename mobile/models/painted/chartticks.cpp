#include "models/painted/chartticks.h"

#include <algorithm>
#include <cmath>

namespace outfall::models::ChartTicks {

namespace {

// The smallest 1-2-5 step that covers `span` in at most `intervals` intervals.
double niceStep(double span, int intervals)
{
    const double raw = span / intervals;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double mantissa : {1.0, 2.0, 5.0, 10.0}) {
        if (mantissa * magnitude >= raw * (1 - 1e-9))
            return mantissa * magnitude;
    }
    return 10 * magnitude;
}

QDate firstOnOrAfter(const QDate &from, DateStep step)
{
    switch (step) {
    case DateStep::Day:
        return from;
    case DateStep::Week:
        return from.addDays((8 - from.dayOfWeek()) % 7); // Monday
    case DateStep::Month: {
        const QDate start(from.year(), from.month(), 1);
        return start < from ? start.addMonths(1) : start;
    }
    case DateStep::Quarter: {
        QDate start(from.year(), (from.month() - 1) / 3 * 3 + 1, 1);
        return start < from ? start.addMonths(3) : start;
    }
    case DateStep::Year: {
        const QDate start(from.year(), 1, 1);
        return start < from ? start.addYears(1) : start;
    }
    }
    return from;
}

QDate next(const QDate &date, DateStep step)
{
    switch (step) {
    case DateStep::Day:
        return date.addDays(1);
    case DateStep::Week:
        return date.addDays(7);
    case DateStep::Month:
        return date.addMonths(1);
    case DateStep::Quarter:
        return date.addMonths(3);
    case DateStep::Year:
        return date.addYears(1);
    }
    return date.addDays(1);
}

} // namespace

QList<double> values(double low, double high, int maxCount)
{
    maxCount = std::max(maxCount, 2);
    if (!(high > low))
        high = low + (low == 0 ? 1 : std::fabs(low) * 0.1);
    // Widen the step until the rounded-out ends fit in maxCount ticks.
    for (int intervals = maxCount - 1; intervals >= 1; --intervals) {
        const double step = niceStep(high - low, intervals);
        const double start = std::floor(low / step + 1e-9) * step;
        const double end = std::ceil(high / step - 1e-9) * step;
        const int count = static_cast<int>(std::lround((end - start) / step)) + 1;
        if (count <= maxCount) {
            QList<double> ticks;
            for (int i = 0; i < count; ++i) {
                const double tick = start + i * step;
                ticks.append(std::fabs(tick) < step * 1e-9 ? 0.0 : tick); // no "-0"
            }
            return ticks;
        }
    }
    return {low, high};
}

DateTicks dates(const QDate &first, const QDate &last, int maxCount)
{
    maxCount = std::max(maxCount, 1);
    for (const DateStep step :
        {DateStep::Day, DateStep::Week, DateStep::Month, DateStep::Quarter, DateStep::Year}) {
        DateTicks ticks {step, {}};
        for (QDate d = firstOnOrAfter(first, step); d.isValid() && d <= last; d = next(d, step)) {
            ticks.dates.append(d);
            if (ticks.dates.size() > maxCount)
                break;
        }
        if (ticks.dates.size() <= maxCount)
            return ticks;
    }
    return {DateStep::Year, {}};
}

} // namespace outfall::models::ChartTicks
