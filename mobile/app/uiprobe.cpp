#include "app/uiprobe.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace outfall::app {

namespace {

QString kindOf(const QQuickItem *item)
{
    if (item->inherits("QQuickAbstractButton"))
        return u"button"_s;
    if (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit"))
        return u"field"_s;
    if (item->inherits("QQuickText"))
        return u"text"_s;
    return item->objectName().isEmpty() ? QString() : u"item"_s;
}

QString oneLine(QString text)
{
    text.replace(u'\t', u' ').replace(u'\n', u' ').replace(QChar::LineSeparator, u' ');
    return text;
}

// Where the item's centre stands against what its clipping ancestors (a list, a scroll view)
// let through: 0 shown, -1 clipped off above, 1 below, 2 beside.
int clipSide(const QRectF &rect, const QRectF &shown)
{
    const QPointF centre = rect.center();
    if (shown.contains(centre))
        return 0;
    if (centre.y() < shown.top())
        return -1;
    return centre.y() > shown.bottom() ? 1 : 2;
}

// Whether all of rect is let through, to within a pixel: an item scrolled to the very end of
// its view stands at fractional coordinates and may overhang by a rounding error that no
// amount of scrolling removes.
bool wholly(const QRectF &rect, const QRectF &shown)
{
    return shown.adjusted(-1, -1, 1, 1).contains(rect);
}

// shown: the part of the window the item's clipping ancestors let through. blocked: an
// ancestor takes no input now (a StackView in a transition eats every click), so the item
// counts as not enabled.
void describe(const QQuickItem *item, QRectF shown, bool blocked, QTextStream &out)
{
    if (!item->isVisible() || item->opacity() <= 0)
        return;
    const QString kind = kindOf(item);
    const QRectF rect = item->mapRectToScene(item->boundingRect());
    if (!kind.isEmpty() && rect.width() > 0 && rect.height() > 0) {
        const QVariant checked = item->property("checked");
        out << kind << '\t' << oneLine(item->objectName()) << '\t'
            << oneLine(item->property("text").toString()) << '\t' << qRound(rect.x()) << '\t'
            << qRound(rect.y()) << '\t' << qRound(rect.width()) << '\t' << qRound(rect.height())
            << '\t' << (item->isEnabled() && !blocked ? 1 : 0) << '\t'
            << (checked.isValid() && checked.toBool() ? 1 : 0) << '\t'
            << oneLine(item->property("placeholderText").toString()) << '\t'
            << clipSide(rect, shown) << '\t' << (wholly(rect, shown) ? 1 : 0) << '\n';
    }
    if (item->clip())
        shown = shown.intersected(rect);
    blocked = blocked || (item->inherits("QQuickStackView") && item->property("busy").toBool());
    const QList<QQuickItem *> children = item->childItems();
    for (const QQuickItem *child : children)
        describe(child, shown, blocked, out);
}

} // namespace

UiProbe::UiProbe(QQuickWindow *window, QString path)
    : QObject(window)
    , m_window(window)
    , m_path(std::move(path))
{
    connect(&m_timer, &QTimer::timeout, this, &UiProbe::write);
    m_timer.start(100);
}

void UiProbe::write() const
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return;
    QTextStream out(&file);
    out << "window\t\t\t0\t0\t" << m_window->width() << '\t' << m_window->height() << "\t1\t0\t\n";
    describe(
        m_window->contentItem(), QRectF(0, 0, m_window->width(), m_window->height()), false, out);
    out.flush();
    file.commit();
}

} // namespace outfall::app
