#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace outfall::rules {

// Time for the rules (DESIGN.md "Discrepancy rules"): storage is UTC, periods are in China
// Standard Time. An instant is ms since the Unix epoch, UTC. China has kept UTC+8 all year
// since 1992, so CST is a fixed offset here, not a time-zone lookup.

// A half-open span of instants [startMs, endMs).
struct Span
{
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;

    bool contains(std::int64_t ms) const { return ms >= startMs && ms < endMs; }
    bool overlaps(const Span &other) const
    {
        return startMs < other.endMs && other.startMs < endMs;
    }
    // 0 inside, else how far `ms` lies outside the span.
    std::int64_t distanceMs(std::int64_t ms) const;
    bool operator==(const Span &) const = default;
};

namespace Cst {

inline constexpr std::int64_t kHourMs = 3'600'000;
inline constexpr std::int64_t kDayMs = 24 * kHourMs;
inline constexpr std::int64_t kOffsetMs = 8 * kHourMs; // UTC+8

// The CST calendar day an instant falls on.
QDate dateOf(std::int64_t ms);
// The instant a CST day starts (00:00 CST = 16:00 UTC the day before).
std::int64_t startOf(QDate day);
Span day(QDate day);
Span days(QDate first, QDate lastInclusive);
Span month(int year, int month);
// "2026-11-01 00:30 CST": how flags write an instant for a person.
QString text(std::int64_t ms);
// The UTC hour an instant falls in, as stored: "2026-10-31T16".
QString utcHour(std::int64_t ms);

} // namespace Cst

// An inclusive range of CST calendar days: a monitoring or report period.
struct DateRange
{
    QDate first;
    QDate last; // inclusive

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    bool contains(QDate day) const { return day >= first && day <= last; }
    bool containsRange(const DateRange &other) const
    {
        return other.first >= first && other.last <= last;
    }
    qint64 days() const { return first.daysTo(last) + 1; }
    Span span() const { return Cst::days(first, last); }
    // ISO 8601 interval "2026-06-01/2026-06-30", as anomalies.json names a range.
    QString label() const;
    bool operator==(const DateRange &) const = default;
};

// The stored period texts of reported rows and execution reports (schema 0001,
// docs/formats.md "Reported data"), as instants. Validation and canonical form come from the
// importer (importer/reportperiod.h), which wrote them: a stored text always parses, an
// offset form ("2026-10-31T00:00+08:00") is read as the UTC hour it names.
namespace ReportPeriod {

struct Parsed
{
    bool ok = false;
    QString error; // why not, when !ok
    QString canonical; // the stored form ("2026-10-31T16" for an hour)
    Span span; // [start, end) in UTC
    // The CST days the period covers: one day for a sample, cems_day or cems_hour (the day
    // its hour starts in), the month, quarter... for the others.
    DateRange days;
    QString executionKind; // execution_report: annual, semiannual, quarterly, monthly
};

// kind: sample, cems_hour, cems_day, month_amount, execution_report.
Parsed parse(QStringView kind, QStringView text);

} // namespace ReportPeriod

// Calendar periods of a monitoring frequency or a report kind, in CST days: days,
// Monday-to-Sunday weeks, months, quarters, half-years, years (HJ 819 frequencies; the same
// calendar the demo generator plants against).
namespace PeriodCalendar {

// The whole period of `frequency` containing `day`: daily, weekly, monthly, quarterly,
// semiannual, annual (report kinds use the same words). Invalid for an unknown frequency
// (continuous has no period).
DateRange containing(QStringView frequency, QDate day);
// The whole periods of `frequency` that overlap [first, last], in order.
QList<DateRange> overlapping(QStringView frequency, QDate first, QDate last);
// The execution report label of a period: "2026", "2026-H1", "2026-Q3", "2026-07".
QString reportLabel(QStringView kind, const DateRange &period);
// The due date of a report for `period` (permit report schedule): day `dueDay` of the month
// `dueMonthOffset` months after the period's last month, clamped to the month's length.
QDate dueDate(const DateRange &period, int dueDay, int dueMonthOffset);

} // namespace PeriodCalendar

} // namespace outfall::rules
