#pragma once

#include "consolelistmodel.h"
#include "sync/command.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace outfall::models {

// A supervisor's decision queue in the console (the review queue, the applications): a list
// read from the server in one state at a time, and one entry of it read in full and shown.
// The list and the entry come from the same command, with `s` or with `id`
// (docs/protocol.md 4.2: REVIEWS, APPLICATIONS); a subclass says how a row and the entry
// read, and how a decision is taken.
class ConsoleQueueModel : public ConsoleListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    // One of the queue's states, or empty for all.
    Q_PROPERTY(QString stateFilter READ stateFilter WRITE setStateFilter NOTIFY stateFilterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString selectedId READ selectedId NOTIFY selectedChanged)
    // The selected entry, ready to show.
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectedChanged)

public:
    int rowCount(const QModelIndex &parent = {}) const override;

    QString stateFilter() const { return m_stateFilter; }
    void setStateFilter(const QString &state);
    QString selectedId() const { return m_selected.value(QStringLiteral("id")).toString(); }
    virtual QVariantMap selected() const = 0;

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void select(const QString &id);

Q_SIGNALS:
    void stateFilterChanged();
    void countChanged();
    void selectedChanged();

protected:
    struct Queue
    {
        sync::Command command; // Reviews
        QString listKey; // the reply body's list: "inspections"
        QString entryKey; // the reply body's one entry: "inspection"
        QString firstState; // the state a supervisor starts from: "submitted"
    };

    ConsoleQueueModel(ConsoleSession &session, Queue queue, QObject *parent);

    QJsonObject rowAt(int row) const { return m_rows.at(row).toObject(); }
    const QJsonObject &selectedEntry() const { return m_selected; }

private:
    Queue m_queue;
    QString m_stateFilter;
    QJsonArray m_rows;
    QJsonObject m_selected; // as the command with `id` returns it
};

} // namespace outfall::models
