#include "server/blobstore.h"

#include "server/fileblobbytes.h"
#include "server/pgblobbytes.h"
#include "store/database.h"
#include "sync/protocolerror.h"

#include <QCryptographicHash>
#include <QDateTime>

using namespace Qt::StringLiterals;
using outfall::sync::ErrorCode;
using outfall::sync::ProtocolError;

namespace outfall::server {

BlobStore::BlobStore(store::Database &db, const QString &dataDir)
    : BlobStore(db, std::make_unique<FileBlobBytes>(dataDir))
{ }

BlobStore::BlobStore(store::Database &db, std::unique_ptr<BlobBytes> bytes)
    : m_db(db)
    , m_bytes(std::move(bytes))
{ }

BlobStore::~BlobStore() = default;

std::unique_ptr<BlobBytes> BlobStore::bytesAt(const QString &dataDir, const QString &blobsUrl)
{
    if (blobsUrl.isEmpty())
        return std::make_unique<FileBlobBytes>(dataDir);
    return std::make_unique<PgBlobBytes>(blobsUrl);
}

bool BlobStore::isSha256Hex(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

bool BlobStore::has(const QString &sha256)
{
    auto statement = m_db.cached(u"SELECT 1 FROM blob WHERE sha256 = ?"_s);
    statement.bind(1, sha256);
    return statement.step();
}

std::int64_t BlobStore::offer(const QString &sha256, std::int64_t size, const QString &deviceId)
{
    if (!isSha256Hex(sha256))
        throw ProtocolError(
            ErrorCode::Malformed, u"a blob is named by its SHA-256 in lower-case hex"_s);
    if (size <= 0 || size > maxBlobBytes)
        throw ProtocolError(ErrorCode::TooLarge,
            u"blob size %1 is outside 1..%2 bytes"_s.arg(size).arg(maxBlobBytes));
    if (has(sha256))
        return size;
    const std::int64_t held = m_bytes->held(sha256, size);
    if (held < size)
        return held;
    // All bytes are there but not acknowledged: the server stopped between the last chunk
    // and its check, or another front-end took the last chunk. Check it now, so a device is
    // never told "complete" about bytes nobody has verified.
    try {
        finish(sha256, size, deviceId);
    } catch (const ProtocolError &e) {
        if (e.code() != ErrorCode::BlobCorrupt)
            throw;
        return 0; // discarded: the device sends it again from the start
    }
    return size;
}

std::int64_t BlobStore::chunk(const QString &sha256, std::int64_t size, std::int64_t offset,
    const QByteArray &bytes, const QString &deviceId)
{
    const std::int64_t held = offer(sha256, size, deviceId);
    if (held == size)
        return size;
    // A retry of a chunk written already (its answer was lost): the bytes held answer it.
    if (offset < held && offset + bytes.size() <= held)
        return held;
    if (offset != held)
        throw ProtocolError(ErrorCode::BlobOffset,
            u"chunk at offset %1, but the server holds %2 bytes of %3"_s.arg(offset).arg(held).arg(
                sha256));
    if (offset + bytes.size() > size)
        throw ProtocolError(
            ErrorCode::TooLarge, u"chunk runs past the offered size of %1 bytes"_s.arg(size));
    const std::int64_t now = m_bytes->append(sha256, size, offset, bytes);
    if (now != offset + bytes.size()) {
        // Another front-end appended first (a retry that reached it while this one wrote):
        // answer as if this chunk had come after it.
        if (offset + bytes.size() <= now)
            return now == size ? offer(sha256, size, deviceId) : now;
        throw ProtocolError(ErrorCode::BlobOffset,
            u"chunk at offset %1, but the server holds %2 bytes of %3"_s.arg(offset).arg(now).arg(
                sha256));
    }
    if (now == size)
        finish(sha256, size, deviceId);
    return now;
}

void BlobStore::finish(const QString &sha256, std::int64_t size, const QString &deviceId)
{
    const QString actual = m_bytes->hashOfUpload(sha256);
    if (actual != sha256) {
        m_bytes->discardUpload(sha256);
        throw ProtocolError(ErrorCode::BlobCorrupt,
            u"upload of %1 hashes to %2: discarded, send it again"_s.arg(sha256, actual));
    }
    m_bytes->publish(sha256);
    // Acknowledged only after this commit: a crash before it leaves the bytes in place, and
    // the next offer of the same hash checks and records them.
    m_db.cached(u"INSERT INTO blob (sha256, byte_size, device_id, received_at)"
                u" VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"_s)
        .bind(1, sha256)
        .bind(2, size)
        .bind(3, deviceId)
        .bind(4, std::int64_t(QDateTime::currentMSecsSinceEpoch()))
        .exec();
}

QString BlobStore::put(const QByteArray &bytes, const QString &deviceId)
{
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const std::int64_t size = bytes.size();
    const std::int64_t held = offer(sha256, size, deviceId);
    if (held < size)
        chunk(sha256, size, held, bytes.mid(held), deviceId);
    return sha256;
}

} // namespace outfall::server
