// outfall-server: thin entry point; the commands live in server/servercli.cpp.
#include "server/servercli.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <unistd.h>

namespace {

// A service account (or root in a container) has no XDG_RUNTIME_DIR; Qt then warns on every
// command before using /tmp/runtime-USER. The server needs the directory for nothing of its
// own: give Qt the same private directory quietly.
void quietRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + QStringLiteral("/runtime-outfall-%1").arg(getuid());
    if (!QDir().mkpath(dir))
        return;
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
}

} // namespace

int main(int argc, char *argv[])
{
    // A QGuiApplication for the fonts of the case reports' PDFs (docs/cases.md 5); the server
    // has no screen, so the offscreen platform unless another is asked for.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    quietRuntimeDir();
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("outfall-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OUTFALL_VERSION));
    return outfall::server::ServerCli().run(QCoreApplication::arguments());
}
