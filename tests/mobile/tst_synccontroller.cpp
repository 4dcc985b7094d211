// SyncController: the network job refuses an unenrolled tablet and the failure is recorded
// and explained; a plugged-in job runs off the
// UI thread, reports progress, and a success clears the error; a second syncNow while one
// runs is refused; pending ops and photo bytes come from the profile.
#include "core/devicesession.h"
#include "core/preferences.h"
#include "core/syncstatuslog.h"
#include "dayfixture.h"
#include "models/controllers/synccontroller.h"
#include "models/session/appsession.h"
#include "models/session/uilanguage.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace outfall;
using models::SyncController;

class TestSyncController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The app's job on a tablet nobody has enrolled: refused with that reason, recorded
    // once (runSyncAttempt), and shown again after a restart.
    void networkJobSaysNotEnrolledAndIsRecorded()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(u"p"_s);
        {
            mobile::DeviceSession create(profile);
        }
        SyncController sync(profile, mobile::SyncJobs::network);
        QCOMPARE(sync.state(), SyncController::Idle);
        QCOMPARE(sync.lastSyncText(), u"Never synced"_s);
        QSignalSpy finished(&sync, &SyncController::finished);
        QVERIFY(sync.syncNow());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(sync.state(), SyncController::Error);
        QVERIFY2(sync.lastError().contains(u"not enrolled"_s), qPrintable(sync.lastError()));
        QVERIFY(sync.nextStep().contains(u"Nothing is lost"_s));
        {
            mobile::DeviceSession session(profile);
            const QString logged = session.syncLog().read().lastError;
            QVERIFY2(logged.contains(u"not enrolled"_s), qPrintable(logged));
        }

        // A restart shows the logged failure.
        SyncController restarted(profile, mobile::SyncJobs::network);
        QCOMPARE(restarted.state(), SyncController::Error);
        QVERIFY(restarted.lastError().contains(u"not enrolled"_s));
    }

    void pluggedJobRunsOffTheUiThreadWithProgress()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(u"p"_s);
        {
            mobile::DeviceSession session(profile);
            daytest::prepareDevice(session, dir.path());
        }
        QSemaphore release;
        std::atomic<bool> onUiThread {true};
        QThread *uiThread = QThread::currentThread();
        SyncController sync(
            profile, [&](mobile::DeviceSession &, const std::function<void(double)> &progress) {
                onUiThread = QThread::currentThread() == uiThread;
                progress(0.5);
                release.acquire(); // hold the attempt open until the test lets go
                progress(1.0);
                return mobile::SyncOutcome {};
            });
        QCOMPARE(sync.pendingOps(), 0);
        QVERIFY(sync.pendingPhotoBytes() > 0); // one of the fixture's photos is not acknowledged
        QVERIFY(sync.pendingText().contains(u"waiting to be sent"_s));

        QSignalSpy progress(&sync, &SyncController::progressChanged);
        QSignalSpy finished(&sync, &SyncController::finished);
        QVERIFY(sync.syncNow());
        QCOMPARE(sync.state(), SyncController::Syncing);
        QTRY_COMPARE(sync.progress(), 0.5);
        QVERIFY(!sync.syncNow()); // one attempt at a time
        release.release();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!onUiThread);
        QCOMPARE(sync.state(), SyncController::Idle);
        QCOMPARE(sync.progress(), 1.0);
        QVERIFY(sync.lastSync().isValid());
        QCOMPARE(sync.lastError(), QString());
        QCOMPARE(sync.nextStep(), QString());
    }

    // A sync writes through its own connection: when it ends the pages are told to read the
    // store again (Today showed no route after the first sync until a restart).
    void pagesReloadAfterASync()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(u"p"_s);
        models::AppSession app(profile);
        SyncController sync(app, [](mobile::DeviceSession &, const std::function<void(double)> &) {
            return mobile::SyncOutcome {};
        });
        QSignalSpy reload(&app, &models::AppSession::dataChanged);
        QSignalSpy finished(&sync, &SyncController::finished);
        QVERIFY(sync.syncNow());
        QVERIFY(finished.wait(5000));
        QCOMPARE(reload.count(), 1);
    }

    // Records the server refused (NOT_ASSIGNED...) and photos that can never be uploaded are
    // said on the sync card after the sync that found them, and after a restart.
    void saysWhatTheServerRefused()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(u"p"_s);
        {
            mobile::DeviceSession session(profile);
            daytest::prepareDevice(session, dir.path());
        }
        SyncController sync(
            profile, [](mobile::DeviceSession &session, const std::function<void(double)> &) {
                // What a sync whose push came back with a rejection leaves in the profile.
                session.database().exec(
                    u"INSERT INTO sync_rejection (device_seq, entity, row_id, code, reason,"
                    u" rejected_at) VALUES (7, 1, 'i9', 'NOT_ASSIGNED', 'inspection i9:"
                    u" inspector x was not assigned permit p', 0)"_s);
                return mobile::SyncOutcome {};
            });
        QCOMPARE(sync.refusedText(), QString());
        QSignalSpy finished(&sync, &SyncController::finished);
        QVERIFY(sync.syncNow());
        QVERIFY(finished.wait(5000));
        QVERIFY2(sync.refusedText().contains(u"1 change(s) were refused"_s)
                || sync.refusedText().contains(u"1 change was refused"_s),
            qPrintable(sync.refusedText()));
        QVERIFY(sync.refusedText().contains(u"NOT_ASSIGNED: inspection i9"_s));
    }

    void aThrowingJobIsAFailureNotACrash()
    {
        QTemporaryDir dir;
        SyncController sync(dir.filePath(u"p"_s),
            [](mobile::DeviceSession &, const std::function<void(double)> &)
                -> mobile::SyncOutcome { throw std::runtime_error("socket exploded"); });
        QSignalSpy finished(&sync, &SyncController::finished);
        QVERIFY(sync.syncNow());
        QVERIFY(finished.wait(5000));
        QCOMPARE(sync.state(), SyncController::Error);
        QVERIFY(sync.lastError().contains(u"socket exploded"_s));
    }

    void retriesOnItsOwnUntilItWorks()
    {
        using namespace std::chrono_literals;
        QTemporaryDir dir;
        std::atomic<int> calls {0};
        SyncController sync(dir.filePath(u"p"_s),
            [&calls](mobile::DeviceSession &, const std::function<void(double)> &) {
                return ++calls < 3 ? mobile::SyncOutcome {mobile::SyncOutcome::Problem::Unreachable,
                           u"timeout after 10 s"_s}
                                   : mobile::SyncOutcome {};
            });
        sync.setRetryPolicy(40ms, 80ms);
        QSignalSpy finished(&sync, &SyncController::finished);
        QVERIFY(sync.syncNow());
        QVERIFY(finished.wait(5000));
        QCOMPARE(sync.state(), SyncController::Error);
        QVERIFY(sync.lastError().contains(u"could not be reached (timeout after 10 s)"_s));
        QVERIFY(sync.nextStep().contains(u"Next attempt at"_s));
        QVERIFY(sync.nextRetry().isValid());
        // No button pressed: the retries run until the third attempt succeeds, then stop.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 5000);
        QCOMPARE(sync.state(), SyncController::Idle);
        QVERIFY(!sync.nextRetry().isValid());
        QTest::qWait(200);
        QCOMPARE(calls.load(), 3);
    }

    void waitsForTheInspectorWhenOnlyTheyCanFixIt_data()
    {
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("error");
        QTest::newRow("no server")
            << int(mobile::SyncOutcome::Problem::NoServer) << u"No sync server is configured."_s;
        // A revoked tablet: retrying cannot help, and the inspector is told what can.
        QTest::newRow("key refused")
            << int(mobile::SyncOutcome::Problem::KeyRefused)
            << u"The server refused this tablet's key: the tablet was revoked or is not enrolled"
               u" with this server."_s;
    }

    void waitsForTheInspectorWhenOnlyTheyCanFixIt()
    {
        using namespace std::chrono_literals;
        QFETCH(int, problem);
        QFETCH(QString, error);
        QTemporaryDir dir;
        std::atomic<int> calls {0};
        SyncController sync(dir.filePath(u"p"_s),
            [&calls, problem](mobile::DeviceSession &, const std::function<void(double)> &) {
                ++calls;
                return mobile::SyncOutcome {
                    mobile::SyncOutcome::Problem(problem), u"refused by the server"_s};
            });
        sync.setRetryPolicy(20ms, 40ms);
        QSignalSpy finished(&sync, &SyncController::finished);
        QVERIFY(sync.syncNow());
        QVERIFY(finished.wait(5000));
        QTest::qWait(200);
        QCOMPARE(calls.load(), 1);
        QVERIFY(!sync.nextRetry().isValid());
        QVERIFY(!sync.nextStep().contains(u"retry"_s));
        QCOMPARE(sync.lastError(), error);
    }

    void formatsBytes()
    {
        QLocale::setDefault(QLocale::c());
        QCOMPARE(SyncController::formatBytes(0), u"0 bytes"_s);
        QCOMPARE(SyncController::formatBytes(2'500'000), u"2.5 MB"_s);
    }
    void saysItsTimesAndSentencesInTheUiLanguage()
    {
        using namespace std::chrono_literals;
        QTemporaryDir dir;
        std::atomic<bool> reachable {false};
        SyncController sync(dir.filePath(u"p"_s),
            [&reachable](mobile::DeviceSession &, const std::function<void(double)> &) {
                return reachable
                    ? mobile::SyncOutcome {}
                    : mobile::SyncOutcome {mobile::SyncOutcome::Problem::Unreachable, u"timeout"_s};
            });
        sync.setRetryPolicy(10min, 15min); // no retry fires during the test
        QSignalSpy finished(&sync, &SyncController::finished);
        QVERIFY(sync.syncNow());
        QVERIFY(finished.wait(5000));
        const QString at = models::UiLanguage::time(sync.nextRetry(), u"en"_s);
        QCOMPARE(at.size(), 5); // HH:mm, 24-hour
        QVERIFY2(sync.nextStep().contains(u"Next attempt at "_s + at), qPrintable(sync.nextStep()));

        // Switching the language says the error, the next step and its time again at once.
        QSignalSpy status(&sync, &SyncController::statusChanged);
        models::UiLanguage::instance().set(u"zh_CN"_s);
        QCOMPARE(status.count(), 1);
        QVERIFY2(sync.nextStep().contains(u"下次尝试时间："_s + at), qPrintable(sync.nextStep()));
        QVERIFY2(sync.lastError().contains(u"timeout"_s), qPrintable(sync.lastError()));
        QVERIFY(!sync.lastError().contains(u"could not be reached"_s));
        QCOMPARE(sync.lastSyncText(), u"从未同步"_s);

        reachable = true;
        QVERIFY(sync.syncNow());
        QVERIFY(finished.wait(5000));
        QVERIFY(sync.lastSync().isValid());
        QCOMPARE(sync.lastSyncText(), models::UiLanguage::dateTime(sync.lastSync(), u"zh_CN"_s));
        QVERIFY(sync.lastSyncText().contains(u"年"_s));
        models::UiLanguage::instance().set(u"en"_s);
        QCOMPARE(sync.lastSyncText(), models::UiLanguage::dateTime(sync.lastSync(), u"en"_s));
        QVERIFY(!sync.lastSyncText().contains(u"年"_s));
    }
};

QTEST_MAIN(TestSyncController)
#include "tst_synccontroller.moc"
