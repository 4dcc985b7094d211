#include "server/inspectionworkflow.h"

#include "sync/entityschema.h"

#include <QDateTime>

using namespace Qt::StringLiterals;
using outfall::store::InspectionReviewState;
using outfall::sync::EntitySchema;
using outfall::sync::ErrorCode;
using Stage = outfall::store::InspectionReviewState::Stage;

namespace outfall::server {

namespace {

std::uint8_t inspectionField(QStringView name)
{
    return EntitySchema::info(sync::Entity::Inspection).fieldNumber(name);
}

QString textOf(const sync::Op &op, std::uint8_t field)
{
    const auto *value = op.value(field);
    return value && value->type() == sync::FieldValue::Type::Text ? value->text() : QString();
}

QString waitingText(const QString &id)
{
    return u"inspection %1 is submitted and waits for a supervisor's review: nothing can be"
           u" added or changed unless the supervisor returns it"_s.arg(id);
}

} // namespace

QString InspectionWorkflow::approvedText(const InspectionReviewState &state, const QString &id)
{
    const QString by = state.decidedBy.isEmpty()
        ? QString()
        : u" by %1 on %2"_s.arg(state.decidedBy,
            QDateTime::fromMSecsSinceEpoch(state.decidedAt, Qt::UTC).toString(Qt::ISODate));
    return u"inspection %1 was approved%2 and is locked: nothing can be added or changed"_s.arg(
        id, by);
}

std::optional<InspectionWorkflow::Refusal> InspectionWorkflow::refuseRecord(
    const InspectionReviewState &state, const QString &inspectionId, sync::Entity entity,
    const QString &row)
{
    if (state.editable() || entity == sync::Entity::EvidenceRecord)
        return std::nullopt;
    const QString table = sync::EntitySchema::info(entity).table;
    const QString why = state.stage == Stage::Approved ? approvedText(state, inspectionId)
                                                       : waitingText(inspectionId);
    return Refusal {ErrorCode::InvalidTransition, u"%1 %2: %3"_s.arg(table, row, why)};
}

InspectionWorkflow::UpdateCheck InspectionWorkflow::checkUpdate(
    const InspectionReviewState &state, const sync::Op &op)
{
    const QString id = op.rowId.toText();
    const std::uint8_t statusField = inspectionField(u"status");
    const std::uint8_t answersField = inspectionField(u"answers_review_id");
    if (state.stage == Stage::Approved)
        return {Refusal {ErrorCode::InvalidTransition, approvedText(state, id)}};
    const QString status = textOf(op, statusField);
    if (const auto *answers = op.value(answersField); answers && !answers->isNull()) {
        const QString named = textOf(op, answersField);
        if (state.stage != Stage::Returned)
            return {Refusal {ErrorCode::InvalidTransition,
                u"inspection %1 is %2: there is no return to answer with a resubmission"_s.arg(
                    id, state.name())}};
        if (named != state.reviewId)
            return {Refusal {ErrorCode::InvalidTransition,
                u"inspection %1: the resubmission answers review %2, but the return in force is"
                u" %3; sync and resubmit"_s.arg(id, named, state.reviewId)}};
        if (!status.isEmpty() && status != u"submitted")
            return {Refusal {ErrorCode::InvalidTransition,
                u"inspection %1 is resubmitted with status %2; a resubmission is status"
                u" submitted"_s.arg(id, status)}};
        return {std::nullopt, true};
    }
    if (state.stage == Stage::Submitted) {
        for (const sync::Op::Field &field : op.fields) {
            if (field.number != statusField)
                return {Refusal {ErrorCode::InvalidTransition, waitingText(id)}};
        }
        return {};
    }
    if (state.stage == Stage::Returned && !status.isEmpty() && status != u"submitted")
        return {Refusal {ErrorCode::InvalidTransition,
            u"inspection %1 was returned to its inspector (%2): it can be %3 only after it is"
            u" amended and resubmitted"_s.arg(id, state.comment, status)}};
    return {};
}

} // namespace outfall::server
