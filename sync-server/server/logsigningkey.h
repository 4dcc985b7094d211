#pragma once

#include "evidence/signingkeypair.h"

#include <QString>

namespace outfall::server {

// The server's Ed25519 key that signs the evidence log's tree heads, beside its CurveZMQ
// keys: DATA/log-signing.key (the 64-byte secret key in hex, 0600) and DATA/log-signing.pub
// (the public key in hex: what a verifier of receipts and case packages pins).
class LogSigningKey
{
public:
    static QString secretKeyPath(const QString &dataDir);
    static QString publicKeyPath(const QString &dataDir);

    // The key of the data directory, made on first use (a data directory from before the
    // evidence log gets one when the server first starts). An empty dataDir gives a key for
    // this process alone (tests). Throws std::runtime_error naming a bad file.
    static evidence::SigningKeyPair loadOrCreate(const QString &dataDir);
};

} // namespace outfall::server
