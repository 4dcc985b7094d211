#include "evidence/recordsigner.h"

#include "evidence/sodiuminit.h"

#include <sodium.h>
#include <stdexcept>

namespace outfall::evidence {

RecordSigner::RecordSigner(SigningKeyPair keys)
    : m_keys(std::move(keys))
{
    if (!m_keys.isValid())
        throw std::invalid_argument("an Ed25519 key pair is 32 + 64 bytes");
    ensureSodium();
}

QByteArray RecordSigner::sign(const QByteArray &message) const
{
    QByteArray signature(SigningKeyPair::signatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
        reinterpret_cast<const unsigned char *>(message.constData()),
        static_cast<unsigned long long>(message.size()),
        reinterpret_cast<const unsigned char *>(m_keys.secretKey.constData()));
    return signature;
}

} // namespace outfall::evidence
