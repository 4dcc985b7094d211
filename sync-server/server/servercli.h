#pragma once

#include <QStringList>
#include <QTextStream>

namespace outfall::server {

// The outfall-server command line:
//   outfall-server init    --data DIR
//   outfall-server import  --data DIR permits|reports|checklists|staff FILE
//   outfall-server summary --data DIR
// Exit codes: 0 success, 1 the command failed (message on stderr; for an import, every
// issue of the file), 2 usage error (also a FILE that does not exist).
class ServerCli
{
public:
    ServerCli();
    ServerCli(QTextStream *out, QTextStream *err); // for tests

    int run(const QStringList &arguments);

private:
    int usage(const QString &problem);
    int init(const QString &dataDir);
    int import(const QString &dataDir, const QString &kind, const QString &file);
    int summary(const QString &dataDir);

    QTextStream m_stdout;
    QTextStream m_stderr;
    QTextStream *m_out;
    QTextStream *m_err;
};

} // namespace outfall::server
