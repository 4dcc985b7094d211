#pragma once

#include "rules/permitsnapshot.h"
#include "rules/reportperiod.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace outfall::rules {

// One reported row with its period read once (rules/reportperiod.h).
struct ReportedRow
{
    const SnapshotReportedValue *row = nullptr;
    Span span; // UTC instants the period covers
    DateRange days; // the CST days
};

// A snapshot's reported rows (sample, cems_hour, cems_day, month_amount) grouped by outlet,
// pollutant and kind, each group in period order (then id, so the order never depends on the
// order the store returned them in). Rows whose period text does not parse are left out and
// counted; the importer never stores one.
class ReportedIndex
{
public:
    explicit ReportedIndex(const PermitSnapshot &snapshot);

    struct Series
    {
        QString outletId;
        QString pollutant;
    };
    // Every (outlet, pollutant) with reported rows, sorted.
    const QList<Series> &series() const { return m_series; }
    const QList<ReportedRow> &rows(
        const QString &outletId, const QString &pollutant, const QString &kind) const;
    // Every row of a kind, across outlets and pollutants, in period order.
    const QList<ReportedRow> &rowsOfKind(const QString &kind) const;

    // The CST days the permit's reported rows cover, from the first period's first day to
    // the last period's last day: what the store holds of this permit. Rules that count what
    // is missing (R5, R6, R7) judge only periods inside it, since before and after it the
    // store simply has nothing, which says nothing about the enterprise.
    std::optional<DateRange> window() const { return m_window; }
    int unreadable() const { return m_unreadable; }

private:
    static QString key(const QString &outletId, const QString &pollutant, const QString &kind);

    QHash<QString, QList<ReportedRow>> m_groups;
    QHash<QString, QList<ReportedRow>> m_byKind;
    QList<Series> m_series;
    std::optional<DateRange> m_window;
    int m_unreadable = 0;
};

} // namespace outfall::rules
