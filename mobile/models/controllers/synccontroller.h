#pragma once

#include "core/syncjob.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <chrono>

class QQmlEngine;
class QJSEngine;

namespace outfall::models {

class AppSession;
class SyncWorker;

// The sync state the Today page shows, and its "Sync now" button. An attempt runs a SyncJob
// (the network one in the app, a test's own in tests) on a worker thread with its own
// DeviceSession on the profile; runSyncAttempt records the outcome in sync_status, so a
// failure stays visible after a restart.
//
// A failure the tablet cannot fix by itself waiting (not enrolled, no server, refused) waits
// for the inspector; any other failure is retried on its own, after 30 s, then doubling up to
// 15 min, until an attempt succeeds.
class SyncController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QDateTime lastSync READ lastSync NOTIFY statusChanged)
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY statusChanged)
    Q_PROPERTY(int pendingOps READ pendingOps NOTIFY statusChanged)
    Q_PROPERTY(qint64 pendingPhotoBytes READ pendingPhotoBytes NOTIFY statusChanged)
    Q_PROPERTY(QString pendingText READ pendingText NOTIFY statusChanged)
    // What the server refused (per-op rejections such as NOT_ASSIGNED) and photos too large
    // ever to upload: records that are not on the server and will not get there.
    Q_PROPERTY(QString refusedText READ refusedText NOTIFY statusChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY statusChanged)
    Q_PROPERTY(QString nextStep READ nextStep NOTIFY statusChanged)
    Q_PROPERTY(QDateTime nextRetry READ nextRetry NOTIFY statusChanged)

public:
    enum State { Idle, Syncing, Error };
    Q_ENUM(State)

    // The QML singleton: the engine's session (AppSession::provide), the network job.
    static SyncController *create(QQmlEngine *engine, QJSEngine *);
    // On the session's profile; after each attempt the session's pages reload.
    SyncController(AppSession &session, mobile::SyncJob job, QObject *parent = nullptr);
    // On a profile no page shows (a test's).
    SyncController(const QString &profileDir, mobile::SyncJob job, QObject *parent = nullptr);
    ~SyncController() override;

    State state() const { return m_state; }
    double progress() const { return m_progress; }
    QDateTime lastSync() const { return m_lastSync; }
    QString lastSyncText() const;
    int pendingOps() const { return m_pendingOps; }
    qint64 pendingPhotoBytes() const { return m_pendingPhotoBytes; }
    QString pendingText() const;
    QString refusedText() const;
    QString lastError() const { return m_lastError; }
    QString nextStep() const { return m_nextStep; }
    QDateTime nextRetry() const; // invalid when no retry is scheduled

    // Tests shorten the waits; the defaults are 30 s and 15 min.
    void setRetryPolicy(std::chrono::milliseconds first, std::chrono::milliseconds longest);

    // Starts an attempt; false (and nothing happens) while one runs.
    Q_INVOKABLE bool syncNow();
    // Re-reads pending counts and the last outcome from the profile.
    Q_INVOKABLE void refresh();

    static QString formatBytes(qint64 bytes);

Q_SIGNALS:
    void stateChanged();
    void progressChanged();
    void statusChanged();
    void finished(bool ok);

private:
    void onProgress(double value);
    void onFinished(int problem, const QString &detail);
    void explain(mobile::SyncOutcome::Problem problem, const QString &detail);
    void scheduleRetry(mobile::SyncOutcome::Problem problem);
    QString retrying() const; // "will retry", with the time of the next attempt

    QString m_profileDir;
    QThread m_thread;
    SyncWorker *m_worker = nullptr; // lives in m_thread
    State m_state = Idle;
    double m_progress = 0;
    QDateTime m_lastSync;
    int m_pendingOps = 0;
    qint64 m_pendingPhotoBytes = 0;
    int m_rejections = 0;
    QString m_lastRejection;
    int m_stuckPhotos = 0;
    QString m_lastError;
    QString m_nextStep;
    // What explain() was last told, to say it again in another UI language.
    mobile::SyncOutcome::Problem m_problem = mobile::SyncOutcome::Problem::None;
    QString m_problemDetail;
    QString m_loggedError; // sync_status.last_error as last read
    QTimer m_retry;
    std::chrono::milliseconds m_firstRetry = std::chrono::seconds(30);
    std::chrono::milliseconds m_longestRetry = std::chrono::minutes(15);
    std::chrono::milliseconds m_retryDelay {0}; // the last wait; 0 after a success
    QDateTime m_nextRetryAt;
    AppSession *m_session = nullptr; // told to reload after an attempt; may be none
};

// Runs one attempt on the worker thread. Internal to SyncController.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(QString profileDir, mobile::SyncJob job);
    void run();

Q_SIGNALS:
    void progress(double value);
    void finished(int problem, const QString &detail);

private:
    QString m_profileDir;
    mobile::SyncJob m_job;
};

} // namespace outfall::models
