#include "app/selftest.h"

#include "models/console/consolesession.h"
#include "models/controllers/dialogopener.h"
#include "models/session/appsession.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QPointer>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScopedPointer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace outfall::app {

namespace {

QStringList s_warnings;

void recordWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        s_warnings.append(message);
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

bool isSingleton(const QString &file)
{
    QFile qml(file);
    return qml.open(QIODevice::ReadOnly) && qml.readLine().startsWith("pragma Singleton");
}

// "FileDialog «Choose a photo»", "Popup (ComboBox #pollutant)": what was opened.
QString describe(const QObject *object)
{
    QString type = models::DialogOpener::dialogType(object);
    if (type.isEmpty())
        type = u"Popup"_s;
    const QString title = object->property("title").toString();
    if (!title.isEmpty())
        return type + u" «"_s + title + u"»"_s;
    if (!object->objectName().isEmpty())
        return type + u" ["_s + object->objectName() + u"]"_s;
    if (const QObject *owner = object->parent()) {
        QString ownerType = QString::fromLatin1(owner->metaObject()->className());
        ownerType = ownerType.left(ownerType.indexOf(u'_'));
        return type + u" ("_s + ownerType.remove(u"QQuick"_s) + u")"_s;
    }
    return type;
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

} // namespace

QStringList SelfTest::openEveryDialog(QQmlEngine &engine, QObject *root)
{
    QStringList opened;
    QList<QObject *> found = root->findChildren<QObject *>();
    found.prepend(root);
    QList<QPointer<QObject>> dialogs;
    const auto add = [&dialogs](QObject *object) {
        if ((models::DialogOpener::isDialog(object) || models::DialogOpener::isPopup(object))
            && !dialogs.contains(object))
            dialogs.append(object);
    };
    for (QObject *object : std::as_const(found)) {
        add(object);
        // A control's own popup (a ComboBox's list) is deferred: made when first asked for.
        if (object->metaObject()->indexOfProperty("popup") >= 0)
            add(object->property("popup").value<QObject *>());
    }
    for (const QPointer<QObject> &dialog : std::as_const(dialogs)) {
        if (!dialog)
            continue;
        const QString what = describe(dialog);
        // The same check DialogOpener.open makes in the app: a dialog whose implementation
        // cannot load fails here instead of crashing in front of the inspector.
        if (const QString problem = models::DialogOpener::problem(&engine, dialog);
            !problem.isEmpty()) {
            s_warnings.append(problem);
            continue;
        }
        QMetaObject::invokeMethod(dialog, "open");
        settle();
        if (!dialog || !dialog->property("visible").toBool()) {
            s_warnings.append(what + u" did not open"_s);
            continue;
        }
        opened.append(what);
        QMetaObject::invokeMethod(dialog, "close");
        settle();
    }
    return opened;
}

QStringList SelfTest::qmlFiles()
{
    QStringList files;
    QDirIterator it(u":/Outfall"_s, {u"*.qml"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

int SelfTest::run(models::AppSession *session)
{
    const QtMessageHandler previous = qInstallMessageHandler(recordWarnings);
    int failures = 0;
    int passed = 0;
    const QStringList files = qmlFiles();
    // The console's pages load with a console session that never connects: nothing is asked
    // of a server until refresh(), which the self-test does not call.
    const sync::CurveKeyPair serverKeys = sync::CurveKeyPair::generate();
    models::ConsoleSession console(u"tcp://127.0.0.1:9"_s,
        sync::SupervisorCredential {serverKeys.publicKey, sync::CurveKeyPair::generate()});
    {
        QQmlEngine engine;
        models::AppSession::provide(engine, session);
        models::ConsoleSession::provide(engine, &console);
        engine.addImportPath(u"qrc:/"_s); // where qt_add_qml_module puts module Outfall (Qt 6.4)
        // A page is shown in a window, as in the app: a popup or dialog opens only in one.
        QQuickWindow host;
        host.resize(1280, 800);
        host.show();
        for (const QString &file : files) {
            s_warnings.clear();
            if (isSingleton(file)) {
                // A singleton cannot be created by QQmlComponent; pages that use it load it.
                std::printf("skip %s (singleton, loaded through the pages)\n", qPrintable(file));
                continue;
            }
            QQmlComponent component(&engine, QUrl(u"qrc"_s + file));
            if (component.isError())
                s_warnings.append(component.errorString());
            // Whole pages and the window are instantiated; components with required
            // properties are only compiled (their delegates are created by the pages).
            const bool instantiate = file.endsWith(u"Main.qml"_s) || file.endsWith(u"Gallery.qml"_s)
                || file.endsWith(u"Console.qml"_s) || file.contains(u"/pages/"_s)
                || file.endsWith(u"Pane.qml"_s);
            QStringList opened;
            if (component.isReady() && instantiate) {
                // Made in the window, as the app makes its pages: a dialog finds its window
                // when its creation completes.
                QScopedPointer<QObject> object(component.beginCreate(engine.rootContext()));
                if (auto *item = qobject_cast<QQuickItem *>(object.data())) {
                    item->setParentItem(host.contentItem());
                    item->setSize(host.size());
                }
                if (object)
                    component.completeCreate();
                else
                    s_warnings.append(component.errorString());
                QCoreApplication::processEvents();
                // Every dialog and popup of the page opens (and closes again).
                if (object)
                    opened = openEveryDialog(engine, object.data());
            }
            const bool ok = s_warnings.isEmpty();
            std::printf("%s %s\n", ok ? "ok  " : "FAIL", qPrintable(file));
            for (const QString &dialog : std::as_const(opened))
                std::printf("      opened %s\n", qPrintable(dialog));
            for (const QString &warning : std::as_const(s_warnings))
                std::printf("      %s\n", qPrintable(warning));
            (ok ? passed : failures) += 1;
        }
    }
    qInstallMessageHandler(previous);
    std::printf("%d passed, %d failed\n", passed, failures);
    return failures == 0 && passed > 0 ? 0 : 1;
}

} // namespace outfall::app
