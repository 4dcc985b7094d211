#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace outfall::store {
class Database;
}

namespace outfall::mobile {

// Photo originals on the device, content-addressed: PROFILE/photos/<sha256>, the bytes
// exactly as captured (the hash is the evidence; a re-encoded or stamped copy would not
// match it). photo_upload (migration 0007) lists each original taken here; blob_ack (0006,
// written by the sync client) says which the server has verified. An original is never
// deleted before that.
class PhotoStore
{
public:
    struct Original
    {
        QString sha256; // lower-case hex of the original bytes
        QString fileName; // <sha256>, relative to dir()
        QString mime;
        std::int64_t byteSize = 0;
    };

    PhotoStore(store::Database &db, const QString &dir);

    QString dir() const { return m_dir; }
    QString path(const Original &original) const;

    // Hashes the file and copies it untouched into dir() (atomically; an existing copy of
    // the same hash is kept). Throws ActionRefused for an unreadable or empty file, for one
    // larger than the server accepts (requireUploadableSize), and for one whose content is
    // not a decodable JPEG or PNG (photoContentMime; the name does not count).
    Original keep(const QString &sourcePath) const;
    // Refuses (ActionRefused, the limit in the sentence) a photo of more bytes than an upload
    // may carry (sync::limits::blobBytes, 256 MiB): it could never reach the server.
    static void requireUploadableSize(const QString &sourcePath, std::int64_t bytes);
    // Lists the original for upload; call in the transaction that writes its photo row.
    void registerUpload(const Original &original);

    std::vector<Original> pendingUploads() const;
    std::int64_t pendingBytes() const;
    // After the server verified the hash (BLOB_ACK with the full size).
    void acknowledge(const QString &sha256, std::int64_t atMs);

private:
    store::Database &m_db;
    QString m_dir;
};

} // namespace outfall::mobile
