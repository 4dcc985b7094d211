#pragma once

#include "server/clioutput.h"
#include "sync/message.h"

#include <QJsonObject>
#include <QStringList>

namespace outfall::server {

class CtlRequest;

// `outfallctl case ...` (docs/cases.md 1): kept apart from CtlCli, which hands it the whole
// command line when the command is `case`.
//   case create --permit P [--flag ID...] [--inspection ID...] --title TEXT
//   case add CASE (--flag|--inspection) ID...
//   case list [--json] | case show CASE [--json]
//   case export CASE --out DIR [--lang zh|en]
//   case verify DIR [--key HEX|FILE]     (offline: no --server, no --credential)
// Exit codes as outfallctl's: 0 done (verify: the package verified), 1 refused, unreachable
// or a package that does not verify, 2 usage error, 3 no such case, permit, flag or
// inspection.
class CaseCtl
{
public:
    explicit CaseCtl(CliOutput &io);

    static const QString &usageText();
    // Whether the first word after the options is `case`.
    static bool handles(const QStringList &arguments);
    int run(const QStringList &arguments);

private:
    int usage(const QString &problem);
    int verify(const QString &dir, const QString &key);
    int download(CtlRequest &server, const sync::Message &reply, const QString &dir);
    void printCase(const QJsonObject &c, bool withActions);

    CliOutput &m_io;
};

} // namespace outfall::server
