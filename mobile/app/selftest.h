#pragma once

#include <QStringList>

namespace outfall::app {

// Loads every QML file compiled into the app (qrc:/Outfall/...), instantiates the main
// window, and counts QML warnings. A page that warns about a binding, a missing property or
// a type error fails the build's tests instead of the inspector's day.
class SelfTest
{
public:
    int run(); // 0 when every file loaded without a warning

    static QStringList qmlFiles();
};

} // namespace outfall::app
