#pragma once

#include "consolelistmodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace outfall::models {

// The console's flag list (FLAGS): each flag with its rule, its message and its computation,
// step by step with the numbers substituted, in the console's language; the supervisor
// acknowledges or dismisses one with a reason (DECIDE_FLAG). flaggedSites places the flags
// listed on the map.
class ConsoleFlagModel : public ConsoleListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the console session's flags")
    // open (the default), acknowledged, dismissed, resolved, or empty for all.
    Q_PROPERTY(
        QString statusFilter READ statusFilter WRITE setStatusFilter NOTIFY statusFilterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // {lat, lon, severity, label} a flag, at its outlet, else at its enterprise.
    Q_PROPERTY(QVariantList flaggedSites READ flaggedSites NOTIFY countChanged)
    Q_PROPERTY(bool more READ more NOTIFY countChanged) // the server had more than it sent

public:
    enum Role {
        FlagIdRole = Qt::UserRole + 1,
        RuleRole,
        SeverityRole,
        StatusRole,
        PermitRole,
        EnterpriseRole,
        OutletRole,
        MessageRole,
        StepsRole,
        InputsRole,
        DecisionRole,
        SiteRole, // {lat, lon, ...} where the flag is drawn; empty when unknown
    };

    ConsoleFlagModel(ConsoleSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString statusFilter() const { return m_statusFilter; }
    void setStatusFilter(const QString &status);
    QVariantList flaggedSites() const;
    // Where a flag is drawn: at its outlet, else at its enterprise; empty when unknown.
    QVariantMap siteOf(const QJsonObject &flag) const;
    bool more() const { return m_more; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void acknowledge(const QString &flagId, const QString &reason);
    Q_INVOKABLE void dismiss(const QString &flagId, const QString &reason);

Q_SIGNALS:
    void statusFilterChanged();
    void countChanged();
    // The server recorded a decision on the flag; the pane empties its reason, so the next
    // decision gets its own and not the last one's by accident.
    void decided(const QString &flagId);

private:
    void decide(const QString &flagId, const QString &decision, const QString &reason);

    QString m_statusFilter = QStringLiteral("open");
    QJsonArray m_rows;
    bool m_more = false;
};

} // namespace outfall::models
