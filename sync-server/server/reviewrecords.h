#pragma once

#include "store/inspectionreviewstate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <variant>

namespace outfall::store {
class Database;
}

namespace outfall::server {

// The server's side of inspection review (migration 0017; docs/schema.md "Review"): what
// supervisors list and read, and the decisions they record. A decision is a new
// inspection_review row, never changed, whose ref_row version this class writes itself (the
// table is made by a migration both roles run, so it cannot carry the server's change-capture
// triggers): it reaches the inspection's inspector at their next pull (scope permit, owner
// the inspector).
class ReviewRecords
{
public:
    enum class Decision { Approve, Return };
    struct Decided
    {
        QString reviewId;
        QString state; // the inspection's state after the decision
    };
    // Why a decision was refused (the inspection's state does not allow it).
    struct Refused
    {
        QString text;
    };

    explicit ReviewRecords(store::Database &db);

    // Inspections submitted at least once, newest submission first; of one state (submitted,
    // returned, approved) when `state` is not empty. At most `limit`.
    QJsonArray list(const QString &state, int limit) const;
    // Everything a supervisor reads before deciding: the inspection, its state and review
    // history, answers, findings, measurements, fixes, photos, signatures, team and the flags
    // whose evidence names its records. nullopt when there is no such inspection.
    std::optional<QJsonObject> show(const QString &inspectionId) const;
    // Records the decision, or says why the state does not allow it (approve and return
    // need state submitted; approval also needs the signatures in force). nullopt when
    // there is no such inspection.
    std::optional<std::variant<Decided, Refused>> decide(const QString &inspectionId,
        Decision decision, const QString &comment, const QString &actor, std::int64_t nowMs);

    static bool isState(const QString &state);

private:
    QJsonObject summary(
        const QString &inspectionId, const store::InspectionReviewState &state) const;
    QJsonArray rows(const QString &sql, const QString &inspectionId) const;
    // The permit's flags whose evidence names one of the inspection's records.
    QJsonArray flagsOf(const QString &inspectionId) const;

    store::Database &m_db;
};

} // namespace outfall::server
