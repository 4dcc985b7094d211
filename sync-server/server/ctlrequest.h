#pragma once

#include "server/serverkeys.h"
#include "sync/message.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <exception>

namespace outfall::server {

// One outfallctl request (every subcommand's: flags, route, review...): sent to the server at
// --server over CURVE, signed in with the keys of the --credential file; and what a failed
// one prints and exits with.
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
    // cannot be reached or the credential cannot be read.
    sync::Message send(const sync::Message &request) const;
    // The server's public key, from the credential (enrolment files carry it).
    QByteArray serverPublicKey() const { return m_credential.serverPublicKey; }

    // "outfallctl: WHAT refused (CODE): TEXT" and exit 3 for NOT_FOUND, else 1; or
    // "outfallctl: WHAT: ERROR" and exit 1.
    static int failed(QTextStream &err, const QString &what, const std::exception &e);

private:
    QString m_endpoint;
    ServerKeys::Credential m_credential;
};

} // namespace outfall::server
