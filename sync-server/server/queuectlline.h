#pragma once

#include <QString>
#include <QStringList>

namespace outfall::server {

// The command line of outfallctl's decision queues, `review` and `application`:
//   WORD list [--state S] [--json] | WORD show ID [--json] | WORD VERB ID [--NOTE TEXT]
// with --server ENDPOINT --credential FILE anywhere. Each queue checks what its own words
// allow; this reads what is there.
struct QueueCtlLine
{
    QString endpoint;
    QString credentialFile;
    QString state;
    QString note; // the decision's text: --comment (review) or --reason (application)
    bool noteGiven = false;
    bool json = false;
    bool helpAsked = false;
    QString action; // the word after the queue's own (list, show, approve...)
    QStringList subjects; // the words after the action

    // Throws cli::UsageError: an unknown option, one without its value, or (unless help is
    // asked) no --server or --credential.
    static QueueCtlLine read(const QStringList &arguments, const QString &noteOption);
};

} // namespace outfall::server
