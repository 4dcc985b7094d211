#include "evidence/recordverifier.h"

#include "evidence/signingkeypair.h"
#include "evidence/sodiuminit.h"

#include <sodium.h>

namespace outfall::evidence {

bool RecordVerifier::verify(
    const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != SigningKeyPair::publicKeyBytes
        || signature.size() != SigningKeyPair::signatureBytes)
        return false;
    ensureSodium();
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               static_cast<unsigned long long>(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

} // namespace outfall::evidence
