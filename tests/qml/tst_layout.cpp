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

namespace {

constexpr qreal kMinTouch = 48;
constexpr qreal kSlack = 1; // sub-pixel layout rounding

bool isInteractive(const QQuickItem *item)
{
    if (item->inherits("QQuickAbstractButton") || item->inherits("QQuickMouseArea")
        || item->inherits("QQuickTextField") || item->inherits("QQuickTextArea")
        || item->inherits("QQuickComboBox"))
        return true;
    const QObjectList children = item->children();
    return std::any_of(children.cbegin(), children.cend(),
        [](const QObject *child) { return child->inherits("QQuickTapHandler"); });
}

bool insideFlickable(const QQuickItem *item)
{
    for (const QQuickItem *up = item->parentItem(); up; up = up->parentItem()) {
        if (up->inherits("QQuickFlickable"))
            return true;
    }
    return false;
}

// "OfButton «‹ Back» (PermitDetailPage.qml)": the QML type, its id or text, its file.
QString describe(const QQuickItem *item)
{
    QString type = QString::fromLatin1(item->metaObject()->className());
    type.remove(QRegularExpression(u"(_QML(TYPE)?_\\d+)+$"_s));
    type.remove(QRegularExpression(u"^QQuick"_s));
    QString what = type;
    if (const QQmlContext *context = qmlContext(item)) {
        if (const QString id = context->nameForObject(const_cast<QQuickItem *>(item));
            !id.isEmpty())
            what += u" #"_s + id;
    }
    if (const QVariant text = item->property("text"); text.isValid() && !text.toString().isEmpty())
        what += u" «"_s + text.toString().left(60) + u"»"_s;
    else if (const QString name = item->objectName(); !name.isEmpty())
        what += u" ["_s + name + u"]"_s;
    for (const QQuickItem *up = item; up; up = up->parentItem()) {
        if (const QQmlContext *context = qmlContext(up); context && context->baseUrl().isValid()) {
            what += u" ("_s + context->baseUrl().fileName() + u")"_s;
            break;
        }
    }
    return what;
}

// Where the text of a Text item starts each line after the first, laid out as QQuickText lays
// it out (its font, wrap mode and width); empty when it is one line, rich text, or when the
// layout here does not come to the item's own line count (then nothing can be said).
QList<int> lineStarts(const QQuickItem *text)
{
    const QString content = text->property("text").toString();
    const int lineCount = text->property("lineCount").toInt();
    if (lineCount < 2 || Qt::mightBeRichText(content))
        return {};
    QString laidOut = content;
    laidOut.replace(u'\n', QChar::LineSeparator);
    QTextLayout layout(laidOut, text->property("font").value<QFont>());
    QTextOption option;
    option.setWrapMode(static_cast<QTextOption::WrapMode>(text->property("wrapMode").toInt()));
    layout.setTextOption(option);
    const qreal width = text->width() - text->property("leftPadding").toReal()
        - text->property("rightPadding").toReal();
    QList<int> starts;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (line.textStart() > 0 && laidOut.at(line.textStart() - 1) != QChar::LineSeparator)
            starts.append(line.textStart());
    }
    layout.endLayout();
    return layout.lineCount() == lineCount ? starts : QList<int>();
}

// The token a line break at `at` cuts, or empty: dates, numbers with their decimals, codes and
// words of Latin letters and digits (a permit number, HJ 57-2017, 22.50550, 23:50).
QString brokenToken(const QString &text, int at)
{
    static const QRegularExpression tokens(
        uR"(\d{4}年\d{1,2}月\d{1,2}日|\d{1,2} [A-Z][a-z]{2} \d{4})"
        uR"(|\d+(?:-\d+)+|[A-Za-z0-9₀-₉](?:[A-Za-z0-9₀-₉.:/]*[A-Za-z0-9₀-₉])?)"_s);
    for (auto it = tokens.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedStart() < at && at < match.capturedEnd())
            return match.captured();
    }
    return {};
}

class Walker
{
public:
    // Problems found, each with the first place it was seen.
    QStringList problems;

