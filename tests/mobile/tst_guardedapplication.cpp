// An exception thrown while the app handles an event (a timer's reload into the store that
// answers "disk I/O error") is shown to the inspector (AppErrors) and the app goes on; before
// GuardedApplication it left through Qt's event loop and aborted the app.
#include "models/session/apperrors.h"
#include "models/session/guardedapplication.h"
#include "store/sqliteerror.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace outfall;

class TestGuardedApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storeErrorInATimerIsShownNotFatal()
    {
        models::AppErrors &errors = models::AppErrors::instance();
        errors.dismiss();
        const int before = errors.count();
        QSignalSpy shown(&errors, &models::AppErrors::changed);
        bool after = false;
        QTimer::singleShot(0, this,
            [] { throw store::SqliteError(10 /* SQLITE_IOERR */, u"SELECT 1: disk I/O error"_s); });
        QTimer::singleShot(10, this, [&] { after = true; });
        QTRY_VERIFY(after); // the event loop went on to the next timer
        QCOMPARE(errors.count(), before + 1);
        QVERIFY2(errors.message().contains(u"disk I/O error"_s), qPrintable(errors.message()));
        QVERIFY(!shown.isEmpty());
        errors.dismiss();
        QVERIFY(errors.message().isEmpty());
    }

    void queuedSlotThatThrowsIsShownToo()
    {
        models::AppErrors &errors = models::AppErrors::instance();
        const int before = errors.count();
        QMetaObject::invokeMethod(
            this, [] { throw std::runtime_error("database is locked"); }, Qt::QueuedConnection);
        QTRY_COMPARE(errors.count(), before + 1);
        QVERIFY(errors.message().contains(u"database is locked"_s));
    }
};

int main(int argc, char *argv[])
{
    outfall::models::GuardedApplication app(argc, argv);
    TestGuardedApplication test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_guardedapplication.moc"
