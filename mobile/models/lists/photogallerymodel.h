#pragma once

#include "core/evidencegallery.h"
#include "models/session/sessionbound.h"
#include "models/session/uilanguage.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace outfall::models {

// The Evidence page: every photo on the device, newest first, with its permit, the first
// characters of its SHA-256 (what an inspector reads out to compare with the server) and
// whether the server has the original yet.
class PhotoGalleryModel : public QAbstractListModel, public SessionBound
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY countChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    enum Role {
        PhotoIdRole = Qt::UserRole + 1,
        ImageUrlRole, // empty when neither copy nor original is on the device
        TakenAtTextRole,
        PermitNumberRole,
        EnterpriseNameRole,
        ShaPrefixRole,
        UploadedRole,
        UploadStateTextRole,
        CaptionRole,
        Sha256Role, // the whole hash, for the full-screen view
        PositionTextRole, // "22.50550, 113.92050 ±5 m", or that there was no fix
    };
    Q_ENUM(Role)

    static constexpr int kShaPrefixLength = 12;

    // The session: QML hands in its engine's (SessionBound); C++ passes it here.
    explicit PhotoGalleryModel(AppSession *session = nullptr, QObject *parent = nullptr);

    // zh_CN (the registered name) or en, following UiLanguage: which enterprise name
    // `EnterpriseNameRole` is.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    int pendingCount() const;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void countChanged();
    void languageChanged();

private:
    void sessionAttached() override;
    QList<mobile::GalleryPhoto> m_rows;
    QString m_language = UiLanguage::instance().current();
};

} // namespace outfall::models
