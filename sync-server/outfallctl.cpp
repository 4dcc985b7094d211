// outfallctl: thin entry point; the commands live in server/ctlcli.cpp.
#include "server/ctlcli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("outfallctl"));
    return outfall::server::CtlCli().run(QCoreApplication::arguments());
}
