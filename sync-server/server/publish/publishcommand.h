#pragma once

#include <QStringList>
#include <QTextStream>

namespace outfall::server::publish {

// outfall-server publish --data DIR --out OUTDIR [--as-of YYYY-MM-DD]
// Writes the static bilingual "one public" (一公开) site of the store in DIR (docs/publish.md).
// It reads the store directly, as the other --data commands do: publishing is done by whoever
// runs the server, not by a supervisor over the protocol.
// Exit codes as ServerCli: 0 done, 1 failed, 2 usage error naming the argument.
class PublishCommand
{
public:
    PublishCommand(QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments); // the arguments after "publish"

    static const QString kUsage;

private:
    int usage(const QString &problem);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace outfall::server::publish
