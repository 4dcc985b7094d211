#pragma once

#include "demo/demopermit.h"
#include "demo/periodcalendar.h"

#include <QList>

namespace outfall::demo {

struct DuePeriod
{
    QString kind; // annual / semiannual / quarterly / monthly
    QString period; // 2026, 2026-H1, 2026-Q3, 2026-07 (docs/formats.md)
    DateRange range;
    QDate dueOn;
};

// Which execution reports a permit owes: every period of each scheduled kind that
// overlaps the reported months and whose deadline has passed by asOf. A deadline is day
// due_day (clamped to the month's length) of the month due_month_offset months after the
// period's last month.
class ExecutionSchedule
{
public:
    static QList<DuePeriod> duePeriods(
        const QList<domain::ReportSchedule> &schedule, QDate windowStart, QDate asOf);
    static QDate dueDate(const domain::ReportSchedule &entry, const DateRange &period);
    static QString periodLabel(const QString &kind, const DateRange &period);
};

} // namespace outfall::demo
