#pragma once

#include "consolelistmodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVariantMap>

namespace outfall::models {

// Applications before issuance (APPLICATIONS, docs/protocol.md 4.2): each with its declared
// outlets and treatment facilities, what the inspection before issuance found of each, the
// mismatch flags (R15–R17) and earlier decisions; the supervisor approves, returns for
// correction or refuses it, with a reason (DECIDE_APPLICATION).
class ApplicationQueueModel : public ConsoleListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the console session's applications")
    // pending (the default), returned, approved, refused, issued, or empty for all.
    Q_PROPERTY(QString stateFilter READ stateFilter WRITE setStateFilter NOTIFY stateFilterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString selectedId READ selectedId NOTIFY selectedChanged)
    // {number, enterprise, appliedOn, state, stateText, capacity, declarations: [{what, subject,
    //  declared, found, mismatch}], flags: [{rule, message}], history: [{decision,
    //  decisionText, reason, by, decidedAt}], lat, lon}
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectedChanged)

public:
    enum Role {
        PermitIdRole = Qt::UserRole + 1,
        NumberRole,
        EnterpriseRole,
        StateRole,
        StateTextRole,
        MismatchesRole,
        AppliedOnRole,
    };

    ApplicationQueueModel(ConsoleSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString stateFilter() const { return m_stateFilter; }
    void setStateFilter(const QString &state);
    QString selectedId() const { return m_selected.value(QStringLiteral("id")).toString(); }
    QVariantMap selected() const;

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void select(const QString &permitId);
    // action: approve, return or refuse; the reason is required for each.
    Q_INVOKABLE void decide(const QString &action, const QString &reason);

    static QString stateText(const QString &state);

Q_SIGNALS:
    void stateFilterChanged();
    void countChanged();
    void selectedChanged();

private:
    QString m_stateFilter = QStringLiteral("pending");
    QJsonArray m_rows;
    QJsonObject m_selected; // as APPLICATIONS with `id` returns it
};

} // namespace outfall::models
