#pragma once

#include "server/clioutput.h"
#include "sync/message.h"

#include <QStringList>

namespace outfall::server {

// `outfallctl application ...` (docs/protocol.md 4.2, "Applications"): kept apart from
// CtlCli, which hands it the whole command line when the command is `application`.
//   application list [--state pending|returned|approved|refused|issued] [--json]
//   application show APPLICATION [--json]          (permit id or number)
//   application approve|return|refuse APPLICATION --reason TEXT
// Exit codes as outfallctl's: 0 done, 1 refused or unreachable, 2 usage error, 3 no such
// application.
class ApplicationCtl
{
public:
    explicit ApplicationCtl(CliOutput &io);

    static const QString &usageText();
    // Whether the first word after the options is `application`.
    static bool handles(const QStringList &arguments);
    int run(const QStringList &arguments);

private:
    int usage(const QString &problem);
    void printList(const sync::Message &reply, bool json);
    void printShow(const sync::Message &reply, bool json);

    CliOutput &m_io;
};

} // namespace outfall::server
