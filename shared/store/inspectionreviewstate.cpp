#include "store/inspectionreviewstate.h"

#include "store/database.h"

using namespace Qt::StringLiterals;

namespace outfall::store {

QString InspectionReviewState::name(Stage stage)
{
    switch (stage) {
    case Stage::InProgress:
        break;
    case Stage::Submitted:
        return u"submitted"_s;
    case Stage::Returned:
        return u"returned"_s;
    case Stage::Approved:
        return u"approved"_s;
    }
    return u"in_progress"_s;
}

std::optional<InspectionReviewState> InspectionReviewState::of(
    Database &db, const QString &inspectionId)
{
    // The latest decision by time; ids are UUIDv7, so the id breaks a tie in the same order.
    auto statement = db.cached(uR"(
        SELECT i.status, coalesce(i.answers_review_id, ''), coalesce(r.id, ''),
               coalesce(r.decision, ''), coalesce(r.comment, ''), coalesce(r.decided_by, ''),
               coalesce(r.decided_at, 0)
        FROM inspection i
        LEFT JOIN inspection_review r ON r.id = (
            SELECT id FROM inspection_review WHERE inspection_id = i.id
            ORDER BY decided_at DESC, id DESC LIMIT 1)
        WHERE i.id = ?)"_s);
    statement.bind(1, inspectionId);
    if (!statement.step())
        return std::nullopt;
    const QString status = statement.text(0);
    const QString answers = statement.text(1);
    InspectionReviewState state;
    state.reviewId = statement.text(2);
    state.decision = statement.text(3);
    state.comment = statement.text(4);
    state.decidedBy = statement.text(5);
    state.decidedAt = statement.int64(6);
    statement.reset();
    if (status == u"reviewed" || state.decision == u"approved")
        state.stage = Stage::Approved;
    else if (state.decision == u"returned" && answers != state.reviewId)
        state.stage = Stage::Returned;
    else if (status == u"in_progress")
        state.stage = Stage::InProgress;
    else
        state.stage = Stage::Submitted;
    return state;
}

} // namespace outfall::store
