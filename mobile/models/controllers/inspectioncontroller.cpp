#include "models/controllers/inspectioncontroller.h"

#include "core/enterprisename.h"
#include "core/inspectionprogress.h"
#include "core/preferences.h"
#include "models/controllers/actionattempt.h"
#include "models/controllers/inspectionteamcontroller.h"
#include "models/controllers/measurementform.h"
#include "models/controllers/outletcheckcontroller.h"
#include "models/controllers/photocontroller.h"
#include "models/controllers/positioncontroller.h"
#include "models/controllers/signaturecontroller.h"
#include "models/lists/checklistmodel.h"
#include "models/lists/findinglistmodel.h"
#include "models/session/uilanguage.h"

#include <QDateTime>

#include <cmath>

using namespace Qt::StringLiterals;

namespace outfall::models {

InspectionController::InspectionController(AppSession *session, QObject *parent)
    : QObject(parent)
    , m_checklist(new ChecklistModel(session, this))
    , m_measurement(new MeasurementForm(session, this))
    , m_outletCheck(new OutletCheckController(session, this))
    , m_undeclaredOutlet(new OutletCheckController(session, this))
    , m_photoCapture(new PhotoController(session, this))
    , m_signatures(new SignatureController(session, this))
    , m_team(new InspectionTeamController(session, this))
    , m_findings(new FindingListModel(session, this))
{
    // Whatever a section records changes the progress and the missing list.
    connect(m_checklist, &ChecklistModel::recorded, this, &InspectionController::refresh);
    connect(m_measurement, &MeasurementForm::recorded, this, &InspectionController::refresh);
    connect(m_outletCheck, &OutletCheckController::recorded, this, &InspectionController::refresh);
    connect(
        m_undeclaredOutlet, &OutletCheckController::recorded, this, &InspectionController::refresh);
    connect(m_photoCapture, &PhotoController::recorded, this, &InspectionController::refresh);
    connect(m_photoCapture, &PhotoController::recorded, m_checklist, &ChecklistModel::reload);
    connect(m_signatures, &SignatureController::recorded, this, &InspectionController::refresh);
    connect(m_team, &InspectionTeamController::recorded, this, &InspectionController::refresh);
    connect(m_checklist, &ChecklistModel::languageChanged, this, &InspectionController::changed);
    setAppSession(session);
}

// The page's parts work on the page's session.
void InspectionController::sessionAttached()
{
    AppSession *session = appSession();
    for (SessionBound *part : std::initializer_list<SessionBound *> {m_checklist, m_measurement,
             m_outletCheck, m_undeclaredOutlet, m_photoCapture, m_signatures, m_team, m_findings})
        part->setAppSession(session);
}

QString InspectionController::enterpriseName() const
{
    return mobile::enterpriseName(m_enterpriseName, m_enterpriseNameEn, m_checklist->language());
}

void InspectionController::setPermitId(const QString &permitId)
{
    if (permitId == m_permitId)
        return;
    m_permitId = permitId;
    Q_EMIT permitIdChanged();
    QString resume;
    if (AppSession *app = appSession()) {
        for (const auto &summary : mobile::InspectionProgress(app->database()).list()) {
            if (summary.permitId == permitId && summary.status == u"in_progress") {
                resume = summary.id; // newest first
                break;
            }
        }
    }
    open(resume);
}

void InspectionController::setInspectionId(const QString &inspectionId)
{
    open(inspectionId);
}

void InspectionController::setPosition(PositionController *position)
{
    if (position == m_position)
        return;
    if (m_position)
        disconnect(m_position, nullptr, this, nullptr);
    m_position = position;
    if (position) {
        connect(position, &PositionController::positionChanged, this,
            &InspectionController::startBlockerChanged);
    }
    m_outletCheck->setPosition(position);
    m_undeclaredOutlet->setPosition(position);
    m_photoCapture->setPosition(position);
    m_measurement->setPosition(position);
    Q_EMIT positionChanged();
    Q_EMIT startBlockerChanged();
}

QString InspectionController::startBlocker() const
{
    return blockerFor(m_position ? m_position->sample() : std::nullopt);
}

QString InspectionController::blockerFor(const std::optional<mobile::PositionSample> &arrival) const
{
    if (m_permitId.isEmpty())
        return tr("Choose a permit first.");
    if (!m_position && !arrival)
        return tr("No position source: the arrival position cannot be recorded.");
    if (m_position && !m_position->valid() && !arrival)
        return tr("No position fix yet. Wait in the open until the GPS has a fix.");
    if (!arrival)
        return tr("The position has no stated accuracy, so it cannot prove where you are.");
    AppSession *app = appSession();
    const double threshold = app ? app->session().preferences().gpsAccuracyThresholdM()
                                 : mobile::Preferences::kDefaultGpsThresholdM;
    if (arrival->accuracyM > threshold)
        return tr("The position is accurate to %1 m only; %2 m or better is needed. Wait for a "
                  "better fix.")
            .arg(std::round(arrival->accuracyM))
            .arg(threshold);
    return {};
}

bool InspectionController::start(bool preIssuance)
{
    return startAt(m_position ? m_position->sample() : std::nullopt, preIssuance);
}

bool InspectionController::startAt(
    const std::optional<mobile::PositionSample> &arrival, bool preIssuance, bool farConfirmed)
{
    cancelFar();
    if (const QString blocker = blockerFor(arrival); !blocker.isEmpty()) {
        setError(blocker);
        return false;
    }
    QString started;
    QString error;
    QString far;
    const bool ok =
        attemptAskingFar(appSession(), error, far, [&](mobile::InspectionService &service) {
            started = service
                          .start(m_permitId,
                              preIssuance ? mobile::InspectionPhase::PreIssuance
                                          : mobile::InspectionPhase::PostIssuance,
                              *arrival, farConfirmed)
                          .inspectionId;
        });
    if (!far.isEmpty()) {
        // Not an error: a question. The page asks; confirmFar() starts with the same fix.
        m_farConfirmation = far;
        m_farArrival = arrival;
        m_farPreIssuance = preIssuance;
        Q_EMIT lastErrorChanged();
    }
    setError(error);
    if (ok)
        open(started);
    return ok;
}

bool InspectionController::confirmFar()
{
    if (m_farConfirmation.isEmpty() || !m_farArrival)
        return false;
    const auto arrival = m_farArrival;
    return startAt(arrival, m_farPreIssuance, true);
}

void InspectionController::cancelFar()
{
    m_farArrival.reset();
    if (m_farConfirmation.isEmpty())
        return;
    m_farConfirmation.clear();
    Q_EMIT lastErrorChanged();
}

bool InspectionController::submit()
{
    QString error;
    const bool ok = attemptAction(appSession(), error,
        [&](mobile::InspectionService &service) { service.submit(m_inspectionId); });
    refresh();
    if (!ok && !m_missing.isEmpty())
        error = tr("Not submitted. Still missing: %1.").arg(m_missing.join(u"; "_s));
    setError(error);
    return ok;
}

void InspectionController::open(const QString &inspectionId)
{
    m_inspectionId = inspectionId;
    m_checklist->setInspectionId(inspectionId);
    m_measurement->setInspectionId(inspectionId);
    m_outletCheck->setInspectionId(inspectionId);
    m_undeclaredOutlet->setInspectionId(inspectionId);
    m_undeclaredOutlet->setOutletCode({}); // not at a permitted outlet: no distance to one
    m_photoCapture->setInspectionId(inspectionId);
    m_signatures->setInspectionId(inspectionId);
    m_team->setInspectionId(inspectionId);
    refresh();
}

void InspectionController::refresh()
{
    std::optional<mobile::InspectionDetail> detail;
    if (AppSession *app = appSession(); app && !m_inspectionId.isEmpty())
        detail = mobile::InspectionProgress(app->database()).detail(m_inspectionId);
    const mobile::InspectionSummary summary =
        detail ? detail->summary : mobile::InspectionSummary();
    if (detail && m_permitId != summary.permitId) {
        m_permitId = summary.permitId;
        Q_EMIT permitIdChanged();
    }
    m_status = summary.status;
    m_permitNumber = summary.permitNumber;
    m_enterpriseName = summary.enterpriseName;
    m_enterpriseNameEn = summary.enterpriseNameEn;
    m_templateCode = summary.templateCode;
    m_answered = summary.itemsAnswered;
    m_total = summary.itemsTotal;
    m_measurements = summary.measurements;
    m_outletChecks = summary.outletChecks;
    m_photos = summary.photos;
    m_missing.clear();
    if (detail) {
        for (const QString &item : detail->missingForSubmission)
            m_missing.append(missingText(item));
    }
    m_signatures->reload(); // a correction elsewhere may have voided a signature
    m_team->reload(); // a signature closes the team and the production state
    // What was recorded may raise or clear a discrepancy: evaluated off this thread, once a
    // burst of records settles (FindingListModel).
    if (m_findings->inspectionId() != m_inspectionId)
        m_findings->setInspectionId(m_inspectionId);
    else
        m_findings->reload();
    m_summary = detail ? std::optional(summary) : std::nullopt;
    const QString previousState = m_state;
    m_state = detail ? summary.state() : QString();
    m_review = detail ? summary.review : QString();
    m_reviewComment = detail ? summary.reviewComment : QString();
    m_rejections.clear();
    if (AppSession *app = appSession(); app && detail)
        m_rejections = mobile::InspectionProgress(app->database()).rejections(m_inspectionId);
    Q_EMIT changed();
    if (AppSession *app = appSession(); app && detail && m_state != previousState)
        Q_EMIT app->inspectionsChanged();
    Q_EMIT startBlockerChanged();
}

namespace {

QString submittedText(const mobile::InspectionSummary &summary)
{
    return summary.submittedAt
        ? UiLanguage::dateTime(QDateTime::fromMSecsSinceEpoch(*summary.submittedAt, Qt::UTC))
        : QString();
}

} // namespace

QString InspectionController::stateText(const mobile::InspectionSummary &summary)
{
    const QString state = summary.state();
    if (state == u"in_progress")
        return tr("In progress: %1 of %2 answered")
            .arg(summary.itemsAnswered)
            .arg(summary.itemsTotal);
    if (state == u"needs_signing")
        return tr("Submitted, then corrected: both sign again");
    if (state == u"refused")
        return tr(
            "Refused: the server refused %n record(s); open it to see why", "", summary.rejected);
    if (state == u"returned")
        return tr("Returned by the supervisor: %1").arg(summary.reviewComment);
    if (state == u"approved")
        return tr("Approved by the supervisor");
    return summary.pendingSync ? tr("Submitted %1; waiting to sync").arg(submittedText(summary))
                               : tr("Submitted %1; sent to the server").arg(submittedText(summary));
}

QString InspectionController::stateText() const
{
    return m_summary ? stateText(*m_summary) : QString();
}

QString InspectionController::lockedReason() const
{
    if (!active() || m_status == u"in_progress")
        return {};
    if (m_review == u"returned")
        return tr("Returned by the supervisor to be amended: %1. Amend the record, sign again and "
                  "resubmit.")
            .arg(m_reviewComment);
    if (m_review == u"approved")
        return tr("Approved by the supervisor: the inspection is locked and cannot be changed.");
    return tr("Submitted: read only while it waits for the supervisor's review. If something "
              "must change, the supervisor returns it to you.");
}

QString InspectionController::submitBlocker() const
{
    if (!active())
        return tr("No inspection is open.");
    if (editable())
        return m_missing.isEmpty() ? QString()
                                   : tr("Still missing: %1.").arg(m_missing.join(u"; "_s));
    if (m_review == u"approved")
        return tr("Approved by the supervisor; nothing more to submit.");
    return tr("Submitted %1. It waits for the supervisor's review.")
        .arg(m_summary ? submittedText(*m_summary) : QString());
}

QString InspectionController::missingText(const QString &missing)
{
    // InspectionRecords::missingForSubmission's English phrases, said in the UI language.
    static const QString item = u"checklist item "_s;
    static const QString finding = u"note or photo for non-compliant item "_s;
    if (missing.startsWith(item))
        return tr("checklist item %1").arg(missing.mid(item.size()));
    if (missing.startsWith(finding))
        return tr("a note or a photo for non-compliant item %1").arg(missing.mid(finding.size()));
    static const QString member = u"signature of inspector "_s;
    if (missing.startsWith(member))
        return tr("the signature of inspector %1").arg(missing.mid(member.size()));
    if (missing == u"production state")
        return tr("the production state seen on site");
    if (missing == u"second inspector")
        return tr("a second inspector holding an enforcement certificate");
    if (missing == u"inspector signature")
        return tr("the inspector's signature");
    if (missing == u"representative signature or refusal")
        return tr("the representative's signature or refusal");
    return missing;
}

void InspectionController::setError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

} // namespace outfall::models
