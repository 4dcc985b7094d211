#include "models/controllers/synccontroller.h"

#include "core/devicesession.h"
#include "core/devicestatus.h"
#include "models/session/appsession.h"
#include "models/session/uilanguage.h"

#include <QLocale>

#include <algorithm>
#include <exception>

using namespace Qt::StringLiterals;

namespace outfall::models {

SyncWorker::SyncWorker(QString profileDir, mobile::SyncJob job)
    : m_profileDir(std::move(profileDir))
    , m_job(std::move(job))
{ }

void SyncWorker::run()
{
    mobile::SyncOutcome outcome;
    try {
        // A session of this thread's own: DeviceSession is not thread-safe.
        mobile::DeviceSession session(m_profileDir);
        outcome = mobile::runSyncAttempt(
            session, m_job, [this](double value) { Q_EMIT progress(value); });
    } catch (const std::exception &e) {
        // The profile itself could not be opened: there is no log to record it in.
        outcome = {mobile::SyncOutcome::Problem::Failed, QString::fromUtf8(e.what())};
    }
    Q_EMIT finished(static_cast<int>(outcome.problem), outcome.detail);
}

SyncController *SyncController::create(QQmlEngine *engine, QJSEngine *)
{
    AppSession *session = AppSession::of(engine);
    Q_ASSERT_X(session, "SyncController::create", "provide the engine a session before QML");
    return new SyncController(*session, mobile::SyncJobs::network);
}

SyncController::SyncController(AppSession &session, mobile::SyncJob job, QObject *parent)
    : SyncController(session.profileDir(), std::move(job), parent)
{
    m_session = &session;
}

SyncController::SyncController(const QString &profileDir, mobile::SyncJob job, QObject *parent)
    : QObject(parent)
    , m_profileDir(profileDir)
    , m_worker(new SyncWorker(profileDir, std::move(job)))
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::progress, this, &SyncController::onProgress);
    connect(m_worker, &SyncWorker::finished, this, &SyncController::onFinished);
    m_thread.setObjectName(u"sync"_s);
    m_thread.start();
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncController::syncNow);
    // Said again in a new UI language: the error, what happens next and the times.
    connect(&UiLanguage::instance(), &UiLanguage::changed, this, [this] {
        explain(m_problem, m_problemDetail);
        Q_EMIT statusChanged();
    });
    refresh();
    // A failure logged before a restart is retried like a fresh one.
    if (m_state == Error) {
        scheduleRetry(mobile::SyncOutcome::Problem::Failed);
        explain(mobile::SyncOutcome::Problem::Failed, m_loggedError);
    }
}

SyncController::~SyncController()
{
    // An attempt in flight finishes first: its outcome is recorded in the profile.
    m_thread.quit();
    m_thread.wait();
}

bool SyncController::syncNow()
{
    if (m_state == Syncing || m_profileDir.isEmpty())
        return false;
    m_state = Syncing;
    m_progress = 0;
    Q_EMIT stateChanged();
    Q_EMIT progressChanged();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::run, Qt::QueuedConnection);
    return true;
}

void SyncController::onProgress(double value)
{
    m_progress = std::clamp(value, 0.0, 1.0);
    Q_EMIT progressChanged();
}

void SyncController::onFinished(int problem, const QString &detail)
{
    const auto kind = static_cast<mobile::SyncOutcome::Problem>(problem);
    m_state = Idle; // refresh() reads the recorded outcome
    refresh();
    m_state = kind == mobile::SyncOutcome::Problem::None ? Idle : Error;
    m_progress = m_state == Idle ? 1.0 : m_progress;
    scheduleRetry(kind);
    explain(kind, detail);
    Q_EMIT progressChanged();
    Q_EMIT stateChanged();
    Q_EMIT statusChanged();
    Q_EMIT finished(m_state == Idle);
    // The attempt wrote through its own connection: the pages read the store again (a route
    // pulled after enrolment, a review's outcome). Without this Today stayed empty after the
    // first sync until the app restarted (found by scripts/xday).
    if (m_session)
        Q_EMIT m_session->dataChanged();
}

void SyncController::setRetryPolicy(
    std::chrono::milliseconds first, std::chrono::milliseconds longest)
{
    m_firstRetry = first;
    m_longestRetry = longest;
}

void SyncController::scheduleRetry(mobile::SyncOutcome::Problem problem)
{
    using Problem = mobile::SyncOutcome::Problem;
    if (problem == Problem::Unreachable || problem == Problem::Failed) {
        m_retryDelay =
            m_retryDelay.count() == 0 ? m_firstRetry : std::min(m_retryDelay * 2, m_longestRetry);
        m_retry.start(m_retryDelay);
        m_nextRetryAt = QDateTime::currentDateTimeUtc().addMSecs(m_retryDelay.count());
        return;
    }
    // Done, or waiting for the inspector: no automatic attempt.
    m_retryDelay = std::chrono::milliseconds(0);
    m_retry.stop();
    m_nextRetryAt = QDateTime();
}

