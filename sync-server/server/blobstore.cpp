#include "server/blobstore.h"

#include "store/database.h"
#include "store/durablefile.h"
#include "sync/protocolerror.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using outfall::sync::ErrorCode;
using outfall::sync::ProtocolError;

namespace outfall::server {

BlobStore::BlobStore(store::Database &db, const QString &dataDir)
    : m_db(db)
    , m_root(QDir(dataDir).filePath(u"blobs"_s))
{
    QDir().mkpath(m_root + u"/partial"_s);
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

QString BlobStore::pathOf(const QString &sha256) const
{
    return m_root + u'/' + sha256.left(2) + u'/' + sha256.mid(2);
}

QString BlobStore::partialPath(const QString &sha256) const
{
    return m_root + u"/partial/"_s + sha256;
}

bool BlobStore::has(const QString &sha256)
{
    auto statement = m_db.cached(u"SELECT 1 FROM blob WHERE sha256 = ?"_s);
    statement.bind(1, sha256);
    return statement.step();
}

std::int64_t BlobStore::offer(const QString &sha256, std::int64_t size, const QString &deviceId)
{
    Q_UNUSED(deviceId);
    if (!isSha256Hex(sha256))
        throw ProtocolError(
            ErrorCode::Malformed, u"a blob is named by its SHA-256 in lower-case hex"_s);
    if (size <= 0 || size > maxBlobBytes)
        throw ProtocolError(ErrorCode::TooLarge,
            u"blob size %1 is outside 1..%2 bytes"_s.arg(size).arg(maxBlobBytes));
    if (has(sha256))
        return size;
    const std::int64_t held = QFileInfo(partialPath(sha256)).size();
    if (held > size) {
        QFile::remove(partialPath(sha256)); // an upload of another size: start again
        return 0;
    }
    return held;
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
    QFile file(partialPath(sha256));
    if (!file.open(QIODevice::Append) || file.write(bytes) != bytes.size() || !file.flush())
        throw ProtocolError(ErrorCode::Internal, u"cannot write "_s + file.fileName());
    file.close();
    const std::int64_t now = offset + bytes.size();
    if (now == size)
        finish(sha256, size, deviceId);
    return now;
}

void BlobStore::finish(const QString &sha256, std::int64_t size, const QString &deviceId)
{
    const QString partial = partialPath(sha256);
    QFile file(partial);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        throw ProtocolError(ErrorCode::Internal, u"cannot read "_s + partial);
    file.close();
    const QString actual = QString::fromLatin1(hash.result().toHex());
    if (actual != sha256) {
        QFile::remove(partial);
        throw ProtocolError(ErrorCode::BlobCorrupt,
            u"upload of %1 hashes to %2: discarded, send it again"_s.arg(sha256, actual));
    }
    // Durable before it is recorded and acknowledged: the bytes are fsync'ed before the
    // rename, the directory after it (store::DurableFile).
    const QString target = pathOf(sha256);
    if (!store::DurableFile::makeDirectory(QFileInfo(target).path())
        || !store::DurableFile::publish(partial, target))
        throw ProtocolError(ErrorCode::Internal, u"cannot move the upload to "_s + target);
    // Acknowledged only after this commit: a crash before it leaves a file in place that
    // the next upload of the same hash replaces.
    m_db.cached(u"INSERT OR IGNORE INTO blob (sha256, byte_size, device_id, received_at)"
                u" VALUES (?, ?, ?, ?)"_s)
        .bind(1, sha256)
        .bind(2, size)
        .bind(3, deviceId)
        .bind(4, std::int64_t(QDateTime::currentMSecsSinceEpoch()))
        .exec();
}

} // namespace outfall::server
