#pragma once

#include "models/session/uilanguage.h"

#include <QAbstractListModel>
#include <QString>

namespace outfall::models {

// A model's `language`: it starts in the UI language (UiLanguage, its member initialised with
// UiLanguage::instance().current()) and follows every change of it; setLanguage() is also open
// to tests and to a page that shows one model in another language.
template<typename Model>
void followUiLanguage(Model *model)
{
    QObject::connect(&UiLanguage::instance(), &UiLanguage::changed, model,
        [model] { model->setLanguage(UiLanguage::instance().current()); });
}

// A list model's setLanguage: stores a new value and tells the views that every row changed
// (names, dates, numbers and translated words all depend on it). Returns whether it changed
// (the caller then emits its languageChanged()).
inline bool changeListLanguage(QAbstractListModel &model, QString &field, const QString &language)
{
    if (language == field)
        return false;
    field = language;
    if (const int rows = model.rowCount(); rows > 0)
        Q_EMIT model.dataChanged(model.index(0), model.index(rows - 1));
    return true;
}

} // namespace outfall::models
