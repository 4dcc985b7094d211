#pragma once

#include "core/permitdirectory.h"
#include "models/session/sessionbound.h"
#include "models/session/uilanguage.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace outfall::models {

// The permits on the device, filtered by what the inspector types. Reloads when the
// query changes or the session's data changes.
class PermitListModel : public QAbstractListModel, public SessionBound
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NumberRole,
        NameRole,
        NameEnRole,
        IndustryRole,
        AddressRole,
        ValidToRole, // the date in the UI language
        LatitudeRole,
        LongitudeRole,
        OutletCountRole,
    };
    Q_ENUM(Role)

    // The session: QML hands in its engine's (SessionBound); C++ passes it here.
    explicit PermitListModel(AppSession *session = nullptr, QObject *parent = nullptr);

    // zh_CN (the registered name) or en, following UiLanguage: which enterprise name `NameRole` is.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    QString query() const { return m_query; }
    void setQuery(const QString &query);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void queryChanged();
    void countChanged();
    void languageChanged();

private:
    void sessionAttached() override;
    QString m_query;
    QString m_language = UiLanguage::instance().current();
    QList<mobile::PermitSummary> m_rows;
};

} // namespace outfall::models
