#include "models/lists/photogallerymodel.h"

#include "core/devicesession.h"
#include "core/enterprisename.h"
#include "core/exifmetadata.h"
#include "core/photostore.h"
#include "models/session/appsession.h"
#include "models/session/listlanguage.h"

#include <QDateTime>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outfall::models {

PhotoGalleryModel::PhotoGalleryModel(AppSession *session, QObject *parent)
    : QAbstractListModel(parent)
{
    followUiLanguage(this);
    reload();
    setAppSession(session);
}

void PhotoGalleryModel::sessionAttached()
{
    AppSession *session = appSession();
    connect(session, &AppSession::dataChanged, this, &PhotoGalleryModel::reload);
    reload();
}

void PhotoGalleryModel::reload()
{
    AppSession *session = appSession();
    beginResetModel();
    m_rows = session
        ? mobile::EvidenceGallery(session->database(), session->session().photos().dir()).photos()
        : QList<mobile::GalleryPhoto>();
    endResetModel();
    Q_EMIT countChanged();
}

int PhotoGalleryModel::pendingCount() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(),
        [](const mobile::GalleryPhoto &photo) { return !photo.uploaded; }));
}

void PhotoGalleryModel::setLanguage(const QString &language)
{
    if (changeListLanguage(*this, m_language, language))
        Q_EMIT languageChanged();
}

int PhotoGalleryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant PhotoGalleryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const mobile::GalleryPhoto &row = m_rows[index.row()];
    switch (role) {
    case PhotoIdRole:
        return row.photoId;
    case ImageUrlRole:
        return row.imagePath.isEmpty() ? QUrl() : QUrl::fromLocalFile(row.imagePath);
    case TakenAtTextRole: {
        const QString recorded =
            UiLanguage::dateTime(QDateTime::fromMSecsSinceEpoch(row.takenAt, Qt::UTC), m_language);
        if (!row.imported)
            return recorded;
        // Its own time as its camera wrote it; the import time is not when it was taken.
        const QString own = mobile::ExifMetadata::displayTime(row.exifTakenAt);
        return own.isEmpty() ? tr("Imported %1; time taken unknown").arg(recorded)
                             : tr("Imported %1; taken %2").arg(recorded, own);
    }
    case PermitNumberRole:
        return row.permitNumber;
    case Qt::DisplayRole:
    case EnterpriseNameRole:
        return mobile::enterpriseName(row.enterpriseName, row.enterpriseNameEn, m_language);
    case ShaPrefixRole:
        return row.sha256.left(kShaPrefixLength);
    case UploadedRole:
        return row.uploaded;
    case UploadStateTextRole:
        if (row.imagePath.isEmpty())
            return tr("Original missing on this tablet");
        return row.uploaded ? tr("On the server") : tr("Waiting to upload");
    case CaptionRole:
        return row.caption;
    case Sha256Role:
        return row.sha256;
    case PositionTextRole:
        if (row.imported && (!row.lat || !row.lon))
            return tr("No position in the file");
        if (!row.lat || !row.lon)
            return tr("No position fix when it was taken");
        if (row.imported)
            return tr("%1, %2 (from the file)")
                .arg(QString::number(*row.lat, 'f', 5), QString::number(*row.lon, 'f', 5));
        return tr("%1, %2 ±%3 m")
            .arg(QString::number(*row.lat, 'f', 5), QString::number(*row.lon, 'f', 5))
            .arg(row.accuracyM ? QString::number(*row.accuracyM, 'f', 0) : u"?"_s);
    default:
        return {};
    }
}

QHash<int, QByteArray> PhotoGalleryModel::roleNames() const
{
    return {
        {PhotoIdRole, "photoId"},
        {ImageUrlRole, "imageUrl"},
        {TakenAtTextRole, "takenAtText"},
        {PermitNumberRole, "permitNumber"},
        {EnterpriseNameRole, "enterpriseName"},
        {ShaPrefixRole, "shaPrefix"},
        {UploadedRole, "uploaded"},
        {UploadStateTextRole, "uploadStateText"},
        {CaptionRole, "caption"},
        {Sha256Role, "sha256"},
        {PositionTextRole, "positionText"},
    };
}

} // namespace outfall::models
