#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QQuickItem;
class QQuickWindow;

namespace outfall::app {

// `outfall --ui-probe FILE`: what a script driving the app with real X events (scripts/xday,
// xdotool) needs to know to aim: every 100 ms FILE is rewritten (atomically)
// with one line per visible button, text field, text and named item, in window coordinates:
//
//   kind <TAB> objectName <TAB> text <TAB> x <TAB> y <TAB> width <TAB> height <TAB> enabled <TAB>
//   checked <TAB> placeholderText <TAB> clipped <TAB> whole
//
// kind is button, field, text or item; checked is the control's `checked` (a chosen answer,
// the current choice of a row); clipped says whether the item's centre is let through by its
// clipping ancestors (a list, a scroll view): 0 shown, -1 scrolled off above, 1 below, 2
// beside; whole is 1 when all of the item is let through (a signature pad drawn on must be:
// a stroke on a part scrolled under the section row would tap that row). Items wholly outside the window are listed too (the script scrolls towards them). Nothing
// is written without the option; the app does not read the file. The script still clicks and types
// like a person: the probe only says where things are, as the screen would to someone looking at
// it.
class UiProbe : public QObject
{
    Q_OBJECT

public:
    UiProbe(QQuickWindow *window, QString path);

private:
    void write() const;

    QQuickWindow *m_window;
    QString m_path;
    QTimer m_timer;
};

} // namespace outfall::app
