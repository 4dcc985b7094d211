#pragma once

#include "server/clioutput.h"

#include <QStringList>
#include <QTextStream>

namespace outfall::server {

// The outfallctl command line: supervisor commands sent to a running server over the
// sync protocol (CURVE, signed in with the credential `outfall-server init` made).
//   outfallctl --server ENDPOINT --credential FILE enroll INSPECTOR --out FILE
//   outfallctl --server ENDPOINT --credential FILE revoke DEVICE
//   outfallctl --server ENDPOINT --credential FILE assign INSPECTOR PERMIT...
//   outfallctl --server ENDPOINT --credential FILE unassign INSPECTOR PERMIT...
// Exit codes: 0 done, 1 refused or unreachable (reason on stderr), 2 usage error.
class CtlCli
{
public:
    CtlCli();
    CtlCli(QTextStream *out, QTextStream *err);

    int run(const QStringList &arguments);

private:
    int usage(const QString &problem);

    CliOutput m_io;
    QTextStream *m_out = &m_io.out();
    QTextStream *m_err = &m_io.err();
};

} // namespace outfall::server
