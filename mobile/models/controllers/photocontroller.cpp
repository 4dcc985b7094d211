#include "models/controllers/photocontroller.h"

#include "core/inspectionprogress.h"
#include "core/permitdetails.h"
#include "core/photostore.h"
#include "core/preferences.h"
#include "models/controllers/actionattempt.h"
#include "models/controllers/positioncontroller.h"
#include "models/painted/photostamp.h"
#include "models/session/uilanguage.h"

#include <QCamera>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImageCapture>
#include <QImageReader>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QSaveFile>
#include <QUrl>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace outfall::models {

PhotoController::PhotoController(AppSession *session, QObject *parent)
    : QObject(parent)
{
    // The subjects are named in the UI language.
    connect(&UiLanguage::instance(), &UiLanguage::changed, this, [this] {
        if (!m_inspectionId.isEmpty())
            reload();
    });
    setAppSession(session);
}

PhotoController::~PhotoController() = default;

void PhotoController::setInspectionId(const QString &inspectionId)
{
    if (inspectionId == m_inspectionId)
        return;
    m_inspectionId = inspectionId;
    m_replacingId.clear();
    reload();
}

void PhotoController::setPosition(PositionController *position)
{
    m_position = position;
}

bool PhotoController::cameraAvailable() const
{
    return !QMediaDevices::videoInputs().isEmpty();
}

void PhotoController::setSubject(const QString &subject)
{
    if (subject == m_subject)
        return;
    m_subject = subject;
    Q_EMIT subjectChanged();
}

void PhotoController::setCaption(const QString &caption)
{
    if (caption == m_caption)
        return;
    m_caption = caption;
    Q_EMIT subjectChanged();
}

QString PhotoController::displayPath(const QString &profileDir, const QString &sha256)
{
    return QDir(profileDir).filePath(u"photos/display/"_s + sha256 + u".jpg"_s);
}

QUrl PhotoController::shownImage(const QString &profileDir, const QString &sha256)
{
    // The stamped display copy where the app made one; else the original, which a photo
    // recorded by outfall-device (or one whose copy is not made yet) has alone. Nothing shown
    // is worse than an unstamped picture: the Evidence page falls back the same way.
    const QString display = displayPath(profileDir, sha256);
    if (QFileInfo::exists(display))
        return QUrl::fromLocalFile(display);
    const QString original = QDir(profileDir).filePath(u"photos/"_s + sha256);
    return QFileInfo::exists(original) ? QUrl::fromLocalFile(original) : QUrl();
}

void PhotoController::reload()
{
    m_photos.clear();
    m_inForce = 0;
    m_subjects.clear();
    m_subjectChoices.clear();
    AppSession *app = appSession();
    const auto detail = app && !m_inspectionId.isEmpty()
        ? mobile::InspectionProgress(app->database()).detail(m_inspectionId)
        : std::nullopt;
    const auto addSubject = [this](const QString &code, const QString &what) {
        m_subjects.append(code);
        m_subjectChoices.append(QVariantMap {
            {u"value"_s, code}, {u"text"_s, what.isEmpty() ? code : code + u' ' + what}});
    };
    if (detail) {
        const bool english = UiLanguage::instance().current() == u"en";
        for (const auto &item : detail->items)
            addSubject(item.item.code, english ? item.item.textEn : item.item.textZh);
        if (const auto permit =
                mobile::PermitDetails(app->database()).load(detail->summary.permitId)) {
            for (const auto &outlet : permit->outlets)
                addSubject(outlet.code, outlet.name);
        }
    }
    for (const auto &photo : detail ? detail->photos : QList<mobile::InspectionDetail::Photo>()) {
        const bool superseded = !photo.supersededBy.isEmpty();
        if (!superseded)
            ++m_inForce;
        m_photos.append(QVariantMap {{u"id"_s, photo.id},
            {u"displayUrl"_s, shownImage(app->profileDir(), photo.sha256)},
            {u"subject"_s, photo.subject}, {u"caption"_s, photo.caption},
            {u"sha256"_s, photo.sha256}, {u"superseded"_s, superseded},
            {u"replacement"_s, !photo.supersedesId.isEmpty()}});
    }
    Q_EMIT photosChanged();
}

