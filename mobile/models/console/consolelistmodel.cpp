#include "consolelistmodel.h"

#include "models/session/uilanguage.h"

namespace outfall::models {

ConsoleListModel::ConsoleListModel(ConsoleSession &session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
    connect(&UiLanguage::instance(), &UiLanguage::changed, this, [this] {
        beginResetModel();
        endResetModel();
        Q_EMIT languageChanged();
    });
}

void ConsoleListModel::setStatus(const QString &status)
{
    m_status = status;
    Q_EMIT statusChanged();
}

} // namespace outfall::models
