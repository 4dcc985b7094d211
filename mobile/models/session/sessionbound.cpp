#include "models/session/sessionbound.h"

#include "models/session/appsession.h"

#include <QQmlEngine>

namespace outfall::models {

void SessionBound::setAppSession(AppSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        QObject::disconnect(m_session, nullptr, dynamic_cast<QObject *>(this), nullptr);
    m_session = session;
    if (m_session)
        sessionAttached();
}

void SessionBound::classBegin()
{
    if (!m_session)
        setAppSession(AppSession::of(dynamic_cast<const QObject *>(this)));
}

} // namespace outfall::models
