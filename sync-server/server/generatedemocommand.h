#pragma once

#include <QStringList>
#include <QTextStream>

namespace outfall::server {

// outfall-server generate-demo --out DIR [--seed N] [--enterprises N] [--months N]
//                              [--as-of YYYY-MM-DD] [--no-reports]
// Writes the deterministic demo data set (docs/demo-data.md). Needs no store.
// Exit codes as ServerCli: 0 done, 1 failed, 2 usage error naming the argument.
class GenerateDemoCommand
{
public:
    GenerateDemoCommand(QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments); // the arguments after "generate-demo"

    static const QString kUsage;

private:
    int usage(const QString &problem);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace outfall::server
