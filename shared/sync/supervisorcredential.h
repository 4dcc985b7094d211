#pragma once

#include "sync/curvekeypair.h"

#include <QByteArray>
#include <QString>

namespace outfall::sync {

// A supervisor's (or the admin's) credential file: the key pair it signs in with over CURVE
// and the server's public key it pins. JSON with server_public_key, public_key and
// secret_key (Z85), mode 0600: DATA/supervisor.credential, or a file
// `outfall-server supervisor-credential` wrote. outfallctl and the supervisor console read it.
struct SupervisorCredential
{
    QByteArray serverPublicKey;
    CurveKeyPair keys;

    // Throws std::runtime_error naming the file when it cannot be read or is not a credential.
    static SupervisorCredential read(const QString &path);
    // The file's bytes.
    QByteArray toJson() const;
};

} // namespace outfall::sync
