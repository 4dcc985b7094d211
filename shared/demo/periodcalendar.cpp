#include "demo/periodcalendar.h"

using namespace Qt::StringLiterals;

namespace outfall::demo {

QString DateRange::label() const
{
    return first.toString(Qt::ISODate) + u'/' + last.toString(Qt::ISODate);
}

DateRange PeriodCalendar::containing(const QString &frequency, QDate day)
{
    if (frequency == u"daily")
        return {day, day};
    if (frequency == u"weekly") {
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        return {monday, monday.addDays(6)};
    }
    int months = 12;
    if (frequency == u"monthly")
        months = 1;
    else if (frequency == u"quarterly")
        months = 3;
    else if (frequency == u"semiannual")
        months = 6;
    const int firstMonth = (day.month() - 1) / months * months + 1;
    const QDate first(day.year(), firstMonth, 1);
    return {first, first.addMonths(months).addDays(-1)};
}

QList<DateRange> PeriodCalendar::periods(const QString &frequency, QDate first, QDate last)
{
    QList<DateRange> result;
    for (QDate day = first; day <= last;) {
        const DateRange whole = containing(frequency, day);
        result.append({std::max(whole.first, first), std::min(whole.last, last)});
        day = whole.last.addDays(1);
    }
    return result;
}

} // namespace outfall::demo
