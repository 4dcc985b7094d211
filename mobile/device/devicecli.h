#pragma once

#include <QStringList>
#include <QTextStream>

namespace outfall::device {

// The outfall-device command line: `outfall-device --profile DIR COMMAND [ARGS] [--json]`.
// Exit codes: 0 done; 1 the action was refused or failed (the reason on stderr, and with
// --json also {"error", "missing"} on stdout), nothing already stored is lost; 2 a bad
// command line, naming the argument at fault.
class DeviceCli
{
public:
    DeviceCli();
    DeviceCli(QTextStream *out, QTextStream *err);

    int run(const QStringList &arguments);

private:
    int fail(int code, const QString &message, bool json, const QStringList &missing = {});

    QTextStream m_stdout;
    QTextStream m_stderr;
    QTextStream *m_out;
    QTextStream *m_err;
};

} // namespace outfall::device
