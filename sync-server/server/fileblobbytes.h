#pragma once

#include "server/blobbytes.h"

namespace outfall::server {

// Photo bytes in a directory, content-addressed: DATA/blobs/ab/cdef... (the SHA-256 in hex,
// split after two characters so no directory grows too large). An upload grows in
// DATA/blobs/partial/<sha256> and is moved into place once whole and verified. One process
// owns the directory (one sync server on one store), so no step needs a lock.
class FileBlobBytes final : public BlobBytes
{
public:
    explicit FileBlobBytes(const QString &dataDir);

    std::int64_t held(const QString &sha256, std::int64_t size) override;
    std::int64_t append(const QString &sha256, std::int64_t size, std::int64_t offset,
        const QByteArray &bytes) override;
    QString hashOfUpload(const QString &sha256) override;
    void publish(const QString &sha256) override;
    void discardUpload(const QString &sha256) override;
    std::int64_t size(const QString &sha256) override;
    QByteArray read(const QString &sha256, std::int64_t offset, std::int64_t maxBytes) override;
    QString describe() const override;

    QString pathOf(const QString &sha256) const;

private:
    QString partialPath(const QString &sha256) const;

    QString m_root;
};

} // namespace outfall::server
