#include "server/queuectlline.h"

#include "cli/commandline.h"

using namespace Qt::StringLiterals;

namespace outfall::server {

QueueCtlLine QueueCtlLine::read(const QStringList &arguments, const QString &noteOption)
{
    const cli::CommandLine line(
        arguments.mid(1), {u"server"_s, u"credential"_s, u"state"_s, noteOption}, {u"json"_s});
    QueueCtlLine read;
    read.helpAsked = line.helpAsked();
    if (read.helpAsked)
        return read;
    read.endpoint = line.optionalText(u"server"_s);
    read.credentialFile = line.optionalText(u"credential"_s);
    if (read.endpoint.isEmpty() || read.credentialFile.isEmpty())
        throw cli::UsageError(u"--server ENDPOINT and --credential FILE are required"_s);
    read.state = line.optionalText(u"state"_s);
    read.noteGiven = line.has(noteOption);
    read.note = line.all(noteOption).value(0);
    read.json = line.flag(u"json"_s);
    QStringList words = line.positionals();
    words.removeFirst(); // the queue's own word
    read.action = words.value(0);
    read.subjects = words.mid(1);
    return read;
}

} // namespace outfall::server
