#include "core/evidencegallery.h"

#include "store/database.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace outfall::mobile {

EvidenceGallery::EvidenceGallery(store::Database &db, const QString &photoDir)
    : m_db(db)
    , m_photoDir(photoDir)
{ }

QString EvidenceGallery::displayCopyPath(const QString &photoDir, const QString &sha256)
{
    return QDir(photoDir).filePath(u"display/"_s + sha256 + u".jpg"_s);
}

QList<GalleryPhoto> EvidenceGallery::photos(int limit) const
{
    auto stmt = m_db.cached(uR"(
        SELECT ph.id, ph.sha256, ph.taken_at, ph.byte_size, coalesce(ph.caption, ''), p.number,
               e.name, coalesce(u.sha256, ''), coalesce(e.name_en, ''),
               EXISTS (SELECT 1 FROM blob_ack b WHERE b.sha256 = ph.sha256),
               ph.lat, ph.lon, ph.accuracy_m, coalesce(ph.imported, 0),
               coalesce(ph.exif_taken_at, '')
        FROM photo ph JOIN inspection i ON i.id = ph.inspection_id
             JOIN permit p ON p.id = i.permit_id JOIN enterprise e ON e.id = p.enterprise_id
             LEFT JOIN photo_upload u ON u.sha256 = ph.sha256
        ORDER BY ph.taken_at DESC, ph.id DESC LIMIT ?1)"_s);
    stmt.bind(1, limit);
    QList<GalleryPhoto> result;
    while (stmt.step()) {
        GalleryPhoto photo;
        photo.photoId = stmt.text(0);
        photo.sha256 = stmt.text(1);
        photo.takenAt = stmt.int64(2);
        photo.byteSize = stmt.int64(3);
        photo.caption = stmt.text(4);
        photo.permitNumber = stmt.text(5);
        photo.enterpriseName = stmt.text(6);
        const QString fileName = stmt.text(7);
        photo.enterpriseNameEn = stmt.text(8);
        photo.uploaded = stmt.int64(9) != 0;
        photo.lat = stmt.optionalReal(10);
        photo.lon = stmt.optionalReal(11);
        photo.accuracyM = stmt.optionalReal(12);
        photo.imported = stmt.integer(13) != 0;
        photo.exifTakenAt = stmt.text(14);
        photo.imagePath = imagePath(photo.sha256, fileName, &photo.displayCopy);
        result.append(photo);
    }
    return result;
}

QString EvidenceGallery::imagePath(
    const QString &sha256, const QString &originalName, bool *displayCopy) const
{
    const QString display = displayCopyPath(m_photoDir, sha256);
    if (displayCopy)
        *displayCopy = QFileInfo::exists(display);
    if (QFileInfo::exists(display))
        return display;
    const QDir dir(m_photoDir);
    return !originalName.isEmpty() && dir.exists(originalName) ? dir.filePath(originalName)
                                                               : QString();
}

QStringList EvidenceGallery::imagePaths(const QStringList &ids) const
{
    auto stmt = m_db.cached(u"SELECT ph.sha256, coalesce(u.sha256, '') FROM photo ph"
                            u" LEFT JOIN photo_upload u ON u.sha256 = ph.sha256 WHERE ph.id = ?"_s);
    QStringList paths;
    for (const QString &id : ids) {
        stmt.bind(1, id);
        if (stmt.step()) {
            if (const QString path = imagePath(stmt.text(0), stmt.text(1)); !path.isEmpty())
                paths << path;
        }
        stmt.reset();
    }
    return paths;
}

} // namespace outfall::mobile
