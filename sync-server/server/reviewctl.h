#pragma once

#include "server/clioutput.h"
#include "sync/message.h"

#include <QStringList>

namespace outfall::server {

// `outfallctl review ...` (docs/protocol.md 4.2, "Review"): kept apart from CtlCli, which
// hands it the whole command line when the command is `review`.
//   review list [--state submitted|returned|approved] [--json]
//   review show INSPECTION [--json]
//   review approve INSPECTION [--comment TEXT]
//   review return INSPECTION --comment TEXT
// Exit codes as outfallctl's: 0 done, 1 refused or unreachable, 2 usage error, 3 no such
// inspection.
class ReviewCtl
{
public:
    explicit ReviewCtl(CliOutput &io);

    static const QString &usageText();
    // Whether the first word after the options is `review`.
    static bool handles(const QStringList &arguments);
    int run(const QStringList &arguments);

private:
    int usage(const QString &problem);
    void printList(const sync::Message &reply, bool json);
    void printShow(const sync::Message &reply, bool json);

    CliOutput &m_io;
};

} // namespace outfall::server
