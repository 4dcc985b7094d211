#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>

namespace outfall::server {

// Where the bytes of photos live, while an upload grows and once it is whole: a directory
// (FileBlobBytes, the default) or PostgreSQL (PgBlobBytes), which every front-end of one
// database shares, so that any of them can resume an upload another began (docs/deploy.md).
// BlobStore keeps the protocol (offers, offsets, the hash check, the store's `blob` row); an
// implementation only keeps bytes, and makes each step atomic against the other front-ends.
//
// Every call throws sync::ProtocolError (Internal) when the medium fails, naming it.
class BlobBytes
{
public:
    virtual ~BlobBytes() = default;

    // What is held of the upload of `sha256`, which is to have `size` bytes: 0 when nothing.
    // An upload begun for another size is dropped and counts as nothing.
    virtual std::int64_t held(const QString &sha256, std::int64_t size) = 0;
    // Appends `bytes` at `offset` if that is exactly what is held, as one step; returns what
    // is held after the call. A caller that gets anything but offset + bytes.size() lost a race
    // with another front-end (or a retry) and nothing was written.
    virtual std::int64_t append(
        const QString &sha256, std::int64_t size, std::int64_t offset, const QByteArray &bytes) = 0;
    // The SHA-256 (hex) of the bytes held of the upload.
    virtual QString hashOfUpload(const QString &sha256) = 0;
    // Makes the complete, verified upload a whole blob, durable before it returns.
    virtual void publish(const QString &sha256) = 0;
    // Forgets the upload (a hash mismatch: the device sends it again).
    virtual void discardUpload(const QString &sha256) = 0;

    // A whole blob's size, or -1 when it holds none by that hash.
    virtual std::int64_t size(const QString &sha256) = 0;
    // At most maxBytes of a whole blob from offset.
    virtual QByteArray read(const QString &sha256, std::int64_t offset, std::int64_t maxBytes) = 0;

    // Where the bytes are, for messages and `summary`: a directory or a database.
    virtual QString describe() const = 0;
};

} // namespace outfall::server
