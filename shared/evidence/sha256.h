#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace outfall::evidence {

// SHA-256 (libsodium's crypto_hash_sha256): the one hash of records, chains and the log.
QByteArray sha256(QByteArrayView bytes);
// SHA-256 of a prefix byte followed by bytes, without copying them together (RFC 9162
// domain separation: 0x00 for leaves, 0x01 for interior nodes).
QByteArray sha256Prefixed(char prefix, QByteArrayView first, QByteArrayView second = {});

constexpr qsizetype sha256Bytes = 32;

} // namespace outfall::evidence
