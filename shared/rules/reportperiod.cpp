#include "rules/reportperiod.h"

#include "importer/reportperiod.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outfall::rules {

namespace {

constexpr qint64 kUnixEpochJulianDay = 2440588; // 1970-01-01

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// UTC midnight of a calendar day.
std::int64_t utcMidnight(QDate day)
{
    return (day.toJulianDay() - kUnixEpochJulianDay) * Cst::kDayMs;
}

QDate utcDateOf(std::int64_t ms)
{
    return QDate::fromJulianDay(floorDiv(ms, Cst::kDayMs) + kUnixEpochJulianDay);
}

int monthsIn(QStringView frequency)
{
    if (frequency == u"monthly")
        return 1;
    if (frequency == u"quarterly")
        return 3;
    if (frequency == u"semiannual")
        return 6;
    if (frequency == u"annual")
        return 12;
    return 0;
}

} // namespace

std::int64_t Span::distanceMs(std::int64_t ms) const
{
    if (ms < startMs)
        return startMs - ms;
    if (ms >= endMs)
        return ms - endMs + 1;
    return 0;
}

namespace Cst {

QDate dateOf(std::int64_t ms)
{
    return utcDateOf(ms + kOffsetMs);
}

std::int64_t startOf(QDate day)
{
    return utcMidnight(day) - kOffsetMs;
}

Span day(QDate day)
{
    return {startOf(day), startOf(day) + kDayMs};
}

Span days(QDate first, QDate lastInclusive)
{
    return {startOf(first), startOf(lastInclusive) + kDayMs};
}

Span month(int year, int month)
{
    const QDate first(year, month, 1);
    return {startOf(first), startOf(first.addMonths(1))};
}

QString text(std::int64_t ms)
{
    const std::int64_t local = ms + kOffsetMs;
    const std::int64_t inDay = local - floorDiv(local, kDayMs) * kDayMs;
    const int minutes = static_cast<int>(inDay / 60'000);
    return u"%1 %2:%3 CST"_s.arg(utcDateOf(local).toString(Qt::ISODate))
        .arg(minutes / 60, 2, 10, QChar(u'0'))
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

QString utcHour(std::int64_t ms)
{
    const std::int64_t inDay = ms - floorDiv(ms, kDayMs) * kDayMs;
    return u"%1T%2"_s.arg(utcDateOf(ms).toString(Qt::ISODate))
        .arg(static_cast<int>(inDay / kHourMs), 2, 10, QChar(u'0'));
}

} // namespace Cst

QString DateRange::label() const
{
    return first.toString(Qt::ISODate) + u'/' + last.toString(Qt::ISODate);
}

namespace ReportPeriod {

namespace {

DateRange executionRange(const QString &canonical, const QString &kind)
{
    const int year = QStringView(canonical).left(4).toInt();
    if (kind == u"annual")
        return {QDate(year, 1, 1), QDate(year, 12, 31)};
    if (kind == u"semiannual") {
        const int first = canonical.endsWith(u"H1") ? 1 : 7;
        return {QDate(year, first, 1), QDate(year, first, 1).addMonths(6).addDays(-1)};
    }
    if (kind == u"quarterly") {
        const int first = (canonical.back().digitValue() - 1) * 3 + 1;
        return {QDate(year, first, 1), QDate(year, first, 1).addMonths(3).addDays(-1)};
    }
    const QDate first(year, QStringView(canonical).mid(5, 2).toInt(), 1);
    return {first, first.addMonths(1).addDays(-1)};
}

} // namespace

Parsed parse(QStringView kind, QStringView text)
{
    Parsed parsed;
    const importer::ReportPeriod::Result result = importer::ReportPeriod::parse(kind, text);
    if (result.canonical.isEmpty()) {
        parsed.error = result.error;
        return parsed;
    }
    parsed.canonical = result.canonical;
    parsed.executionKind = result.executionKind;
    const QString &c = result.canonical;
    if (kind == u"cems_hour") {
        // Stored as the UTC hour: "2026-10-31T16" is 2026-11-01 00:00-01:00 CST.
        const QDate utcDay = QDate::fromString(c.left(10), Qt::ISODate);
        const std::int64_t start = utcMidnight(utcDay) + c.mid(11, 2).toInt() * Cst::kHourMs;
        parsed.span = {start, start + Cst::kHourMs};
        const QDate local = Cst::dateOf(start);
        parsed.days = {local, local};
    } else if (kind == u"execution_report") {
        parsed.days = executionRange(c, result.executionKind);
        parsed.span = parsed.days.span();
    } else if (kind == u"month_amount") {
        const QDate first = QDate::fromString(c + u"-01"_s, Qt::ISODate);
        parsed.days = {first, first.addMonths(1).addDays(-1)};
        parsed.span = parsed.days.span();
    } else {
        const QDate day = QDate::fromString(c, Qt::ISODate);
        parsed.days = {day, day};
        parsed.span = Cst::day(day);
    }
    parsed.ok = parsed.days.isValid();
    if (!parsed.ok)
        parsed.error = u"%1 is not a period of a %2 row"_s.arg(text.toString(), kind.toString());
    return parsed;
}

} // namespace ReportPeriod

namespace PeriodCalendar {

DateRange containing(QStringView frequency, QDate day)
{
    if (!day.isValid())
        return {};
    if (frequency == u"daily")
        return {day, day};
    if (frequency == u"weekly") {
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        return {monday, monday.addDays(6)};
    }
    const int months = monthsIn(frequency);
    if (months == 0)
        return {};
    const QDate first(day.year(), (day.month() - 1) / months * months + 1, 1);
    return {first, first.addMonths(months).addDays(-1)};
}

QList<DateRange> overlapping(QStringView frequency, QDate first, QDate last)
{
    QList<DateRange> result;
    if (!first.isValid() || !last.isValid())
        return result;
    for (DateRange period = containing(frequency, first); period.isValid() && period.first <= last;
         period = containing(frequency, period.last.addDays(1))) {
        result.append(period);
    }
    return result;
}

QString reportLabel(QStringView kind, const DateRange &period)
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

QDate dueDate(const DateRange &period, int dueDay, int dueMonthOffset)
{
    const QDate month = QDate(period.last.year(), period.last.month(), 1).addMonths(dueMonthOffset);
    return QDate(month.year(), month.month(), std::clamp(dueDay, 1, month.daysInMonth()));
}

} // namespace PeriodCalendar

} // namespace outfall::rules