QStringList PhotoController::stampLines(qint64 takenAtMs, const QString &permitNumber) const
{
    const auto position = m_position ? m_position->sample() : std::nullopt;
    AppSession *app = appSession();
    return {QDateTime::fromMSecsSinceEpoch(takenAtMs).toString(u"yyyy-MM-dd HH:mm:ss t"_s),
        position ? tr("%1, %2 ±%3 m")
                       .arg(QString::number(position->lat, 'f', 6),
                           QString::number(position->lon, 'f', 6),
                           QString::number(position->accuracyM, 'f', 0))
                 : tr("No position fix"),
        tr("Inspector: %1").arg(app ? app->inspectorName() : QString()),
        tr("Permit: %1").arg(permitNumber)};
}

QStringList PhotoController::importedStampLines(
    const mobile::ExifMetadata &exif, const QString &permitNumber) const
{
    AppSession *app = appSession();
    // The picture's own time as its camera wrote it (with the zone only when EXIF gave one).
    const QString taken = mobile::ExifMetadata::displayTime(exif.takenAt);
    QString position = tr("No position in the file");
    if (exif.hasPosition()) {
        const QString latLon = tr("%1, %2").arg(
            QString::number(*exif.lat, 'f', 6), QString::number(*exif.lon, 'f', 6));
        position = exif.accuracyM
            ? tr("%1 ±%2 m (from the file)").arg(latLon, QString::number(*exif.accuracyM, 'f', 0))
            : tr("%1 (from the file)").arg(latLon);
    }
    return {taken.isEmpty() ? tr("Imported, time unknown") : tr("Imported, taken %1").arg(taken),
        position, tr("Inspector: %1").arg(app ? app->inspectorName() : QString()),
        tr("Permit: %1").arg(permitNumber)};
}

bool PhotoController::importFile(const QString &pathOrUrl)
{
    return recordPhoto(pathOrUrl, true, false);
}

bool PhotoController::recordCapture(const QString &file)
{
    return recordPhoto(file, false, false);
}

bool PhotoController::confirmFar()
{
    if (m_farConfirmation.isEmpty())
        return false;
    const QString path = m_farPath;
    return recordPhoto(path, m_farImported, true);
}

void PhotoController::cancelFar()
{
    m_farPath.clear();
    if (m_farConfirmation.isEmpty())
        return;
    m_farConfirmation.clear();
    Q_EMIT lastErrorChanged();
}

bool PhotoController::recordPhoto(const QString &pathOrUrl, bool imported, bool farConfirmed)
{
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
    cancelFar();
    QString error;
    QString far;
    const bool ok =
        attemptAskingFar(appSession(), error, far, [&](mobile::InspectionService &service) {
            AppSession *app = appSession();
            mobile::InspectionService::PhotoInput input;
            input.filePath = path;
            input.subject = m_subject;
            input.caption = m_caption.trimmed();
            input.supersedesId = m_replacingId;
            input.imported = imported;
            if (m_position && !imported) // an imported picture has its own position, or none
                input.position = m_position->sample();
            input.farConfirmed = farConfirmed;
            const qint64 takenAt = app->session().nowMs();
            const auto taken = service.photo(m_inspectionId, input);

            // The display copy is derived from the kept original, which stays as it is.
            QImageReader reader(taken.path);
            reader.setAutoTransform(true);
            const QImage original = reader.read();
            if (original.isNull())
                throw mobile::ActionRefused(
                    tr("The photo was kept, but its display copy could not be made: %1")
                        .arg(reader.errorString()));
            const auto summary =
                mobile::InspectionProgress(app->database()).summary(m_inspectionId);
            const QString permitNumber = summary ? summary->permitNumber : QString();
            const QImage stamped =
                PhotoStamp::render(original, app->session().preferences().photoUploadMaxEdgePx(),
                    imported ? importedStampLines(taken.exif, permitNumber)
                             : stampLines(takenAt, permitNumber));
            const QString target = displayPath(app->profileDir(), taken.original.sha256);
            QDir().mkpath(QFileInfo(target).path());
            QSaveFile file(target);
            if (!file.open(QIODevice::WriteOnly) || !stamped.save(&file, "JPG", 85)
                || !file.commit())
                throw mobile::ActionRefused(
                    tr("The photo was kept, but its display copy could not be written."));
        });
    if (!far.isEmpty()) {
        // A question, not an error: confirmFar() records the same file, marked far.
        m_farConfirmation = far;
        m_farPath = path;
        m_farImported = imported;
        Q_EMIT lastErrorChanged();
    }
    setError(error);
    reload();
    if (ok) {
        m_caption.clear();
        m_replacingId.clear();
        Q_EMIT subjectChanged();
        Q_EMIT recorded();
    }
    return ok;
}

