#pragma once

#include "rules/permitsnapshot.h"
#include "rules/reportperiod.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace outfall::rules {

// One reported row with its period read once (rules/reportperiod.h) and what every rule asks
// of it decided once.
struct ReportedRow
{
    const SnapshotReportedValue *row = nullptr;
    Span span; // UTC instants the period covers
    DateRange days; // the CST days
    // Data (rules/rulesupport.h isValid): validity valid, a value, no no-data code.
    bool valid = false;
    // Reports no discharge: validity shutdown or the no-data code C.
    bool noDischarge = false;
};

// A snapshot's reported rows (sample, cems_hour, cems_day, month_amount) grouped by outlet,
// pollutant and kind, each group in period order (then id, so the order never depends on the
// order the store returned them in). Rows whose period text does not parse are left out and
// counted; the importer never stores one. Built once an evaluation (reportedIndex()), it is
// where evaluating ten million reported values spends its time, hence the care.
class ReportedIndex
{
public:
    explicit ReportedIndex(const PermitSnapshot &snapshot);

    enum Kind { Sample, CemsHour, CemsDay, MonthAmount, KindCount };
    static std::optional<Kind> kindOf(const QString &kind);

    struct Series
    {
        QString outletId;
        QString pollutant;
    };
    // Every (outlet, pollutant) with reported rows, sorted.
    QList<Series> series() const;
    std::span<const ReportedRow> rows(
        const QString &outletId, const QString &pollutant, Kind kind) const;
    std::span<const ReportedRow> rows(
        const QString &outletId, const QString &pollutant, const QString &kind) const;

    // The rows of one CST day of a series, by kind. A day is listed when it has any hour, day
    // or sample row.
    struct DayRows
    {
        QDate day;
        std::span<const ReportedRow> hours;
        std::span<const ReportedRow> days;
        std::span<const ReportedRow> samples;
    };
    // The days of a series in order.
    QList<DayRows> byDay(const QString &outletId, const QString &pollutant) const;

    // The CST days the permit's reported rows cover, from the first period's first day to
    // the last period's last day: what the store holds of this permit. Rules that count what
    // is missing (R5, R6, R7) judge only periods inside it, since before and after it the
    // store simply has nothing, which says nothing about the enterprise.
    std::optional<DateRange> window() const { return m_window; }
    int unreadable() const { return m_unreadable; }

private:
    struct Group
    {
        QString outletId;
        QString pollutant;
        QList<ReportedRow> rows[KindCount];
    };
    const Group *group(const QString &outletId, const QString &pollutant) const;

    QList<Group> m_groups;
    QHash<QString, QHash<QString, qsizetype>> m_groupIndex; // outlet → pollutant → m_groups
    std::optional<DateRange> m_window;
    int m_unreadable = 0;
};

} // namespace outfall::rules
