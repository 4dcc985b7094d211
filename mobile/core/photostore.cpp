#include "core/photostore.h"

#include "core/actionrefused.h"
#include "core/photocontent.h"
#include "store/database.h"
#include "store/durablefile.h"
#include "sync/limits.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace outfall::mobile {

PhotoStore::PhotoStore(store::Database &db, const QString &dir)
    : m_db(db)
    , m_dir(dir)
{ }

QString PhotoStore::path(const Original &original) const
{
    return QDir(m_dir).filePath(original.fileName);
}

PhotoStore::Original PhotoStore::keep(const QString &sourcePath) const
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        throw ActionRefused(
            Refusal::tr("cannot read photo %1: %2").arg(sourcePath, source.errorString()));
    requireUploadableSize(sourcePath, source.size()); // before reading it into memory
    // Hash and copy the same bytes in memory, so the copy is what was hashed even if the
    // source changes meanwhile. Camera originals are a few MB.
    const QByteArray bytes = source.readAll();
    requireUploadableSize(sourcePath, bytes.size()); // a pipe or device has no size up front
    if (bytes.isEmpty())
        throw ActionRefused(Refusal::tr("photo %1 is empty").arg(sourcePath));
    // By content, whatever the name says (photocontent.h).
    const QString mime = photoContentMime(bytes, sourcePath);

    Original original;
    original.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    original.mime = mime;
    original.byteSize = bytes.size();
    // Named by the hash alone: the sync client finds the bytes of a photo row by its sha256,
    // and the mime type travels in the row.
    original.fileName = original.sha256;

    if (!store::DurableFile::makeDirectory(m_dir))
        throw std::runtime_error("cannot create photo directory " + m_dir.toStdString());
    const QString target = path(original);
    if (QFileInfo(target).size() == original.byteSize)
        return original; // the same content is already kept
    // Written beside, then published durably (fsync, rename, fsync of the directory): the
    // evidence row that names this hash commits after this returns, so it never points at
    // bytes a power cut could take back.
    QFile copy(target + u".part"_s);
    const bool written = copy.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && copy.write(bytes) == bytes.size() && copy.flush();
    copy.close();
    if (!written || !store::DurableFile::publish(copy.fileName(), target))
        throw std::runtime_error("cannot write photo original " + target.toStdString() + ": "
            + copy.errorString().toStdString());
    return original;
}

void PhotoStore::requireUploadableSize(const QString &sourcePath, std::int64_t bytes)
{
    if (bytes <= sync::limits::blobBytes)
        return;
    throw ActionRefused(Refusal::tr("photo %1 is %2 MiB; the server accepts photos of up to %3"
                                    " MiB (%4 bytes), so it could never be uploaded")
                            .arg(sourcePath)
                            .arg(double(bytes) / (1024 * 1024), 0, 'f', 1)
                            .arg(sync::limits::blobBytes / (1024 * 1024))
                            .arg(sync::limits::blobBytes));
}

void PhotoStore::registerUpload(const Original &original)
{
    m_db.cached(u"INSERT INTO photo_upload (sha256, byte_size) VALUES (?, ?)"
                u" ON CONFLICT (sha256) DO NOTHING"_s)
        .bind(1, original.sha256)
        .bind(2, original.byteSize)
        .exec();
}

std::vector<PhotoStore::Original> PhotoStore::pendingUploads() const
{
    std::vector<Original> pending;
    auto stmt =
        m_db.cached(u"SELECT u.sha256, u.byte_size,"
                    u" coalesce((SELECT p.mime FROM photo p WHERE p.sha256 = u.sha256 LIMIT 1), '')"
                    u" FROM photo_upload u WHERE u.sha256 NOT IN (SELECT sha256 FROM blob_ack)"
                    u" ORDER BY u.rowid"_s);
    while (stmt.step())
        // Originals are named by their hash (keep()), so the file name is the sha256.
        pending.push_back({stmt.text(0), stmt.text(0), stmt.text(2), stmt.int64(1)});
    return pending;
}

std::int64_t PhotoStore::pendingBytes() const
{
    auto stmt = m_db.cached(u"SELECT coalesce(sum(byte_size), 0) FROM photo_upload"
                            u" WHERE sha256 NOT IN (SELECT sha256 FROM blob_ack)"_s);
    stmt.step();
    return stmt.int64(0);
}

void PhotoStore::acknowledge(const QString &sha256, std::int64_t atMs)
{
    // The same table the sync client writes after a BLOB_ACK.
    m_db.cached(u"INSERT OR IGNORE INTO blob_ack (sha256, acknowledged_at) VALUES (?, ?)"_s)
        .bind(1, sha256)
        .bind(2, atMs)
        .exec();
}

} // namespace outfall::mobile
