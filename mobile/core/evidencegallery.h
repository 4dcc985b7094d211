#pragma once

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace outfall::store {
class Database;
}

namespace outfall::mobile {

// One photo of the device for the evidence gallery.
struct GalleryPhoto
{
    QString photoId;
    QString sha256;
    std::int64_t takenAt = 0; // ms, UTC
    std::int64_t byteSize = 0;
    QString caption;
    QString permitNumber;
    QString enterpriseName;
    QString enterpriseNameEn; // empty when the reference data has none
    QString imagePath; // the display copy when there is one, else the original; empty if gone
    bool displayCopy = false;
    bool uploaded = false; // the server acknowledged the original
    std::optional<double> lat; // where it was taken (WGS-84), when there was a fix
    std::optional<double> lon;
    std::optional<double> accuracyM;
    // Imported from a file (migration 0011): takenAt is when it was imported, lat/lon are the
    // picture's own EXIF position, exifTakenAt its own EXIF time (empty when unknown).
    bool imported = false;
    QString exifTakenAt;
};

// The photos recorded on this device, newest first. Thumbnails come from the downscaled,
// stamped display copy (PROFILE/photos/display/<sha256>.jpg) when the capture made one, else
// from the original (PROFILE/photos/<sha256>.<ext>) — whose bytes are the evidence.
class EvidenceGallery
{
public:
    EvidenceGallery(store::Database &db, const QString &photoDir);

    QList<GalleryPhoto> photos(int limit = 500) const;
    static QString displayCopyPath(const QString &photoDir, const QString &sha256);
    // The images of the photos among `ids` that this device holds, in the order given (a
    // flag's evidence thumbnails); ids of other records or photos not here are skipped.
    QStringList imagePaths(const QStringList &ids) const;

private:
    QString imagePath(
        const QString &sha256, const QString &originalName, bool *displayCopy = nullptr) const;

    store::Database &m_db;
    QString m_photoDir;
};

} // namespace outfall::mobile
