#include "models/session/appsession.h"

#include "core/devicesession.h"
#include "core/permitdirectory.h"
#include "core/preferences.h"
#include "models/session/language.h"
#include "models/session/uilanguage.h"
#include "store/database.h"

#include <QQmlEngine>

namespace outfall::models {

namespace {
AppSession *s_instance = nullptr;
}

AppSession::AppSession(const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_session(std::make_unique<mobile::DeviceSession>(profileDir))
{ }

AppSession::~AppSession()
{
    if (s_instance == this)
        s_instance = nullptr;
}

AppSession *AppSession::instance()
{
    return s_instance;
}

void AppSession::setInstance(AppSession *session)
{
    s_instance = session;
    // The UI language is settled before any model or page exists: the profile's saved choice,
    // else the system locale's.
    if (session) {
        UiLanguage::instance().set(Language::initialLanguage(
            session->session().preferences().language(), QLocale::system()));
    }
}

AppSession *AppSession::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "AppSession::create", "open a profile before loading QML");
    // The session outlives the engine; QML must not delete it.
    QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
    return s_instance;
}

QString AppSession::profileDir() const
{
    return m_session->profileDir();
}

store::Database &AppSession::database()
{
    return m_session->database();
}

QString AppSession::inspectorName()
{
    const auto inspector = m_session->identity().inspectorId();
    if (!inspector)
        return {};
    auto stmt = database().cached(QStringLiteral("SELECT name FROM inspector WHERE id = ?"));
    stmt.bind(1, inspector->toText());
    QString name = stmt.step() ? stmt.text(0) : QString();
    stmt.reset();
    return name;
}

int AppSession::permitCount() const
{
    return mobile::PermitDirectory(m_session->database()).count();
}

} // namespace outfall::models
