#pragma once

#include "store/inspectionreviewstate.h"
#include "sync/entityschema.h"
#include "sync/op.h"
#include "sync/protocolerror.h"

#include <QString>

#include <optional>

namespace outfall::server {

// The review part of an inspection's state machine, as the server enforces it on pushed ops
// (docs/protocol.md 4.3, "Review"). PushApplier asks it before its own checks of the
// in_progress → submitted → reviewed transitions:
//
// - submitted (waiting for a supervisor): no new record and no edit; only a supervisor's
//   status change goes on to PushApplier's checks;
// - returned: records and edits as while in progress; a resubmission names the return it
//   answers (inspection.answers_review_id) and then passes the checks of a submission;
// - approved: locked, every op is refused.
//
// Every refusal is INVALID_TRANSITION with a text that says why and what would allow it.
class InspectionWorkflow
{
public:
    struct Refusal
    {
        sync::ErrorCode code;
        QString text;
    };
    struct UpdateCheck
    {
        std::optional<Refusal> refused;
        bool resubmits = false; // answers the current return: check it as a submission
    };

    // A new record (answer, measurement, photo, signature, team member...) `row` of `entity`
    // under the inspection. A signed evidence record is not new content: it attests a row
    // the device already captured (or the submission itself, whose record follows the status
    // change in the same push); that row met the workflow on its own, and the record's
    // signature and chain are checked on admission (EvidenceAdmission). So it is never
    // refused here.
    static std::optional<Refusal> refuseRecord(const store::InspectionReviewState &state,
        const QString &inspectionId, sync::Entity entity, const QString &row);
    // An update of the inspection row itself.
    static UpdateCheck checkUpdate(const store::InspectionReviewState &state, const sync::Op &op);

private:
    static QString approvedText(const store::InspectionReviewState &state, const QString &id);
};

} // namespace outfall::server