bool PhotoController::beginReplace(const QString &photoId)
{
    for (const QVariant &entry : std::as_const(m_photos)) {
        const QVariantMap photo = entry.toMap();
        if (photo.value(u"id"_s).toString() != photoId)
            continue;
        if (photo.value(u"superseded"_s).toBool()) {
            setError(tr("This photo was already replaced; replace the newer one."));
            return false;
        }
        m_replacingId = photoId;
        m_subject = photo.value(u"subject"_s).toString();
        setError({});
        Q_EMIT subjectChanged();
        return true;
    }
    setError(tr("No photo %1 in this inspection to replace.").arg(photoId));
    return false;
}

void PhotoController::cancelReplace()
{
    if (m_replacingId.isEmpty())
        return;
    m_replacingId.clear();
    Q_EMIT subjectChanged();
}

void PhotoController::openCamera()
{
    if (m_captureSession)
        return;
    m_captureSession = new QMediaCaptureSession(this);
    m_camera = new QCamera(this);
    m_imageCapture = new QImageCapture(this);
    m_captureSession->setCamera(m_camera);
    m_captureSession->setImageCapture(m_imageCapture);
    connect(m_imageCapture, &QImageCapture::imageSaved, this, [this](int, const QString &file) {
        setCapturing(false);
        recordCapture(file);
    });
    connect(m_imageCapture, &QImageCapture::errorOccurred, this,
        [this](int, QImageCapture::Error, const QString &message) {
            setCapturing(false);
            setError(tr("The camera failed: %1").arg(message));
        });
    m_camera->start();
}

bool PhotoController::startPreview(QObject *videoOutput)
{
    if (!videoOutput || !cameraAvailable())
        return false;
    openCamera();
    m_captureSession->setVideoOutput(videoOutput);
    return true;
}

bool PhotoController::capture()
{
    if (!cameraAvailable()) {
        setError(tr("This device has no camera. Import an image file instead."));
        return false;
    }
    openCamera();
    AppSession *app = appSession();
    if (!app || m_inspectionId.isEmpty()) {
        setError(tr("Start the inspection first."));
        return false;
    }
    // The camera writes into the profile; recordPhoto() then keeps it by its hash.
    const QString incoming = QDir(app->profileDir()).filePath(u"photos/incoming"_s);
    QDir().mkpath(incoming);
    setCapturing(true);
    m_imageCapture->captureToFile(
        QDir(incoming).filePath(u"capture-%1.jpg"_s.arg(QDateTime::currentMSecsSinceEpoch())));
    return true;
}

void PhotoController::setError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

void PhotoController::setCapturing(bool capturing)
{
    if (capturing == m_capturing)
        return;
    m_capturing = capturing;
    Q_EMIT capturingChanged();
}

} // namespace outfall::models
