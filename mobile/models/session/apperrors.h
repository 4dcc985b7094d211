#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace outfall::models {

// A failure nobody asked for: an error thrown while the app handled an event (a timer, a
// queued reload, a tap) that no page caught, such as the store answering "disk I/O error".
// The window shows it in a banner the inspector can dismiss instead of the app aborting
// (GuardedApplication catches it). QML: the singleton `AppErrors`.
class AppErrors : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // The latest failure as a sentence in the UI language; empty when there is none.
    Q_PROPERTY(QString message READ message NOTIFY changed)
    // How many failures were reported since the app started (a banner repeats only the last).
    Q_PROPERTY(int count READ count NOTIFY changed)

public:
    static AppErrors &instance();
    static AppErrors *create(QQmlEngine *, QJSEngine *);

    QString message() const { return m_message; }
    int count() const { return m_count; }

    // what: the failure's own words (an exception's what()).
    void report(const QString &what);
    Q_INVOKABLE void dismiss();

Q_SIGNALS:
    void changed();

private:
    AppErrors() = default;

    QString m_message;
    int m_count = 0;
};

} // namespace outfall::models
