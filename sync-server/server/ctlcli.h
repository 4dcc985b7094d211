#pragma once

#include "server/clioutput.h"
#include "sync/message.h"

#include <QStringList>
#include <QTextStream>

namespace outfall::server {

// The outfallctl command line: supervisor commands sent to a running server over the
// sync protocol (CURVE, signed in with the credential `outfall-server init` made).
//   outfallctl --server ENDPOINT --credential FILE enroll INSPECTOR --out FILE
//   outfallctl --server ENDPOINT --credential FILE revoke DEVICE
//   outfallctl --server ENDPOINT --credential FILE assign INSPECTOR PERMIT...
//   outfallctl --server ENDPOINT --credential FILE unassign INSPECTOR PERMIT...
//   outfallctl --server ENDPOINT --credential FILE flags [--permit P] [--rule R] [--state S]
//   [--json] outfallctl --server ENDPOINT --credential FILE flag ack|dismiss ID --reason TEXT
// Exit codes: 0 done, 1 refused or unreachable (reason on stderr), 2 usage error,
// 3 no such device, inspector, permit or flag.
class CtlCli
{
public:
    CtlCli();
    CtlCli(QTextStream *out, QTextStream *err);

    int run(const QStringList &arguments);

private:
    int usage(const QString &problem);
    void printFlags(const sync::Message &reply, bool json, const QString &language);

    CliOutput m_io;
    QTextStream *m_out = &m_io.out();
    QTextStream *m_err = &m_io.err();
};

} // namespace outfall::server
