#pragma once

#include <QByteArray>

namespace outfall::evidence {

// An Ed25519 key pair (libsodium crypto_sign): 32-byte public key, 64-byte secret key
// (libsodium's form: seed followed by the public key). Devices make one at enrolment; the
// server keeps one for its tree heads.
struct SigningKeyPair
{
    QByteArray publicKey;
    QByteArray secretKey;

    static constexpr qsizetype publicKeyBytes = 32;
    static constexpr qsizetype secretKeyBytes = 64;
    static constexpr qsizetype signatureBytes = 64;

    bool isValid() const
    {
        return publicKey.size() == publicKeyBytes && secretKey.size() == secretKeyBytes;
    }

    static SigningKeyPair generate();
    // The pair from a stored secret key (the public key is its last 32 bytes); throws
    // std::invalid_argument for a key of the wrong size.
    static SigningKeyPair fromSecretKey(const QByteArray &secretKey);
};

} // namespace outfall::evidence
