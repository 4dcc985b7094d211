#pragma once

#include <QByteArray>

namespace outfall::evidence {

// Checks a detached Ed25519 signature. False (never a throw) for a key or signature of the
// wrong size: a verifier is fed bytes from the wire.
class RecordVerifier
{
public:
    static bool verify(
        const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);
};

} // namespace outfall::evidence
