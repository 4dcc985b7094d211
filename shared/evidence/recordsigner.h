#pragma once

#include "evidence/signingkeypair.h"

#include <QByteArray>

namespace outfall::evidence {

// Detached Ed25519 signatures over canonical bytes (a record's, a tree head's).
class RecordSigner
{
public:
    // Throws std::invalid_argument when the key pair is not a valid one.
    explicit RecordSigner(SigningKeyPair keys);

    const QByteArray &publicKey() const { return m_keys.publicKey; }
    // 64 bytes.
    QByteArray sign(const QByteArray &message) const;

private:
    SigningKeyPair m_keys;
};

} // namespace outfall::evidence
