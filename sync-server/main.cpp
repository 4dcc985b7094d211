// outfall-server: thin entry point; the commands live in server/servercli.cpp.
#include "server/servercli.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // A QGuiApplication for the fonts of the case reports' PDFs (docs/cases.md 5); the server
    // has no screen, so the offscreen platform unless another is asked for.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("outfall-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OUTFALL_VERSION));
    return outfall::server::ServerCli().run(QCoreApplication::arguments());
}
