#pragma once

#include "consolelistmodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace outfall::models {

// The console's review queue: inspections submitted for review (REVIEWS), the one selected
// in full (its answers, measurements, photos, signatures, flags and earlier decisions), and
// the supervisor's decision on it (DECIDE_REVIEW): approve, or return to the inspector with a
// comment that reaches the device at its next sync.
class ReviewQueueModel : public ConsoleListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the console session's reviews")
    // submitted (the default), returned, approved, or empty for all.
    Q_PROPERTY(QString stateFilter READ stateFilter WRITE setStateFilter NOTIFY stateFilterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString selectedId READ selectedId NOTIFY selectedChanged)
    // The selected inspection, ready to show (docs/app.md "Supervisor console").
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectedChanged)

public:
    enum Role {
        InspectionIdRole = Qt::UserRole + 1,
        PermitRole,
        EnterpriseRole,
        InspectorRole,
        StateRole,
        StateTextRole,
        SubmittedRole,
        PhaseRole,
    };

    ReviewQueueModel(ConsoleSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString stateFilter() const { return m_stateFilter; }
    void setStateFilter(const QString &state);
    QString selectedId() const;
    QVariantMap selected() const;

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void select(const QString &inspectionId);
    Q_INVOKABLE void approve(const QString &comment);
    Q_INVOKABLE void returnToInspector(const QString &comment);

    static QString stateText(const QString &state);

Q_SIGNALS:
    void stateFilterChanged();
    void countChanged();
    void selectedChanged();

private:
    void decide(const QString &action, const QString &comment);

    QString m_stateFilter = QStringLiteral("submitted");
    QJsonArray m_rows;
    QJsonObject m_selected; // as REVIEWS with `id` returns it
};

} // namespace outfall::models
