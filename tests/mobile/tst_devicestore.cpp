// The device store holds the device's CURVE secret key (sync_identity): it and its SQLite
// companions are the owner's alone (0600), whatever the umask, and a store made world-
// readable by an earlier version is narrowed when opened.
#include "../unit/filemodetesthelpers.h"
#include "core/devicestore.h"
#include "store/database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace outfall;
using namespace filemodetest;

class TestDeviceStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storeIsOwnerOnlyWhateverTheUmask()
    {
        const Umask umask(022);
        QTemporaryDir dir;
        const QString profile = dir.filePath(u"profile"_s);
        {
            mobile::DeviceStore store(profile);
            store.database().exec(u"CREATE TABLE t (x); INSERT INTO t VALUES (1)"_s);
            const QString db = mobile::DeviceStore::databasePath(profile);
            QCOMPARE(modeOf(db), mode_t(0600));
            QCOMPARE(modeOf(db + u"-wal"_s), mode_t(0600));
            QCOMPARE(modeOf(db + u"-shm"_s), mode_t(0600));
        }
    }

    void storeOfAnEarlierVersionIsNarrowed()
    {
        const Umask umask(022);
        QTemporaryDir dir;
        const QString profile = dir.filePath(u"profile"_s);
        const QString db = mobile::DeviceStore::databasePath(profile);
        {
            mobile::DeviceStore store(profile);
        }
        QVERIFY(QFile::setPermissions(
            db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QCOMPARE(modeOf(db), mode_t(0644));
        mobile::DeviceStore reopened(profile);
        QCOMPARE(modeOf(db), mode_t(0600));
    }

    // The app keeps its store open while it opens the same store again (the sync worker's own
    // session) and while another process (outfall-device, sqlite3) opens and closes it. Making
    // sure of the file's mode used to open and close the database file outside SQLite, and
    // POSIX then drops every lock the process holds on it: the other process, closing,
    // believed it was the last connection and deleted the WAL under the app, whose next write
    // failed with "disk I/O error" (or went to a deleted file).
    void anotherProcessOpeningTheStoreLeavesTheAppsConnectionWhole()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(u"profile"_s);
        mobile::DeviceStore app(profile);
        store::Database &db = app.database();
        db.exec(u"CREATE TABLE t (x INTEGER)"_s);
        db.exec(u"INSERT INTO t VALUES (1)"_s);
        const mobile::DeviceStore worker(profile); // the sync worker's session, same process
        for (int round = 2; round <= 4; ++round) {
            QCOMPARE(countInAnotherProcess(profile), round - 1);
            db.exec(u"INSERT INTO t VALUES (%1)"_s.arg(round)); // threw "disk I/O error"
        }
        QCOMPARE(countInAnotherProcess(profile), 4);
    }

private:
    // Opens the store in a child process, as outfall-device does, counts t's rows and closes;
    // -1 when it could not.
    static int countInAnotherProcess(const QString &profile)
    {
        const pid_t child = ::fork();
        if (child == 0) {
            int count = -1;
            try {
                mobile::DeviceStore other(profile);
                auto rows = other.database().prepare(u"SELECT count(*) FROM t"_s);
                if (rows.step())
                    count = rows.integer(0);
            } catch (...) { }
            ::_exit(count < 0 ? 255 : count);
        }
        int status = 0;
        if (child < 0 || ::waitpid(child, &status, 0) != child || !WIFEXITED(status))
            return -1;
        return WEXITSTATUS(status) == 255 ? -1 : WEXITSTATUS(status);
    }
};

QTEST_GUILESS_MAIN(TestDeviceStore)
#include "tst_devicestore.moc"
