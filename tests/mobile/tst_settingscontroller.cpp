// SettingsController and Language: refused values come back with a sentence for the page;
// the language follows the saved choice, else the system locale, and is remembered.
#include "core/preferences.h"
#include "models/controllers/settingscontroller.h"
#include "models/session/appsession.h"
#include "models/session/language.h"
#include "store/database.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall::models;

class TestSettingsController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AppSession> m_session;

private Q_SLOTS:
    void initTestCase() { m_session = std::make_unique<AppSession>(m_dir.filePath(u"profile"_s)); }

    void refusedValuesExplainWhy()
    {
        SettingsController settings(m_session.get());
        QSignalSpy changed(&settings, &SettingsController::changed);
        QVERIFY(!settings.setGpsAccuracyThresholdM(1000));
        QVERIFY(settings.lastError().contains(u"between 1 and 500 m"_s));
        QCOMPARE(settings.gpsAccuracyThresholdM(), 20.0);
        QVERIFY(settings.setGpsAccuracyThresholdM(50));
        QCOMPARE(settings.lastError(), QString());
        QCOMPARE(settings.gpsAccuracyThresholdM(), 50.0);
        QVERIFY(!settings.setServerEndpoint(u"http://example"_s));
        QVERIFY(settings.lastError().contains(u"tcp://host:port"_s));
        QVERIFY(settings.setServerEndpoint(u" tcp://127.0.0.1:5570 "_s));
        QCOMPARE(settings.serverEndpoint(), u"tcp://127.0.0.1:5570"_s);
        QVERIFY(!settings.setPhotoUploadMaxEdgePx(1));
        QVERIFY(settings.lastError().contains(u"640 and 8192"_s));
        QCOMPARE(changed.count(), 5); // one per call, accepted or not
    }

    // An enrolled device shows (and changes) the server sync really talks to, though enrolment
    // by outfall-device never set the preference.
    void serverIsTheEnrolledOne()
    {
        m_session->database().exec(
            u"INSERT INTO sync_identity (id, endpoint, server_public_key, public_key, secret_key,"
            u" device_id, inspector_id, enrolled_at)"
            u" VALUES (1, 'tcp://10.0.0.5:5570', 'k', 'p', 's', 'd', 'i', 0)"_s);
        SettingsController settings(m_session.get());
        QCOMPARE(settings.serverEndpoint(), u"tcp://10.0.0.5:5570"_s);
        QVERIFY(settings.setServerEndpoint(u"tcp://10.0.0.6:5570"_s));
        QCOMPARE(settings.serverEndpoint(), u"tcp://10.0.0.6:5570"_s);
        auto stored =
            m_session->database().prepare(u"SELECT endpoint FROM sync_identity WHERE id = 1"_s);
        QVERIFY(stored.step());
        QCOMPARE(stored.text(0), u"tcp://10.0.0.6:5570"_s); // where the next sync goes
        m_session->database().exec(u"DELETE FROM sync_identity"_s);
    }

    void initialLanguageFollowsSavedChoiceThenLocale()
    {
        QCOMPARE(Language::initialLanguage(QString(), QLocale(QLocale::Chinese, QLocale::China)),
            u"zh_CN"_s);
        QCOMPARE(Language::initialLanguage(QString(), QLocale(QLocale::Chinese, QLocale::Taiwan)),
            u"zh_CN"_s);
        QCOMPARE(Language::initialLanguage(QString(), QLocale(QLocale::German)), u"en"_s);
        QCOMPARE(Language::initialLanguage(u"en"_s, QLocale(QLocale::Chinese)), u"en"_s);
        QCOMPARE(Language::initialLanguage(u"xx"_s, QLocale(QLocale::English)), u"en"_s);
    }

    void switchingTranslatesAndIsRemembered()
    {
        Language language(nullptr, m_session.get());
        language.setCurrent(u"zh_CN"_s);
        QCOMPARE(language.current(), u"zh_CN"_s);
        QCOMPARE(QCoreApplication::translate("SettingsPage", "Settings"), u"设置"_s);
        QCOMPARE(outfall::mobile::Preferences(m_session->profileDir()).language(), u"zh_CN"_s);
        language.setCurrent(u"en"_s);
        QCOMPARE(QCoreApplication::translate("SettingsPage", "Settings"), u"Settings"_s);
        language.setCurrent(u"klingon"_s);
        QCOMPARE(language.current(), u"en"_s);
    }
};

QTEST_GUILESS_MAIN(TestSettingsController)
#include "tst_settingscontroller.moc"
