#pragma once

#include "core/exifmetadata.h"
#include "models/controllers/positioncontroller.h"
#include "models/session/sessionbound.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QCamera;
class QImageCapture;
class QMediaCaptureSession;

namespace outfall::models {

// Photos as evidence (DOMAIN §4.15, DESIGN "Photos"): taken with the camera where the
// device has one (Qt Multimedia), else imported from an image file. At capture the original
// is hashed (SHA-256) and kept byte for byte through InspectionService/PhotoStore; a display
// copy, downscaled to the upload-size preference and stamped with time, position (with its
// accuracy), inspector and permit, is written to PROFILE/photos/display/<sha256>.jpg.
// A picture imported from a file is never stamped as if taken here and now: it is recorded
// as imported with its own EXIF time and position (ExifMetadata), and its stamp says
// "Imported, taken <its EXIF time>" (or "Imported, time unknown") and the file's position.
class PhotoController : public QObject, public SessionBound
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    QML_UNCREATABLE("Photos come from an InspectionController")
    Q_PROPERTY(QString inspectionId READ inspectionId WRITE setInspectionId NOTIFY photosChanged)
    Q_PROPERTY(bool cameraAvailable READ cameraAvailable CONSTANT)
    // What the next photo shows: a checklist item code, an outlet code, or empty.
    Q_PROPERTY(QString subject READ subject WRITE setSubject NOTIFY subjectChanged)
    Q_PROPERTY(QString caption READ caption WRITE setCaption NOTIFY subjectChanged)
    // What a photo can be of: the checklist's item codes, then the permit's outlet codes.
    Q_PROPERTY(QStringList subjects READ subjects NOTIFY photosChanged)
    // The same with what each is, for the picker: {value: code, text: "K01 Permit original
    // displayed" / "DA001 1# boiler stack"}, the checklist's text in the UI language.
    Q_PROPERTY(QVariantList subjectChoices READ subjectChoices NOTIFY photosChanged)
    // Every photo of the inspection, oldest first, replaced ones too: {id, displayUrl,
    // subject, caption, sha256, superseded (bool), replacement (bool: it replaces another)}.
    Q_PROPERTY(QVariantList photos READ photos NOTIFY photosChanged)
    Q_PROPERTY(int inForceCount READ inForceCount NOTIFY photosChanged)
    // The photo the next one replaces (a superseding row; the old one stays, marked as
    // replaced); empty when the next photo is a new one.
    Q_PROPERTY(QString replacingId READ replacingId NOTIFY subjectChanged)
    Q_PROPERTY(bool capturing READ capturing NOTIFY capturingChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // Non-empty while a photo taken far from the site waits for confirmation.
    Q_PROPERTY(QString farConfirmation READ farConfirmation NOTIFY lastErrorChanged)

public:
    // The session: QML hands in its engine's (SessionBound); C++ passes it here.
    explicit PhotoController(AppSession *session = nullptr, QObject *parent = nullptr);
    ~PhotoController() override;

    QString inspectionId() const { return m_inspectionId; }
    void setInspectionId(const QString &inspectionId);
    void setPosition(PositionController *position);
    bool cameraAvailable() const;
    QString subject() const { return m_subject; }
    void setSubject(const QString &subject);
    QString caption() const { return m_caption; }
    void setCaption(const QString &caption);
    QVariantList photos() const { return m_photos; }
    int inForceCount() const { return m_inForce; }
    QString replacingId() const { return m_replacingId; }
    QStringList subjects() const { return m_subjects; }
    QVariantList subjectChoices() const { return m_subjectChoices; }
    bool capturing() const { return m_capturing; }
    QString lastError() const { return m_lastError; }
    QString farConfirmation() const { return m_farConfirmation; }

    // Takes a photo with the camera; the saved file is then imported. Refused without one.
    Q_INVOKABLE bool capture();
    // The live preview: the capture session (the one capture() uses: one camera, opened
    // once) draws into this QML VideoOutput. Refused (false) on a device without a camera.
    Q_INVOKABLE bool startPreview(QObject *videoOutput);
    // A picture from a file (a local path or file: URL), recorded as imported. Far from the
    // site (by its own EXIF position) it waits in farConfirmation.
    Q_INVOKABLE bool importFile(const QString &pathOrUrl);
    // The camera's saved picture, taken here and now: stamped with this time and the current
    // position (capture() calls it once the camera has written the file).
    bool recordCapture(const QString &file);
    // Records the photo refused as far from the site, marked far.
    Q_INVOKABLE bool confirmFar();
    Q_INVOKABLE void cancelFar();
    // The next photo (taken or imported) replaces this one, of the same subject; false (with
    // lastError) when it is not a photo in force of this inspection.
    Q_INVOKABLE bool beginReplace(const QString &photoId);
    Q_INVOKABLE void cancelReplace();

    // PROFILE/photos/display/<sha256>.jpg
    static QString displayPath(const QString &profileDir, const QString &sha256);
    // What a tile shows: the display copy, else the original; empty when neither exists.
    static QUrl shownImage(const QString &profileDir, const QString &sha256);
    // The stamp of an imported picture: "Imported, taken <its EXIF time>" (as the camera wrote
    // it, with the zone only when EXIF gave one) or "Imported, time unknown", its own position
    // or "No position in the file", the inspector and the permit.
    QStringList importedStampLines(
        const mobile::ExifMetadata &exif, const QString &permitNumber) const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void photosChanged();
    void subjectChanged();
    void capturingChanged();
    void recorded();
    void lastErrorChanged();

private:
    QStringList stampLines(qint64 takenAtMs, const QString &permitNumber) const;
    void setError(const QString &error);
    // imported: from a file (importFile), else the camera's own capture.
    bool recordPhoto(const QString &pathOrUrl, bool imported, bool farConfirmed);
    void setCapturing(bool capturing);
    void openCamera();

    QString m_inspectionId;
    QPointer<PositionController> m_position;
    QString m_subject;
    QString m_caption;
    QVariantList m_photos;
    int m_inForce = 0;
    QString m_replacingId;
    QStringList m_subjects;
    QVariantList m_subjectChoices;
    bool m_capturing = false;
    QString m_lastError;
    QString m_farConfirmation;
    QString m_farPath;
    bool m_farImported = false;
    QCamera *m_camera = nullptr;
    QImageCapture *m_imageCapture = nullptr;
    QMediaCaptureSession *m_captureSession = nullptr;
};

} // namespace outfall::models
