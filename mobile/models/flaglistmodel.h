#pragma once

#include "core/openflags.h"
#include "models/uilanguage.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace outfall::models {

// The Flags page: open discrepancy flags of the device's permits, most severe first, the
// message and enterprise name in the UI language (`language` follows UiLanguage).
class FlagListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    enum Role {
        FlagIdRole = Qt::UserRole + 1,
        SeverityRole, // violation / warning / info
        SeverityTextRole,
        MessageRole,
        PermitNumberRole,
        EnterpriseNameRole,
        SubjectTextRole, // outlet · pollutant · period, as far as known
    };
    Q_ENUM(Role)

    explicit FlagListModel(QObject *parent = nullptr);

    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void countChanged();
    void languageChanged();

private:
    QList<mobile::OpenFlag> m_rows;
    QString m_language = UiLanguage::instance().current();
};

} // namespace outfall::models
