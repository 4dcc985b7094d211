#pragma once

#include "sync/message.h"
#include "sync/supervisorchannel.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <exception>

namespace outfall::server {

// One outfallctl conversation (every subcommand's: flags, route, review, case...): requests
// sent to the server at --server over CURVE, signed in with the keys of the --credential file
// (read when it is made: throws std::exception when it cannot be); and what a failed one
// prints and exits with.
class CtlRequest
{
public:
    static constexpr int kExitNotFound = 3;

    CtlRequest(const QString &endpoint, const QString &credentialFile);

    // Whether the first word after the options (those in valueOptions take a value) is
    // `word`: how outfallctl finds the subcommands with options of their own.
    static bool isCommand(
        const QStringList &arguments, const QString &word, const QStringList &valueOptions);

    // The server's reply; throws sync::ProtocolError when it refuses, std::exception when it
    // cannot be reached. Later requests (a download's chunks) go over the same connection.
    sync::Message send(const sync::Message &request) { return m_channel.send(request); }
    // The server's public key, from the credential (enrolment files carry it).
    QByteArray serverPublicKey() const { return m_channel.credential().serverPublicKey; }

    // "outfallctl: WHAT refused (CODE): TEXT" and exit 3 for NOT_FOUND, else 1; or
    // "outfallctl: WHAT: ERROR" and exit 1.
    static int failed(QTextStream &err, const QString &what, const std::exception &e);

private:
    sync::SupervisorChannel m_channel;
};

} // namespace outfall::server
