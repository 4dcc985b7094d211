#include "server/fileblobbytes.h"

#include "store/durablefile.h"
#include "sync/protocolerror.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using outfall::sync::ErrorCode;
using outfall::sync::ProtocolError;

namespace outfall::server {

FileBlobBytes::FileBlobBytes(const QString &dataDir)
    : m_root(QDir(dataDir).filePath(u"blobs"_s))
{
    QDir().mkpath(m_root + u"/partial"_s);
}

QString FileBlobBytes::pathOf(const QString &sha256) const
{
    return m_root + u'/' + sha256.left(2) + u'/' + sha256.mid(2);
}

QString FileBlobBytes::partialPath(const QString &sha256) const
{
    return m_root + u"/partial/"_s + sha256;
}

std::int64_t FileBlobBytes::held(const QString &sha256, std::int64_t size)
{
    const std::int64_t held = QFileInfo(partialPath(sha256)).size();
    if (held > size) {
        QFile::remove(partialPath(sha256)); // an upload of another size: start again
        return 0;
    }
    return held;
}

std::int64_t FileBlobBytes::append(
    const QString &sha256, std::int64_t size, std::int64_t offset, const QByteArray &bytes)
{
    const std::int64_t before = held(sha256, size);
    if (before != offset)
        return before;
    QFile file(partialPath(sha256));
    if (!file.open(QIODevice::Append) || file.write(bytes) != bytes.size() || !file.flush())
        throw ProtocolError(ErrorCode::Internal, u"cannot write "_s + file.fileName());
    return offset + bytes.size();
}

QString FileBlobBytes::hashOfUpload(const QString &sha256)
{
    QFile file(partialPath(sha256));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        throw ProtocolError(ErrorCode::Internal, u"cannot read "_s + file.fileName());
    return QString::fromLatin1(hash.result().toHex());
}

void FileBlobBytes::publish(const QString &sha256)
{
    // Durable before it is recorded and acknowledged: the bytes are fsync'ed before the
    // rename, the directory after it (store::DurableFile).
    const QString target = pathOf(sha256);
    if (!store::DurableFile::makeDirectory(QFileInfo(target).path())
        || !store::DurableFile::publish(partialPath(sha256), target))
        throw ProtocolError(ErrorCode::Internal, u"cannot move the upload to "_s + target);
}

void FileBlobBytes::discardUpload(const QString &sha256)
{
    QFile::remove(partialPath(sha256));
}

std::int64_t FileBlobBytes::size(const QString &sha256)
{
    const QFileInfo info(pathOf(sha256));
    return info.exists() ? info.size() : -1;
}

QByteArray FileBlobBytes::read(const QString &sha256, std::int64_t offset, std::int64_t maxBytes)
{
    QFile file(pathOf(sha256));
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        throw ProtocolError(ErrorCode::Internal, u"cannot read "_s + file.fileName());
    return file.read(maxBytes);
}

QString FileBlobBytes::describe() const
{
    return m_root;
}

} // namespace outfall::server
