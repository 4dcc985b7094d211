#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace outfall::store {

class Database;

// Where an inspection stands in its review (migration 0017; docs/schema.md "Review"),
// derived the same way on the server and on devices from inspection.status, the latest
// inspection_review decision and inspection.answers_review_id:
//
//   in_progress ──submit──▶ submitted ──return (comment)──▶ returned
//                              ▲  │                            │ amend, sign again
//                              │  └──approve──▶ approved       │
//                              └────────resubmit───────────────┘
//
// 'reviewed' (a supervisor's push of status reviewed, before 0017) reads as approved.
struct InspectionReviewState
{
    enum class Stage { InProgress, Submitted, Returned, Approved };

    Stage stage = Stage::InProgress;
    // The latest decision, when there is one (a resubmitted inspection keeps its return here).
    QString reviewId;
    QString decision; // approved / returned; empty without a decision
    QString comment;
    QString decidedBy;
    std::int64_t decidedAt = 0;

    // in_progress / submitted / returned / approved
    static QString name(Stage stage);
    QString name() const { return name(stage); }
    // Records may be added or corrected: being recorded, or returned to be amended.
    bool editable() const { return stage == Stage::InProgress || stage == Stage::Returned; }

    // nullopt when the store has no such inspection.
    static std::optional<InspectionReviewState> of(Database &db, const QString &inspectionId);
};

} // namespace outfall::store