    void walk(QQuickWindow *window, const QString &where)
    {
        m_window = window;
        m_where = where;
        m_interactive = 0;
        m_texts = 0;
        visit(window->contentItem());
        // LAYOUT_DUMP=1 lists what each walk saw (a check that it saw the page).
        if (qEnvironmentVariableIsSet("LAYOUT_DUMP"))
            qDebug().noquote() << where << m_interactive << "interactive," << m_texts << "texts";
    }

private:
    void report(const QQuickItem *item, const QString &problem)
    {
        const QString key = describe(item) + u": "_s + problem;
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        problems.append(key + u"  — "_s + m_where);
    }

    void visit(QQuickItem *item)
    {
        if (!item->isVisible() || item->opacity() <= 0)
            return;
        m_interactive += isInteractive(item) ? 1 : 0;
        if (isInteractive(item) && item->isEnabled()
            && (item->width() + kSlack < kMinTouch || item->height() + kSlack < kMinTouch)) {
            report(item,
                u"touch target %1×%2 px, under %3×%3"_s.arg(item->width())
                    .arg(item->height())
                    .arg(kMinTouch));
        }
        const bool isText =
            item->inherits("QQuickText") && !item->property("text").toString().isEmpty();
        if (isText) {
            ++m_texts;
            if (qEnvironmentVariableIsSet("LAYOUT_DUMP"))
                qDebug().noquote() << "   " << describe(item);
            checkText(item);
        }
        if ((isText || isInteractive(item)) && item->width() > 0 && item->height() > 0) {
            const QRectF onScreen =
                item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
            const QRectF window(0, 0, m_window->width(), m_window->height());
            const bool pastSide =
                onScreen.left() < -kSlack || onScreen.right() > window.right() + kSlack;
            const bool pastBottom = onScreen.bottom() > window.bottom() + kSlack;
            if (pastSide || (pastBottom && !insideFlickable(item)))
                report(item, u"reaches past the window's edge"_s);
        }
        const QList<QQuickItem *> children = item->childItems();
        for (QQuickItem *child : children)
            visit(child);
    }

    void checkText(const QQuickItem *text)
    {
        if (text->property("truncated").toBool()) {
            report(text,
                u"elided (%1 line(s) in %2×%3 px)"_s.arg(text->property("lineCount").toInt())
                    .arg(text->width())
                    .arg(text->height()));
        }
        const qreal contentWidth = text->property("contentWidth").toReal();
        const qreal contentHeight = text->property("contentHeight").toReal();
        if (contentWidth > text->width() + kSlack)
            report(
                text, u"text %1 px wide in an item of %2"_s.arg(contentWidth).arg(text->width()));
        if (contentHeight > text->height() + kSlack)
            report(
                text, u"text %1 px high in an item of %2"_s.arg(contentHeight).arg(text->height()));
        const QString content = text->property("text").toString();
        for (const int at : lineStarts(text)) {
            if (const QString token = brokenToken(content, at); !token.isEmpty()) {
                report(text,
                    u"token «%1» broken across lines («%2 / %3»)"_s.arg(token,
                        content.mid(std::max(0, at - 12), std::min(at, 12)), content.mid(at, 12)));
            }
        }
    }

    QQuickWindow *m_window = nullptr;
    QString m_where;
    int m_interactive = 0;
    int m_texts = 0;
    QSet<QString> m_seen;
};

// The texts of the visible Text items under `item`, in tree order, and the words the painted
// items (the chart, the map) draw themselves: they too must follow a language switch.
QStringList visibleTexts(const QQuickItem *item)
{
    if (!item->isVisible() || item->opacity() <= 0)
        return {};
    QStringList texts;
    if (item->inherits("QQuickText"))
        texts.append(item->property("text").toString());
    if (const QVariant painted = item->property("paintedTexts"); painted.isValid())
        texts += painted.toStringList();
    const QList<QQuickItem *> children = item->childItems();
    for (const QQuickItem *child : children)
        texts += visibleTexts(child);
    return texts;
}

// Lets the window lay out, load images and finish transitions.
void settle(QQuickWindow *window, int ms = 60)
{
    QTest::qWait(ms);
    window->grabWindow(); // a frame: polish and layout done
}

} // namespace

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
