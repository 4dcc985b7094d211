#include "evidence/sha256.h"

#include "evidence/sodiuminit.h"

#include <sodium.h>

namespace outfall::evidence {

QByteArray sha256(QByteArrayView bytes)
{
    ensureSodium();
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
        reinterpret_cast<const unsigned char *>(bytes.data()),
        static_cast<unsigned long long>(bytes.size()));
    return digest;
}

QByteArray sha256Prefixed(char prefix, QByteArrayView first, QByteArrayView second)
{
    ensureSodium();
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    const auto feed = [&state](QByteArrayView part) {
        crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char *>(part.data()),
            static_cast<unsigned long long>(part.size()));
    };
    const unsigned char tag = static_cast<unsigned char>(prefix);
    crypto_hash_sha256_update(&state, &tag, 1);
    feed(first);
    feed(second);
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256_final(&state, reinterpret_cast<unsigned char *>(digest.data()));
    return digest;
}

} // namespace outfall::evidence
