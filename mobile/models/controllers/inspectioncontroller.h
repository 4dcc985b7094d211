#pragma once

#include "core/inspectionprogress.h"
#include "core/positionsample.h"
#include "models/controllers/positioncontroller.h"
#include "models/session/sessionbound.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace outfall::models {

class ChecklistModel;
class MeasurementForm;
class OutletCheckController;
class PhotoController;
class SignatureController;
class InspectionTeamController;
class FindingListModel;

// State of the Inspection page: the inspection open for a permit (resumed if one is in
// progress, else started on request with the current position), where it stands
// (answered/total, evidence counts, signatures) and what a submission still lacks. It hands
// the inspection to the section controllers and refreshes when one of them records.
//
// What can be done now, and why not (the page disables the rest and shows the reason):
// in progress, everything; submitted, it opens read only while it waits for a supervisor's
// review; returned, everything again, with the supervisor's comment (reviewComment) on top,
// until it is resubmitted (submit()); approved, read only for good.
class InspectionController : public QObject, public SessionBound
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_MOC_INCLUDE("models/lists/checklistmodel.h")
    Q_MOC_INCLUDE("models/controllers/measurementform.h")
    Q_MOC_INCLUDE("models/controllers/outletcheckcontroller.h")
    Q_MOC_INCLUDE("models/controllers/photocontroller.h")
    Q_MOC_INCLUDE("models/controllers/signaturecontroller.h")
    Q_MOC_INCLUDE("models/controllers/inspectionteamcontroller.h")
    Q_MOC_INCLUDE("models/lists/findinglistmodel.h")
    Q_PROPERTY(QString permitId READ permitId WRITE setPermitId NOTIFY permitIdChanged)
    Q_PROPERTY(outfall::models::PositionController *position READ position WRITE setPosition NOTIFY
            positionChanged)
    Q_PROPERTY(QString inspectionId READ inspectionId WRITE setInspectionId NOTIFY changed)
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(bool submitted READ submitted NOTIFY changed)
    Q_PROPERTY(QString permitNumber READ permitNumber NOTIFY changed)
    Q_PROPERTY(QString enterpriseName READ enterpriseName NOTIFY changed)
    Q_PROPERTY(QString templateCode READ templateCode NOTIFY changed)
    Q_PROPERTY(int answered READ answered NOTIFY changed)
    Q_PROPERTY(int total READ total NOTIFY changed)
    Q_PROPERTY(int measurements READ measurements NOTIFY changed)
    Q_PROPERTY(int outletChecks READ outletChecks NOTIFY changed)
    Q_PROPERTY(int photos READ photos NOTIFY changed)
    Q_PROPERTY(QStringList missing READ missing NOTIFY changed)
    // InspectionSummary::state(): in_progress, needs_signing, submitted, returned, approved,
    // refused.
    Q_PROPERTY(QString state READ state NOTIFY changed)
    // The supervisor's comment of the latest review decision (a return says what to amend);
    // empty without one.
    Q_PROPERTY(QString reviewComment READ reviewComment NOTIFY changed)
    // Records may be added and corrected: in progress, or returned for amendment.
    Q_PROPERTY(bool editable READ editable NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(bool newEvidenceAllowed READ newEvidenceAllowed NOTIFY changed)
    Q_PROPERTY(bool correctionsAllowed READ correctionsAllowed NOTIFY changed)
    Q_PROPERTY(bool signingAllowed READ signingAllowed NOTIFY changed)
    Q_PROPERTY(bool canSubmit READ canSubmit NOTIFY changed)
    // Why recording is not possible now (waiting for review, approved), or what a return
    // asks; empty while in progress.
    Q_PROPERTY(QString lockedReason READ lockedReason NOTIFY changed)
    Q_PROPERTY(QString submitBlocker READ submitBlocker NOTIFY changed)
    // Why the server refused records of this inspection ("refused"), one line each.
    Q_PROPERTY(QStringList rejections READ rejections NOTIFY changed)
    Q_PROPERTY(QString startBlocker READ startBlocker NOTIFY startBlockerChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // Non-empty while a start waits for the "far from the site" confirmation.
    Q_PROPERTY(QString farConfirmation READ farConfirmation NOTIFY lastErrorChanged)
    Q_PROPERTY(outfall::models::ChecklistModel *checklist READ checklist CONSTANT)
    Q_PROPERTY(outfall::models::MeasurementForm *measurement READ measurement CONSTANT)
    Q_PROPERTY(outfall::models::OutletCheckController *outletCheck READ outletCheck CONSTANT)
    // An undeclared outlet's own position capture and messages: its fixes are not the outlet
    // check's, and what it records or refuses is said beside its own Record button.
    Q_PROPERTY(
        outfall::models::OutletCheckController *undeclaredOutlet READ undeclaredOutlet CONSTANT)
    Q_PROPERTY(outfall::models::PhotoController *photoCapture READ photoCapture CONSTANT)
    Q_PROPERTY(outfall::models::SignatureController *signatures READ signatures CONSTANT)
    // The team and the production state: what the record states before signing.
    Q_PROPERTY(outfall::models::InspectionTeamController *team READ team CONSTANT)
    // This visit's discrepancies (provisional flags), read with the representative before
    // signing.
    Q_PROPERTY(outfall::models::FindingListModel *findings READ findings CONSTANT)

public:
    // The session: QML hands in its engine's (SessionBound); C++ passes it here.
    explicit InspectionController(AppSession *session = nullptr, QObject *parent = nullptr);

    QString permitId() const { return m_permitId; }
    // Resumes the newest inspection of the permit that is still in progress, if any.
    void setPermitId(const QString &permitId);
    PositionController *position() const { return m_position; }
    void setPosition(PositionController *position);

    QString inspectionId() const { return m_inspectionId; }
    // Opens an existing inspection (any status) and its permit.
    void setInspectionId(const QString &inspectionId);
    bool active() const { return !m_inspectionId.isEmpty(); }
    QString status() const { return m_status; }
    bool submitted() const { return active() && m_status != u"in_progress"; }
    QString permitNumber() const { return m_permitNumber; }
    // In the checklist's language (it follows UiLanguage).
    QString enterpriseName() const;
    QString templateCode() const { return m_templateCode; }
    int answered() const { return m_answered; }
    int total() const { return m_total; }
    int measurements() const { return m_measurements; }
    int outletChecks() const { return m_outletChecks; }
    int photos() const { return m_photos; }
    QStringList missing() const { return m_missing; }
    QString state() const { return m_state; }
    QString stateText() const;
    QString reviewComment() const { return m_reviewComment; }
    bool editable() const
    {
        return active() && (m_status == u"in_progress" || m_review == u"returned");
    }
    bool newEvidenceAllowed() const { return editable(); }
    bool correctionsAllowed() const { return editable(); }
    bool signingAllowed() const { return editable(); }
    // Submits, or resubmits a returned inspection.
    bool canSubmit() const { return editable() && m_missing.isEmpty(); }
    QString lockedReason() const;
    QString submitBlocker() const;
    QStringList rejections() const { return m_rejections; }
    // Why start() would be refused now (no fix, no stated accuracy, too inaccurate); empty
    // when it can start.
    QString startBlocker() const;
    QString lastError() const { return m_lastError; }
    QString farConfirmation() const { return m_farConfirmation; }

    ChecklistModel *checklist() const { return m_checklist; }
    MeasurementForm *measurement() const { return m_measurement; }
    OutletCheckController *outletCheck() const { return m_outletCheck; }
    OutletCheckController *undeclaredOutlet() const { return m_undeclaredOutlet; }
    PhotoController *photoCapture() const { return m_photoCapture; }
    SignatureController *signatures() const { return m_signatures; }
    InspectionTeamController *team() const { return m_team; }
    FindingListModel *findings() const { return m_findings; }

    // Starts an inspection of the permit with the current position as the arrival fix.
    Q_INVOKABLE bool start(bool preIssuance = false);
    // The same with a given arrival fix (nullopt: no fix). Far from the site it is refused
    // into farConfirmation unless farConfirmed.
    bool startAt(const std::optional<mobile::PositionSample> &arrival, bool preIssuance = false,
        bool farConfirmed = false);
    // Starts the start refused as far from the site, marked far (the same arrival fix).
    Q_INVOKABLE bool confirmFar();
    Q_INVOKABLE void cancelFar();
    // Refused with the missing items listed in `missing` and said in lastError.
    Q_INVOKABLE bool submit();
    Q_INVOKABLE void refresh();

    // Where an inspection stands, in the UI language (Today, the permit's history).
    static QString stateText(const mobile::InspectionSummary &summary);

    // One entry of the core's missing list in the UI language.
    static QString missingText(const QString &missing);

Q_SIGNALS:
    void permitIdChanged();
    void positionChanged();
    void changed();
    void startBlockerChanged();
    void lastErrorChanged();

private:
    void sessionAttached() override;
    QString blockerFor(const std::optional<mobile::PositionSample> &arrival) const;
    void open(const QString &inspectionId);
    void setError(const QString &error);

    QString m_permitId;
    QPointer<PositionController> m_position;
    QString m_inspectionId;
    QString m_status;
    QString m_permitNumber;
    QString m_enterpriseName;
    QString m_enterpriseNameEn;
    QString m_templateCode;
    int m_answered = 0;
    int m_total = 0;
    int m_measurements = 0;
    int m_outletChecks = 0;
    int m_photos = 0;
    QStringList m_missing;
    QString m_review; // InspectionSummary::review
    QString m_reviewComment;
    QString m_state;
    std::optional<mobile::InspectionSummary> m_summary;
    QStringList m_rejections;
    QString m_lastError;
    QString m_farConfirmation;
    std::optional<mobile::PositionSample> m_farArrival;
    bool m_farPreIssuance = false;
    ChecklistModel *m_checklist;
    MeasurementForm *m_measurement;
    OutletCheckController *m_outletCheck;
    OutletCheckController *m_undeclaredOutlet;
    PhotoController *m_photoCapture;
    SignatureController *m_signatures;
    InspectionTeamController *m_team;
    FindingListModel *m_findings;
};

} // namespace outfall::models
