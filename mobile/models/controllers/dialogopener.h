#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace outfall::models {

// Opens the app's dialogs and popups so that a missing QML module is a sentence, never a
// crash. A QtQuick.Dialogs dialog without a native implementation loads its Qt Quick one
// (module QtQuick.Dialogs.quickimpl) when it first opens; when a module that one imports is
// not installed (FileDialog needs Qt.labs.folderlistmodel) Qt 6.4 prints a warning and then
// crashes. So the implementation is compiled first, and only opened when it compiles.
// QML: `const problem = DialogOpener.open(picker)` instead of `picker.open()`. The self-test
// opens every dialog and popup of every page the same way.
class DialogOpener : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit DialogOpener(QQmlEngine *engine, QObject *parent = nullptr);
    static DialogOpener *create(QQmlEngine *engine, QJSEngine *);

    // Opens a dialog (QtQuick.Dialogs) or a popup (QtQuick.Controls Popup, Menu, Drawer...).
    // Empty when it opened; else why not, in the UI language (also printed as a warning).
    Q_INVOKABLE QString open(QObject *dialog);

    // Why `dialog` cannot open in `engine`, in the UI language; empty when it can (also for
    // a popup, which needs no implementation loaded).
    static QString problem(QQmlEngine *engine, const QObject *dialog);
    static bool isDialog(const QObject *object);
    static bool isPopup(const QObject *object);
    // "FileDialog" for a FileDialog instance.
    static QString dialogType(const QObject *dialog);
    // The module a QML error names as not installed ("Qt.labs.folderlistmodel"), else empty.
    static QString missingModule(const QString &qmlErrors);
    // The Debian package that installs a QML module: qml6-module-qt-labs-folderlistmodel.
    static QString debianPackage(const QString &module);

private:
    QQmlEngine *m_engine;

    // The compile errors of the implementation of a dialog type in `engine` (cached: the
    // installed modules do not change while the app runs).
    static QString implementationErrors(QQmlEngine *engine, const QString &type);
};

} // namespace outfall::models
