#pragma once

#include "server/blobbytes.h"
#include "sync/limits.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>

namespace outfall::store {
class Database;
}

namespace outfall::server {

// Photo uploads (docs/protocol.md, "Blobs"): offers, chunks at the offset held, the SHA-256
// check once whole, and the store's `blob` row that acknowledges it. The bytes themselves are
// a BlobBytes': a directory by default, PostgreSQL with --blobs URL.
class BlobStore
{
public:
    static constexpr std::int64_t maxBlobBytes = sync::limits::blobBytes;

    // The bytes in DATA/blobs/ (FileBlobBytes).
    BlobStore(store::Database &db, const QString &dataDir);
    BlobStore(store::Database &db, std::unique_ptr<BlobBytes> bytes);
    ~BlobStore();

    // The bytes where `blobsUrl` says: empty for DATA/blobs/, else a PostgreSQL URL.
    static std::unique_ptr<BlobBytes> bytesAt(const QString &dataDir, const QString &blobsUrl);

    static bool isSha256Hex(const QString &text);
    bool has(const QString &sha256);

    // The offset the server holds for an offer: size when complete and verified. Throws
    // ProtocolError (Malformed) for a bad hash or size.
    std::int64_t offer(const QString &sha256, std::int64_t size, const QString &deviceId);
    // Appends a chunk at offset (which must be what the server holds; a duplicate chunk
    // of a complete blob is harmless). Returns the new offset. Throws ProtocolError:
    // BlobOffset for a chunk elsewhere, BlobCorrupt when the finished upload's hash differs.
    std::int64_t chunk(const QString &sha256, std::int64_t size, std::int64_t offset,
        const QByteArray &bytes, const QString &deviceId);

    // A whole blob's size (-1 when not held) and bytes from offset.
    std::int64_t size(const QString &sha256) { return m_bytes->size(sha256); }
    QByteArray read(const QString &sha256, std::int64_t offset, std::int64_t maxBytes)
    {
        return m_bytes->read(sha256, offset, maxBytes);
    }
    // Stores `bytes` as one upload from deviceId, as a device's would be (tests, benchmarks
    // and tools that have a photo in hand); returns its SHA-256 in hex.
    QString put(const QByteArray &bytes, const QString &deviceId);

    BlobBytes &bytes() { return *m_bytes; }

private:
    void finish(const QString &sha256, std::int64_t size, const QString &deviceId);

    store::Database &m_db;
    std::unique_ptr<BlobBytes> m_bytes;
};

} // namespace outfall::server
