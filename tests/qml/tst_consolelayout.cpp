// tst_consolelayout: the supervisor console (Console.qml) as a supervisor sees it, against a
// real server over CURVE, at 1920×1080 and 1366×768, in Chinese and in English: the review tab
// with an inspection chosen, the flags tab, the draws tab with a planned draw chosen, the
// applications tab with an application inspected before issuance, and the two dialogs, each
// walked item by item (layoutwalker.h: touch targets, texts that fit, tokens unbroken, nothing
// past the window). With OUTFALL_CONSOLE_SCREENSHOTS=DIR it also saves each
// view there (docs/screenshots/console-*.png).
#include "../unit/applicationfixture.h"
#include "../unit/ctlharness.h"
#include "layoutwalker.h"
#include "models/console/consolesession.h"
#include "models/session/appsession.h"
#include "models/session/uilanguage.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QTest>

Q_IMPORT_QML_PLUGIN(OutfallPlugin)
Q_IMPORT_QML_PLUGIN(Outfall_ModelsPlugin)

using namespace Qt::StringLiterals;
using namespace outfall;
using namespace layoutcheck;

class TestConsoleLayout : public QObject, protected ctltest::CurveHarness
{
    Q_OBJECT

    Walker m_walker;
    QString m_inspection;
    QString m_screenshots = qEnvironmentVariable("OUTFALL_CONSOLE_SCREENSHOTS");

    // What a supervisor finds in the morning: a submitted inspection with a finding, an open
    // violation flag, a drawn and planned route; the enterprise with a long registered name.
    void seedTheMorning()
    {
        auto db = serverDb();
        db->prepare(
              u"UPDATE enterprise SET name = '深圳市南山区环境科技集团股份有限公司第二污水处理厂',"
              u" name_en = 'Shenzhen Nanshan Environmental Technology Group Co., Ltd."
              u" Second Wastewater Treatment Plant' WHERE id = ?"_s)
            .bind(1, m_district.enterprise)
            .exec();
        db.reset(); // submittedInspection opens its own connection
        Submission submission;
        submission.answer = u"non_compliant"_s;
        submission.note = u"no sign at DW001"_s;
        submission.summary = u"The outlet sign is missing; the discharge looked clear."_s;
        submission.inspectorName = u"王芳"_s;
        submission.representativeName = u"李明"_s;
        m_inspection = submittedInspection(submission);
        db = serverDb();
        db->prepare(u"INSERT INTO flag (id, rule_id, severity, permit_id, outlet_id, pollutant,"
                    u" status, compared, message_en, message_zh, computation, raised_at,"
                    u" updated_at) VALUES ('R1-layout', 'R1', 'violation', ?, ?, 'COD', 'open',"
                    u" '[]', 'COD 82.4 mg/L measured at DW001 exceeds the permit limit of 50 mg/L"
                    u" by 64.8 %', 'DW001 实测 COD 82.4 mg/L，超过许可限值 50 mg/L 64.8%',"
                    u" '{\"inputs\":[],\"steps\":[\"exceedance = (82.4 - 50) / 50 = 64.8 %\"],"
                    u"\"steps_zh\":[\"超标 = (82.4 - 50) / 50 = 64.8%\"]}', 1, 1)"_s)
            .bind(1, m_district.permits[0])
            .bind(2, m_district.outlets[0])
            .exec();
    }

    QQuickWindow *openConsole(
        QQmlApplicationEngine &engine, models::AppSession &app, models::ConsoleSession &console)
    {
        models::AppSession::provide(engine, &app);
        models::ConsoleSession::provide(engine, &console);
        engine.addImportPath(u"qrc:/"_s);
        engine.load(QUrl(u"qrc:/Outfall/Console.qml"_s));
        return engine.rootObjects().isEmpty()
            ? nullptr
            : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    }

