#include "models/session/apperrors.h"

#include <QQmlEngine>

namespace outfall::models {

AppErrors &AppErrors::instance()
{
    static AppErrors errors;
    return errors;
}

AppErrors *AppErrors::create(QQmlEngine *, QJSEngine *)
{
    // The engine must not delete the process-wide instance.
    QQmlEngine::setObjectOwnership(&instance(), QQmlEngine::CppOwnership);
    return &instance();
}

void AppErrors::report(const QString &what)
{
    m_message = tr("Something went wrong and was not saved: %1. Nothing already recorded is "
                   "lost; try again, and restart the app if it happens again.")
                    .arg(what);
    ++m_count;
    qWarning("outfall: %s", qPrintable(what));
    Q_EMIT changed();
}

void AppErrors::dismiss()
{
    if (m_message.isEmpty())
        return;
    m_message.clear();
    Q_EMIT changed();
}

} // namespace outfall::models
