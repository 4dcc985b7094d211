#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace outfall::demo {

struct DateRange
{
    QDate first;
    QDate last; // inclusive

    // ISO 8601 interval, "2026-06-01/2026-06-30": how anomalies.json names a period.
    QString label() const;
    bool contains(QDate day) const { return day >= first && day <= last; }
    int days() const { return static_cast<int>(first.daysTo(last)) + 1; }
};

// Calendar periods of a monitoring frequency or report kind: days, Monday-to-Sunday
// weeks, months, quarters, half-years, years.
class PeriodCalendar
{
public:
    // The whole period of `frequency` that contains `day`.
    static DateRange containing(const QString &frequency, QDate day);
    // The periods that overlap [first, last], clipped to it: a sample required "monthly"
    // must be taken inside each of these.
    static QList<DateRange> periods(const QString &frequency, QDate first, QDate last);
};

} // namespace outfall::demo