    // The console opened, shown and refreshed, with the district's flags in hand (nullptr if
    // it does not get there).
    QQuickWindow *shownConsole(
        QQmlApplicationEngine &engine, models::AppSession &app, models::ConsoleSession &console)
    {
        QQuickWindow *window = openConsole(engine, app, console);
        if (!window)
            return nullptr;
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            return nullptr;
        console.refresh();
        const bool ready = QTest::qWaitFor(
            [&console] { return console.reached() && console.flags()->rowCount() > 0; });
        return ready ? window : nullptr;
    }

    static QQuickItem *child(QQuickWindow *window, const char *name)
    {
        return window->findChild<QQuickItem *>(QString::fromLatin1(name));
    }

    void look(QQuickWindow *window, const QString &where, const QString &file)
    {
        settle(window, 150);
        m_walker.walk(window, where);
        if (!m_screenshots.isEmpty())
            QVERIFY(window->grabWindow().save(QDir(m_screenshots).filePath(file)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        initialiseServer();
        seedTheMorning();
        applicationfixture::importLine(
            m_dir.path(), m_data, applicationfixture::applicationLine(u"application"_s, 1));
        applicationfixture::inspectBeforeIssuance(m_data, m_district.inspectorA);
        startServer();
        QCOMPARE(ctl({u"route"_s, u"draw"_s, u"--pool"_s, u"all"_s, u"--enterprises"_s, u"1"_s,
                     u"--inspectors"_s, u"2"_s, u"--seed"_s, u"7"_s}),
            0);
        QCOMPARE(ctl({u"route"_s, u"plan"_s, u"1"_s, u"--start"_s, u"22.5431,114.0579"_s}), 0);
    }

    void everyTabAtBothSizesInBothLanguages()
    {
        QTemporaryDir profile;
        models::AppSession app(profile.path());
        for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
            for (const QSize size : {QSize(1920, 1080), QSize(1366, 768)}) {
                models::UiLanguage::instance().set(language);
                models::ConsoleSession console(
                    m_server->endpoint(), sync::SupervisorCredential::read(m_credential));
                QQmlApplicationEngine engine;
                QQuickWindow *window = openConsole(engine, app, console);
                QVERIFY(window);
                window->resize(size);
                window->show();
                QVERIFY(QTest::qWaitForWindowExposed(window));
                console.refresh();
                QTRY_VERIFY(console.reached() && console.permitCount() > 0
                    && console.reviews()->rowCount() > 0 && console.flags()->rowCount() > 0
                    && console.draws()->rowCount() > 0);
                const QString where =
                    u"%1×%2 %3"_s.arg(size.width()).arg(size.height()).arg(language);
                const QString suffix =
                    u"%1x%2-%3.png"_s.arg(size.width()).arg(size.height()).arg(language);

                console.reviews()->select(m_inspection);
                QTRY_COMPARE(console.reviews()->selectedId(), m_inspection);
                look(window, where + u", review"_s, u"console-review-"_s + suffix);

                auto *tabs = child(window, "consoleTabs");
                QVERIFY(tabs);
                tabs->setProperty("currentIndex", 1);
                look(window, where + u", flags"_s, u"console-flags-"_s + suffix);

                tabs->setProperty("currentIndex", 2);
                const QString draw =
                    console.draws()
                        ->data(console.draws()->index(0), models::DrawListModel::DrawIdRole)
                        .toString();
                console.draws()->select(draw);
                QTRY_COMPARE(console.draws()->selectedId(), draw);
                auto *map = child(window, "districtMap");
                QVERIFY(map);
                QTRY_COMPARE(map->property("stopCount").toInt(), 1);
                // The open violation and the application's mismatches that have a place.
                QVERIFY(map->property("flagCount").toInt() >= 1);
                QCOMPARE(map->property("flagCount").toInt(),
                    int(console.flags()->flaggedSites().size()));
                look(window, where + u", draws"_s, u"console-draws-"_s + suffix);

                tabs->setProperty("currentIndex", 3);
                QTRY_VERIFY(!console.applications()->selectedId().isEmpty());
                look(window, where + u", applications"_s, u"console-applications-"_s + suffix);

                tabs->setProperty("currentIndex", 2);
                for (const char *dialog : {"drawDialog", "planDialog"}) {
                    QObject *popup = window->findChild<QObject *>(QString::fromLatin1(dialog));
                    QVERIFY2(popup, dialog);
                    QMetaObject::invokeMethod(popup, "open");
                    QTRY_VERIFY(popup->property("opened").toBool());
                    look(window, where + u", "_s + QString::fromLatin1(dialog),
                        u"console-"_s + QString::fromLatin1(dialog).toLower() + u'-' + suffix);
                    QMetaObject::invokeMethod(popup, "close");
                    QTRY_VERIFY(!popup->property("visible").toBool());
                }
            }
        }
        QVERIFY2(m_walker.problems.isEmpty(), qPrintable(m_walker.problems.join(u'\n')));
    }

    // The tab in hand stays when the language is switched or a count in the bar changes (the
    // bar's buttons were once rebuilt then, putting the supervisor back on Review).
    void theTabInHandStaysWhenTheBarChanges()
    {
        QTemporaryDir profile;
        models::AppSession app(profile.path());
        models::UiLanguage::instance().set(u"en"_s);
        models::ConsoleSession console(
            m_server->endpoint(), sync::SupervisorCredential::read(m_credential));
        QQmlApplicationEngine engine;
        QQuickWindow *window = shownConsole(engine, app, console);
        QVERIFY(window);
        auto *tabs = child(window, "consoleTabs");
        QVERIFY(tabs);
        tabs->setProperty("currentIndex", 2);

        models::UiLanguage::instance().set(u"zh_CN"_s);
        engine.retranslate();
        settle(window, 50);
        QCOMPARE(tabs->property("currentIndex").toInt(), 2);

        const int flags = console.flags()->rowCount();
        serverDb()->exec(u"INSERT INTO flag (id, rule_id, severity, permit_id, status, compared,"
                         u" message_en, message_zh, computation, raised_at, updated_at)"
                         u" SELECT 'R1-tabs', 'R1', 'violation', permit_id, 'open', '[]', 'x',"
                         u" 'x', '{}', 1, 1 FROM flag WHERE id = 'R1-layout'"_s);
        console.refresh();
        QTRY_COMPARE(console.flags()->rowCount(), flags + 1);
        settle(window, 50);
        QCOMPARE(tabs->property("currentIndex").toInt(), 2);
        models::UiLanguage::instance().set(u"en"_s);
    }

    // A decision's reason is its own: the field empties once the server has recorded it, and
    // keeps its text when the server refuses (to try again).
    void theReasonEmptiesOnceADecisionIsRecorded()
    {
        QTemporaryDir profile;
        models::AppSession app(profile.path());
        models::ConsoleSession console(
            m_server->endpoint(), sync::SupervisorCredential::read(m_credential));
        QQmlApplicationEngine engine;
        QQuickWindow *window = shownConsole(engine, app, console);
        QVERIFY(window);
        child(window, "consoleTabs")->setProperty("currentIndex", 1);
        auto *reason = child(window, "flagReason");
        QVERIFY(reason);

        reason->setProperty("text", u"no such flag"_s);
        console.flags()->acknowledge(u"R404-none"_s, u"no such flag"_s);
        QTRY_VERIFY(console.flags()->status().startsWith(u"Not recorded"_s));
        QCOMPARE(reason->property("text").toString(), u"no such flag"_s);

        reason->setProperty("text", u"confirmed on site"_s);
        console.flags()->acknowledge(u"R1-layout"_s, u"confirmed on site"_s);
        QTRY_COMPARE(console.flags()->status(), u"Acknowledged."_s);
        QCOMPARE(reason->property("text").toString(), QString());
    }
};

QTEST_MAIN(TestConsoleLayout)
#include "tst_consolelayout.moc"
