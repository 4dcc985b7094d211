#include "app/selftest.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
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

} // namespace

QStringList SelfTest::qmlFiles()
{
    QStringList files;
    QDirIterator it(u":/Outfall"_s, {u"*.qml"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

int SelfTest::run()
{
    const QtMessageHandler previous = qInstallMessageHandler(recordWarnings);
    int failures = 0;
    int passed = 0;
    const QStringList files = qmlFiles();
    {
        QQmlEngine engine;
        engine.addImportPath(u"qrc:/"_s); // where qt_add_qml_module puts module Outfall (Qt 6.4)
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
            const bool instantiate = file.endsWith(u"Main.qml"_s) || file.contains(u"/pages/"_s);
            if (component.isReady() && instantiate) {
                QScopedPointer<QObject> object(component.create());
                if (!object)
                    s_warnings.append(component.errorString());
                QCoreApplication::processEvents();
            }
            const bool ok = s_warnings.isEmpty();
            std::printf("%s %s\n", ok ? "ok  " : "FAIL", qPrintable(file));
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
