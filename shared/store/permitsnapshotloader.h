#pragma once

#include "rules/permitsnapshot.h"
#include "store/statement.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>

namespace outfall::store {

class Database;

// Fills a rules::PermitSnapshot for one permit from a store of schema 0001/0002. The server
// and the device hold the same tables, so both use this loader: the server for authoritative
// evaluation, the device for provisional flags on what it holds.
//
// What it reads (DESIGN.md "Discrepancy rules"): the permit's terms (outlets, limits,
// monitoring, report schedule, execution reports), the reported rows of the window the rules
// need (ReportWindow) and the field records of the inspections started in that window, with
// corrections applied: a superseded measurement or photo is left out, and each checklist item
// of an inspection has its latest answer only.
class PermitSnapshotLoader
{
public:
    // The rules look back 13 months at most (R4's rolling 12 months, R5's periods, R14's
    // month) from the evaluation date, a date in China Standard Time.
    struct ReportWindow
    {
        QDate first; // first day of the month 13 months before asOf
        QDate last; // asOf
        // The same window as stored text and instants: periods p with
        // firstPeriod <= p < endPeriod, instants t with firstMs <= t < endMs.
        QString firstPeriod;
        QString endPeriod;
        std::int64_t firstMs = 0;
        std::int64_t endMs = 0;
    };
    static ReportWindow window(QDate asOf);

    explicit PermitSnapshotLoader(Database &db);

    // Nothing when the store has no permit with this id.
    std::optional<rules::PermitSnapshot> load(const QString &permitId, QDate asOf) const;

private:
    bool loadPermit(rules::PermitSnapshot &snapshot) const;
    void loadOutlets(rules::PermitSnapshot &snapshot) const;
    void loadSchedule(rules::PermitSnapshot &snapshot) const;
    void loadReported(rules::PermitSnapshot &snapshot, const ReportWindow &window) const;
    void loadInspections(rules::PermitSnapshot &snapshot, const ReportWindow &window) const;
    void loadMeasurements(rules::PermitSnapshot &snapshot, const ReportWindow &window) const;
    void loadFixes(rules::PermitSnapshot &snapshot, const ReportWindow &window) const;
    void loadPhotos(rules::PermitSnapshot &snapshot, const ReportWindow &window) const;
    void loadAnswers(rules::PermitSnapshot &snapshot, const ReportWindow &window) const;
    // A field record's rows of the permit's inspections in the window: the SELECT ends in
    // "inspection_id IN", this adds the inspections and the order.
    Statement fieldRecords(const QString &selectWhereInspectionIn, const QString &orderBy,
        const rules::PermitSnapshot &snapshot, const ReportWindow &window) const;

    Database &m_db;
};

} // namespace outfall::store
