#pragma once

#include "importer/importreport.h"
#include "rules/ruleconfig.h"
#include "server/clioutput.h"

#include <QDate>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace outfall::store {
class Database;
}

namespace outfall::server {

// The outfall-server command line:
//   outfall-server init    --data DIR
//   outfall-server import  --data DIR [--quiet] permits|reports|checklists|staff|echo FILE
//   outfall-server evaluate --data DIR [--as-of YYYY-MM-DD] [--rules FILE] [--quiet]
//   outfall-server summary --data DIR
//   outfall-server run     --data DIR --bind ENDPOINT [--as-of YYYY-MM-DD]
//   outfall-server supervisor-credential --data DIR --out FILE
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
    int init(const QString &dataDir, std::optional<QDate> asOf, const QString &dbUrl);
    int import(
        const QString &dataDir, const QString &dbUrl, const QString &kind, const QString &file);
    int evaluate(
        const QString &dataDir, const QString &dbUrl, QDate asOf, const QString &rulesFile);
    int summary(const QString &dataDir, const QString &dbUrl);
    int migrate(const QString &dataDir, const QString &dbUrl, const QString &blobsUrl);
    static rules::RuleConfig ruleConfig(const QString &rulesFile);
    int runServer(const QString &dataDir, const QString &dbUrl, const QString &bind,
        const QString &blobsUrl, std::optional<QDate> flagsAsOf, const QString &rulesFile);
    int supervisorCredential(const QString &dataDir, const QString &dbUrl, const QString &outFile);

    // The evaluation date and rules of the flags an import re-evaluates.
    QDate m_asOf;
    QString m_rulesFile;
    // --quiet: no progress, only the summary.
    bool m_quiet = false;
    // Progress is shown as one line rewritten in place, which only a terminal can show.
    bool m_stderrIsTerminal = false;

    CliOutput m_io;
    QTextStream *m_out = &m_io.out();
    QTextStream *m_err = &m_io.err();
};

} // namespace outfall::server
