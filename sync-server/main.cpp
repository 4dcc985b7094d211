// outfall-server: thin entry point; the commands live in server/servercli.cpp.
#include "server/servercli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("outfall-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OUTFALL_VERSION));
    return outfall::server::ServerCli().run(QCoreApplication::arguments());
}
