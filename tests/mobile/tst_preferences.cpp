// Preferences: defaults, persistence in the profile, and refusal of out-of-range values
// (refused, not clamped: the previous value stays).
#include "core/preferences.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using outfall::mobile::Preferences;

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        QTemporaryDir dir;
        Preferences prefs(dir.path());
        QCOMPARE(prefs.language(), QString());
        QCOMPARE(prefs.gpsAccuracyThresholdM(), 20.0);
        QCOMPARE(prefs.photoUploadMaxEdgePx(), 2048);
        QCOMPARE(prefs.serverEndpoint(), QString());
    }

    void valuesPersistInTheProfile()
    {
        QTemporaryDir dir;
        {
            Preferences prefs(dir.path());
            QVERIFY(prefs.setLanguage(u"en"_s));
            QVERIFY(prefs.setGpsAccuracyThresholdM(10));
            QVERIFY(prefs.setPhotoUploadMaxEdgePx(1280));
            prefs.setServerEndpoint(u"tcp://127.0.0.1:5570"_s);
        }
        Preferences reopened(dir.path());
        QCOMPARE(reopened.language(), u"en"_s);
        QCOMPARE(reopened.gpsAccuracyThresholdM(), 10.0);
        QCOMPARE(reopened.photoUploadMaxEdgePx(), 1280);
        QCOMPARE(reopened.serverEndpoint(), u"tcp://127.0.0.1:5570"_s);
    }

    void outOfRangeIsRefusedAndKeepsThePreviousValue()
    {
        QTemporaryDir dir;
        Preferences prefs(dir.path());
        QVERIFY(!prefs.setLanguage(u"fr"_s));
        QVERIFY(!prefs.setGpsAccuracyThresholdM(0.5));
        QVERIFY(!prefs.setGpsAccuracyThresholdM(3000)); // the 3 000 m fix of DOMAIN.md §5
        QVERIFY(!prefs.setGpsAccuracyThresholdM(qQNaN()));
        QVERIFY(!prefs.setPhotoUploadMaxEdgePx(100));
        QVERIFY(!prefs.setPhotoUploadMaxEdgePx(10000));
        QCOMPARE(prefs.language(), QString());
        QCOMPARE(prefs.gpsAccuracyThresholdM(), 20.0);
        QCOMPARE(prefs.photoUploadMaxEdgePx(), 2048);
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
