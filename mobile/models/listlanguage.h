#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace outfall::models {

// A list model's `language` (bound to Language.current): stores a new value and tells the
// views that the language-dependent `roles` of every row changed. Returns whether it changed
// (the caller then emits its languageChanged()).
inline bool changeListLanguage(
    QAbstractListModel &model, QString &field, const QString &language, const QList<int> &roles)
{
    if (language == field)
        return false;
    field = language;
    if (const int rows = model.rowCount(); rows > 0)
        Q_EMIT model.dataChanged(model.index(0), model.index(rows - 1), roles);
    return true;
}

} // namespace outfall::models
