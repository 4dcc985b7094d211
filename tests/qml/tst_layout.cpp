// tst_layout: every page of the app, in the window as the inspector sees it (navigation rail and
// page), at 1280×800 and 800×1280, in Chinese and in English, walked item by item. Fails when
//  - an interactive item (a button or other AbstractButton, a MouseArea, a TapHandler's item, a
//    text field or area, a combo box) is smaller than 48×48 px;
//  - a text does not fit: elided (what is cut is lost to the inspector: names, permit numbers
//    and dates wrap instead), or wider or taller than its item (drawn over its neighbours or cut);
//  - a token is broken across lines: a permit number, a code, a number, a date (2029年12月5日,
//    5 Dec 2029) or a word wrapped inside itself ("…B9M0 / 01P") — tokens never break;
//  - an interactive item or a text reaches past the window's edge where nothing scrolls to it.
// Pages: the six of the rail, a permit, an inspection not started and one with evidence in each
// of its six sections, and first run (an unenrolled profile).
#include "dayfixture.h"
#include "evidencereceiptfixture.h"
#include "inspectionevidence.h"
#include "inspectionprofile.h"
#include "layoutwalker.h"
#include "models/session/appsession.h"
#include "models/session/uilanguage.h"
#include "store/database.h"

#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextLayout>

#include <functional>
#include <utility>

Q_IMPORT_QML_PLUGIN(OutfallPlugin)
Q_IMPORT_QML_PLUGIN(Outfall_ModelsPlugin)

using namespace Qt::StringLiterals;
using namespace outfall;

using namespace layoutcheck;

class TestLayout : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Walker m_walker;

    // Main.qml on the session, shown at `size`.
    static QQuickWindow *openWindow(
        QQmlApplicationEngine &engine, models::AppSession &app, QSize size)
    {
        models::AppSession::provide(engine, &app);
        engine.addImportPath(u"qrc:/"_s);
        engine.load(QUrl(u"qrc:/Outfall/Main.qml"_s));
        auto *window = engine.rootObjects().isEmpty()
            ? nullptr
            : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        if (!window)
            return nullptr;
        window->resize(size);
        window->show();
        return QTest::qWaitForWindowExposed(window) ? window : nullptr;
    }

    // Loads Main.qml on the session at each size in each language and runs `tour`.
    void inEveryWindow(models::AppSession &app, const QString &scenario,
        const std::function<void(QQuickWindow *, const std::function<void(QString)> &)> &tour)
    {
        for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
            for (const QSize size : {QSize(1280, 800), QSize(800, 1280)}) {
                models::UiLanguage::instance().set(language);
                QQmlApplicationEngine engine;
                QQuickWindow *window = openWindow(engine, app, size);
                QVERIFY(window);
                const QString prefix = u"%1 %2×%3 %4"_s.arg(scenario)
                                           .arg(size.width())
                                           .arg(size.height())
                                           .arg(language);
                tour(window, [&](const QString &page) {
                    settle(window);
                    m_walker.walk(window, prefix + u", "_s + page);
                });
            }
        }
    }

    // Every text shown on the rail's pages and permit p1's, in order.
    static QStringList textsOfEveryPage(QQuickWindow *window)
    {
        QStringList texts;
        QQuickItem *pages = child(window, "pages");
        for (int i = 0; i < 6; ++i) {
            pages->setProperty("currentIndex", i);
            settle(window);
            texts += visibleTexts(window->contentItem());
        }
        openPermit(window, u"p1"_s);
        texts += visibleTexts(window->contentItem());
        pages->setProperty("currentIndex", 0);
        return texts;
    }

    // Registered names are long: the enterprise's become as long as real ones get.
    static void giveALongName(models::AppSession &app, const QString &enterpriseId)
    {
        auto update = app.database().prepare(
            u"UPDATE enterprise SET name = '深圳市南山热电股份有限公司月亮湾燃机电厂',"
            u" name_en = 'Shenzhen Nanshan Thermal Power Co., Ltd. (Moon Bay Plant)' WHERE id = ?"_s);
        update.bind(1, enterpriseId).exec();
    }

    static QQuickItem *child(QQuickWindow *window, const char *name)
    {
        auto *item = window->findChild<QQuickItem *>(QString::fromLatin1(name));
        if (!item)
            qFatal("Main.qml has no item named %s", name);
        return item;
    }

    // The permit browser's page on top (a permit, then an inspection pushed over it).
    static QObject *topPage(QQuickWindow *window)
    {
        return child(window, "permitBrowser")->property("currentItem").value<QObject *>();
    }

    static void openPermit(QQuickWindow *window, const QString &permitId)
    {
        QMetaObject::invokeMethod(window, "openPermit", Q_ARG(QVariant, permitId));
        settle(window, 500); // StackView's push transition
    }

    static void startInspection(QQuickWindow *window, const QString &permitId)
    {
        QMetaObject::invokeMethod(topPage(window), "startInspection", Q_ARG(QString, permitId));
        settle(window, 500);
    }