QDateTime SyncController::nextRetry() const
{
    return m_retry.isActive() ? m_nextRetryAt : QDateTime();
}

void SyncController::refresh()
{
    if (m_profileDir.isEmpty())
        return;
    try {
        mobile::DeviceSession session(m_profileDir);
        const mobile::DeviceStatus status = mobile::DeviceStatus::read(session);
        m_pendingOps = static_cast<int>(status.pendingOps);
        m_pendingPhotoBytes = status.pendingPhotoBytes;
        m_rejections = static_cast<int>(status.rejections);
        m_lastRejection = status.lastRejection;
        m_stuckPhotos = static_cast<int>(status.stuckPhotos);
        m_lastSync = status.sync.lastSuccessAt
            ? QDateTime::fromMSecsSinceEpoch(*status.sync.lastSuccessAt, Qt::UTC)
            : QDateTime();
        if (m_state != Syncing) {
            // After a restart only the logged sentence is known.
            m_loggedError = status.sync.lastError;
            const bool failed = !m_loggedError.isEmpty();
            if (failed && m_lastError.isEmpty())
                explain(mobile::SyncOutcome::Problem::Failed, status.sync.lastError);
            if (!failed) {
                m_lastError.clear();
                m_nextStep.clear();
            }
            m_state = failed ? Error : Idle;
        }
    } catch (const std::exception &e) {
        explain(mobile::SyncOutcome::Problem::Failed, QString::fromUtf8(e.what()));
    }
    Q_EMIT statusChanged();
    Q_EMIT stateChanged();
}

QString SyncController::retrying() const
{
    const QString retry = tr("Outfall will retry when the server is reachable.");
    if (!m_retry.isActive())
        return retry;
    return retry + u' ' + tr("Next attempt at %1.").arg(UiLanguage::time(m_nextRetryAt));
}

void SyncController::explain(mobile::SyncOutcome::Problem problem, const QString &detail)
{
    using Problem = mobile::SyncOutcome::Problem;
    m_problem = problem;
    m_problemDetail = detail;
    const QString kept =
        tr("Nothing is lost: your records stay on this tablet until the server confirms them.");
    switch (problem) {
    case Problem::None:
        m_lastError.clear();
        m_nextStep.clear();
        return;
    case Problem::NotEnrolled:
        m_lastError = tr("This tablet is not enrolled with a server yet.");
        m_nextStep =
            tr("Enrol it with the code from your supervisor, then sync again.") + u' ' + kept;
        return;
    case Problem::NoServer:
        m_lastError = tr("No sync server is configured.");
        m_nextStep = tr("Set the server address in Settings, then sync again.") + u' ' + kept;
        return;
    case Problem::Unreachable:
        m_lastError = tr("The server could not be reached (%1).").arg(detail);
        m_nextStep = retrying() + u' ' + kept;
        return;
    case Problem::KeyRefused:
        m_lastError = tr("The server refused this tablet's key: the tablet was revoked or is not"
                         " enrolled with this server.");
        m_nextStep = tr("Ask your supervisor to enrol this tablet again.") + u' ' + kept;
        return;
    case Problem::Rejected:
        m_lastError = tr("The server refused this tablet (%1).").arg(detail);
        m_nextStep = tr("Ask your supervisor to check the enrolment.") + u' ' + kept;
        return;
    case Problem::Failed:
        m_lastError = tr("The last sync failed: %1.").arg(detail);
        m_nextStep = retrying() + u' ' + kept;
        return;
    }
}

QString SyncController::lastSyncText() const
{
    if (!m_lastSync.isValid())
        return tr("Never synced");
    return UiLanguage::dateTime(m_lastSync);
}

QString SyncController::pendingText() const
{
    if (m_pendingOps == 0 && m_pendingPhotoBytes == 0)
        return tr("Everything is on the server.");
    return tr("%n change(s) and %1 of photos waiting to be sent.", "", m_pendingOps)
        .arg(formatBytes(m_pendingPhotoBytes));
}

QString SyncController::refusedText() const
{
    QStringList parts;
    if (m_rejections > 0)
        parts << tr("%n change(s) were refused by the server and are not on it. Latest: %1", "",
            m_rejections)
                     .arg(m_lastRejection);
    if (m_stuckPhotos > 0)
        parts << tr("%n photo(s) are larger than the server accepts (256 MiB) and stay on this"
                    " tablet.",
            "", m_stuckPhotos);
    return parts.join(u' ');
}

QString SyncController::formatBytes(qint64 bytes)
{
    return UiLanguage::locale(UiLanguage::instance().current())
        .formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace outfall::models
