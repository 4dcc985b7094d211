#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QQuickItem;
class QQuickWindow;

namespace outfall::app {

// `outfall --ui-probe FILE`: what a script driving the app with real X events (scripts/xday,
// xdotool) needs to know to aim: every few hundred milliseconds FILE is rewritten (atomically)
// with one line per visible button, text field, text and named item, in window coordinates:
//
//   kind <TAB> objectName <TAB> text <TAB> x <TAB> y <TAB> width <TAB> height <TAB> enabled <TAB>
//   checked
//
// kind is button, field, text or item. Nothing is written without the option; the app does
// not read the file. The script still clicks and types like a person: the probe only says
// where things are, as the screen would to someone looking at it.
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