private Q_SLOTS:
    void dayPagesPermitAndInspectionNotStarted()
    {
        auto app = daytest::openAppSession(m_dir, u"day"_s);
        giveALongName(*app, u"e1"_s);
        inEveryWindow(*app, u"day"_s, [](QQuickWindow *window, const auto &walk) {
            QQuickItem *pages = child(window, "pages");
            const QStringList names {
                u"Today"_s, u"Map"_s, u"Permits"_s, u"Evidence"_s, u"Flags"_s, u"Settings"_s};
            for (int i = 0; i < names.size(); ++i) {
                pages->setProperty("currentIndex", i);
                walk(names[i]);
            }
            openPermit(window, u"p1"_s);
            walk(u"permit p1"_s);
            openPermit(window, u"p2"_s);
            startInspection(window, u"p2"_s);
            walk(u"inspection of p2, not started"_s);
        });
    }

    void inspectionSections()
    {
        QString inspectionId;
        auto app = openInspectionProfile(m_dir.filePath(u"inspection"_s), &inspectionId);
        // Signed, some of it logged: both states in the records section.
        const auto logKey = evidence::SigningKeyPair::generate();
        evidencefixture::enrolForSigning(app->database(), logKey.publicKey);
        recordInspectionEvidence(app.get(), inspectionId, m_dir.path());
        evidencefixture::receiveReceipts(app->database(), logKey, 4);
        giveALongName(*app, u"ent-1"_s);
        inEveryWindow(*app, u"inspection"_s, [](QQuickWindow *window, const auto &walk) {
            openPermit(window, inspectiontest::kPermitId);
            walk(u"permit"_s);
            startInspection(window, inspectiontest::kPermitId);
            const QStringList sections {u"checklist"_s, u"measurements"_s, u"outlet check"_s,
                u"photos"_s, u"sign & submit"_s, u"records"_s};
            for (int i = 0; i < sections.size(); ++i) {
                topPage(window)->setProperty("section", i);
                walk(u"inspection: "_s + sections[i]);
            }
        });
    }

    void firstRun()
    {
        auto app = std::make_unique<models::AppSession>(m_dir.filePath(u"new"_s));
        inEveryWindow(
            *app, u"first run"_s, [](QQuickWindow *, const auto &walk) { walk(u"first run"_s); });
    }

    // Switching the language while the app runs leaves nothing in the old one: every page then
    // says exactly what it says when the app starts in the new language.
    void aLiveSwitchSaysWhatAFreshStartSays()
    {
        auto app = daytest::openAppSession(m_dir, u"live"_s);
        QStringList fresh;
        {
            models::UiLanguage::instance().set(u"en"_s);
            QQmlApplicationEngine engine;
            QQuickWindow *window = openWindow(engine, *app, QSize(1280, 800));
            QVERIFY(window);
            textsOfEveryPage(window); // the same two rounds as below: p1 stays open
            fresh = textsOfEveryPage(window);
        }
        models::UiLanguage::instance().set(u"zh_CN"_s);
        QQmlApplicationEngine engine;
        QQuickWindow *window = openWindow(engine, *app, QSize(1280, 800));
        QVERIFY(window);
        const QStringList chinese = textsOfEveryPage(window); // every page made in Chinese
        QObject *language =
            engine.singletonInstance<QObject *>(qmlTypeId("Outfall.Models", 1, 0, "Language"));
        QVERIFY(language);
        language->setProperty("current", u"en"_s);
        const QStringList live = textsOfEveryPage(window);
        QVERIFY(chinese != live);
        // Compared as sets: a list may hold a text more or fewer times as delegates come and go.
        const auto notIn = [](const QStringList &texts, const QStringList &other) {
            QStringList absent;
            for (const QString &text : texts) {
                if (!other.contains(text))
                    absent.append(text);
            }
            return absent.join(u" | "_s);
        };
        const QString stale = notIn(live, fresh);
        QVERIFY2(stale.isEmpty(), qPrintable(u"not as in a fresh English start: "_s + stale));
        const QString missing = notIn(fresh, live);
        QVERIFY2(
            missing.isEmpty(), qPrintable(u"said after a fresh English start only: "_s + missing));
    }

    // Each test's problems, one line each.
    void cleanup()
    {
        const QStringList problems = std::exchange(m_walker.problems, {});
        for (const QString &problem : problems)
            qWarning().noquote() << problem;
        QVERIFY2(problems.isEmpty(),
            qPrintable(u"%1 layout problems (listed above)"_s.arg(problems.size())));
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
