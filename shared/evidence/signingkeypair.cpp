#include "evidence/signingkeypair.h"

#include "evidence/sodiuminit.h"

#include <sodium.h>
#include <stdexcept>

namespace outfall::evidence {

static_assert(crypto_sign_PUBLICKEYBYTES == SigningKeyPair::publicKeyBytes);
static_assert(crypto_sign_SECRETKEYBYTES == SigningKeyPair::secretKeyBytes);
static_assert(crypto_sign_BYTES == SigningKeyPair::signatureBytes);

SigningKeyPair SigningKeyPair::generate()
{
    ensureSodium();
    SigningKeyPair pair {QByteArray(publicKeyBytes, Qt::Uninitialized),
        QByteArray(secretKeyBytes, Qt::Uninitialized)};
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
        reinterpret_cast<unsigned char *>(pair.secretKey.data()));
    return pair;
}

SigningKeyPair SigningKeyPair::fromSecretKey(const QByteArray &secretKey)
{
    if (secretKey.size() != secretKeyBytes)
        throw std::invalid_argument("an Ed25519 secret key is 64 bytes");
    ensureSodium();
    QByteArray publicKey(publicKeyBytes, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(publicKey.data()),
        reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return {publicKey, secretKey};
}

} // namespace outfall::evidence
