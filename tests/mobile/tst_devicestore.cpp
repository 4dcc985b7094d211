// The device store holds the device's CURVE secret key (sync_identity): it and its SQLite
// companions are the owner's alone (0600), whatever the umask, and a store made world-
// readable by an earlier version is narrowed when opened.
#include "../unit/filemodetesthelpers.h"
#include "core/devicestore.h"
#include "store/database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestDeviceStore)
#include "tst_devicestore.moc"
