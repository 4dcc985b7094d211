#pragma once
// Runs outfall-server's command line in-process and keeps what it printed.

#include "server/servercli.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace servertest {

struct Run
{
    int exitCode = 0;
    QString out;
    QString err;
};

inline Run run(const QStringList &arguments)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = outfall::server::ServerCli(&out, &err)
                          .run(QStringList {QStringLiteral("outfall-server")} + arguments);
    return result;
}

} // namespace servertest
