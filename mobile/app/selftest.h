#pragma once

#include <QStringList>

class QObject;
class QQmlEngine;

namespace outfall::models {
class AppSession;
}

namespace outfall::app {

// Loads every QML file compiled into the app (qrc:/Outfall/...), instantiates the main
// window and the pages, opens every dialog and popup they hold (a file dialog whose QML
// implementation needs a module that is not installed fails here, not on the inspector's
// tap), and counts QML warnings. A page that warns about a binding, a missing property or a
// type error fails the build's tests instead of the inspector's day.
class SelfTest
{
public:
    // Loads every QML file on an engine given the session; 0 when each loaded without a
    // warning.
    int run(models::AppSession *session);

    static QStringList qmlFiles();
    // Opens and closes every dialog and popup under `root`; what opened, described. What
    // could not open is added to the warnings.
    static QStringList openEveryDialog(QQmlEngine &engine, QObject *root);
};

} // namespace outfall::app
