#pragma once

#include "sync/limits.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace outfall::store {
class Database;
}

namespace outfall::server {

// Photo bytes, content-addressed: DATA/blobs/ab/cdef... (the SHA-256 in hex, split after
// two characters so no directory grows too large). An upload grows in
// DATA/blobs/partial/<sha256> until it has the offered size; then its hash is checked and
// it is moved into place, or discarded if it does not match.
class BlobStore
{
public:
    static constexpr std::int64_t maxBlobBytes = sync::limits::blobBytes;

    BlobStore(store::Database &db, const QString &dataDir);

    static bool isSha256Hex(const QString &text);
    QString pathOf(const QString &sha256) const;
    bool has(const QString &sha256);

    // The offset the server holds for an offer: size when complete and verified. Throws
    // ProtocolError (Malformed) for a bad hash or size.
    std::int64_t offer(const QString &sha256, std::int64_t size, const QString &deviceId);
    // Appends a chunk at offset (which must be what the server holds; a duplicate chunk
    // of a complete blob is harmless). Returns the new offset. Throws ProtocolError:
    // BlobOffset for a chunk elsewhere, BlobCorrupt when the finished upload's hash differs.
    std::int64_t chunk(const QString &sha256, std::int64_t size, std::int64_t offset,
        const QByteArray &bytes, const QString &deviceId);

private:
    QString partialPath(const QString &sha256) const;
    void finish(const QString &sha256, std::int64_t size, const QString &deviceId);

    store::Database &m_db;
    QString m_root;
};

} // namespace outfall::server
