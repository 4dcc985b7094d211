#include "consolequeuemodel.h"

#include "consolesession.h"
#include "sync/jsonbody.h"

using namespace Qt::StringLiterals;

namespace outfall::models {

ConsoleQueueModel::ConsoleQueueModel(ConsoleSession &session, Queue queue, QObject *parent)
    : ConsoleListModel(session, parent)
    , m_queue(std::move(queue))
    , m_stateFilter(m_queue.firstState)
{
    // The entry's texts are in the console's language and its place comes from the
    // directory: both arrive as sitesChanged (the session turns a language switch into one).
    connect(&session, &ConsoleSession::sitesChanged, this, &ConsoleQueueModel::selectedChanged);
}

int ConsoleQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void ConsoleQueueModel::setStateFilter(const QString &state)
{
    if (state == m_stateFilter)
        return;
    m_stateFilter = state;
    Q_EMIT stateFilterChanged();
    refresh();
}

void ConsoleQueueModel::refresh()
{
    sync::Message message;
    message.command = m_queue.command;
    if (!m_stateFilter.isEmpty())
        message.header.insert(u"s"_s, m_stateFilter);
    session().request(message, [this](const sync::Message &reply) {
        const QJsonArray rows = sync::jsonArrayIn(reply, m_queue.listKey);
        const bool countChanges = rows.size() != m_rows.size();
        beginResetModel();
        m_rows = rows;
        endResetModel();
        if (countChanges)
            Q_EMIT countChanged();
        // Nothing chosen yet: the first entry waiting is open, as a supervisor starts.
        if (selectedId().isEmpty() && !m_rows.isEmpty())
            select(m_rows.first().toObject().value(u"id"_s).toString());
    });
}

void ConsoleQueueModel::select(const QString &id)
{
    if (id.isEmpty()) {
        m_selected = {};
        Q_EMIT selectedChanged();
        return;
    }
    sync::Message message;
    message.command = m_queue.command;
    message.header.insert(u"id"_s, id);
    session().request(message, [this](const sync::Message &reply) {
        m_selected = sync::jsonObjectIn(reply, m_queue.entryKey);
        Q_EMIT selectedChanged();
    });
}

} // namespace outfall::models
