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
    const QDir dir(m_photoDir);
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
        const QString display = displayCopyPath(m_photoDir, photo.sha256);
        if (QFileInfo::exists(display)) {
            photo.imagePath = display;
            photo.displayCopy = true;
        } else if (!fileName.isEmpty() && dir.exists(fileName)) {
            photo.imagePath = dir.filePath(fileName);
        }
        result.append(photo);
    }
    return result;
}

} // namespace outfall::mobile
