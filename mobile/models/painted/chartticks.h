#pragma once

#include <QDate>
#include <QList>

namespace outfall::models {

// Round axis ticks for the reported-values chart, so an inspector reads 0, 20, 40 mg/Nm3 and
// 1 Sep, 1 Oct rather than 0, 17.3, 34.6 and arbitrary days.
namespace ChartTicks {

// Ticks of a value axis covering [low, high]: multiples of 1, 2 or 5 × 10^k, the first at or
// below `low`, the last at or above `high`, at most `maxCount` of them (at least 2).
QList<double> values(double low, double high, int maxCount);

enum class DateStep { Day, Week, Month, Quarter, Year };

struct DateTicks
{
    DateStep step = DateStep::Day;
    QList<QDate> dates; // within [first, last], on the step's boundaries
};

// Ticks of a date axis within [first, last] on calendar boundaries: every day, every Monday,
// the 1st of every month, of every quarter (Jan, Apr, Jul, Oct) or of every year — the finest
// step that gives at most `maxCount` ticks.
DateTicks dates(const QDate &first, const QDate &last, int maxCount);

} // namespace ChartTicks

} // namespace outfall::models
