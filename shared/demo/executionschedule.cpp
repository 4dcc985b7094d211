#include "demo/executionschedule.h"

using namespace Qt::StringLiterals;

namespace outfall::demo {

QDate ExecutionSchedule::dueDate(const domain::ReportSchedule &entry, const DateRange &period)
{
    const QDate month =
        QDate(period.last.year(), period.last.month(), 1).addMonths(entry.dueMonthOffset);
    return QDate(month.year(), month.month(), std::min(entry.dueDay, month.daysInMonth()));
}

QString ExecutionSchedule::periodLabel(const QString &kind, const DateRange &period)
{
    const QString year = QString::number(period.first.year());
    if (kind == u"semiannual")
        return year + (period.first.month() <= 6 ? u"-H1"_s : u"-H2"_s);
    if (kind == u"quarterly")
        return year + u"-Q"_s + QString::number((period.first.month() - 1) / 3 + 1);
    if (kind == u"monthly")
        return period.first.toString(u"yyyy-MM"_s);
    return year;
}

QList<DuePeriod> ExecutionSchedule::duePeriods(
    const QList<domain::ReportSchedule> &schedule, QDate windowStart, QDate asOf)
{
    QList<DuePeriod> due;
    for (const domain::ReportSchedule &entry : schedule) {
        for (DateRange period = PeriodCalendar::containing(entry.kind, windowStart);
             period.first < asOf;
             period = PeriodCalendar::containing(entry.kind, period.last.addDays(1))) {
            const QDate dueOn = dueDate(entry, period);
            if (dueOn < asOf)
                due.append({entry.kind, periodLabel(entry.kind, period), period, dueOn});
        }
    }
    return due;
}

} // namespace outfall::demo
