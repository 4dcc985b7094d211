#pragma once

// The layout walk of tst_layout (the inspector's app) and tst_consolelayout (the supervisor
// console): every visible item of a window, item by item. Problems:
//  - an interactive item (a button or other AbstractButton, a MouseArea, a TapHandler's item, a
//    text field or area, a combo box) smaller than 48×48 px;
//  - a text that does not fit: elided, or wider or taller than its item;
//  - a token broken across lines (a permit number, a code, a number, a date, a word);
//  - an interactive item or a text reaching past the window's edge where nothing scrolls to it.
#include <QDebug>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace layoutcheck {

using namespace Qt::StringLiterals;

constexpr qreal kMinTouch = 48;
constexpr qreal kSlack = 1; // sub-pixel layout rounding

inline bool isInteractive(const QQuickItem *item)
{
    if (item->inherits("QQuickAbstractButton") || item->inherits("QQuickMouseArea")
        || item->inherits("QQuickTextField") || item->inherits("QQuickTextArea")
        || item->inherits("QQuickComboBox"))
        return true;
    const QObjectList children = item->children();
    return std::any_of(children.cbegin(), children.cend(),
        [](const QObject *child) { return child->inherits("QQuickTapHandler"); });
}

inline bool insideFlickable(const QQuickItem *item)
{
    for (const QQuickItem *up = item->parentItem(); up; up = up->parentItem()) {
        if (up->inherits("QQuickFlickable"))
            return true;
    }
    return false;
}

// "OfButton «‹ Back» (PermitDetailPage.qml)": the QML type, its id or text, its file.
inline QString describe(const QQuickItem *item)
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
inline QList<int> lineStarts(const QQuickItem *text)
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
inline QString brokenToken(const QString &text, int at)
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
inline QStringList visibleTexts(const QQuickItem *item)
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
inline void settle(QQuickWindow *window, int ms = 60)
{
    QTest::qWait(ms);
    window->grabWindow(); // a frame: polish and layout done
}

} // namespace layoutcheck
