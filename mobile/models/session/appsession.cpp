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

// Where an engine keeps its session (a dynamic property: nothing global).
constexpr const char *kEngineProperty = "outfallAppSession";

} // namespace

AppSession::AppSession(const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_session(std::make_unique<mobile::DeviceSession>(profileDir))
{ }

AppSession::~AppSession() = default;

void AppSession::provide(QQmlEngine &engine, AppSession *session)
{
    engine.setProperty(kEngineProperty, QVariant::fromValue(session));
}

AppSession *AppSession::of(const QQmlEngine *engine)
{
    return engine ? engine->property(kEngineProperty).value<AppSession *>() : nullptr;
}

AppSession *AppSession::of(const QObject *object)
{
    return object ? of(qmlEngine(object)) : nullptr;
}

AppSession *AppSession::create(QQmlEngine *engine, QJSEngine *)
{
    AppSession *session = of(engine);
    Q_ASSERT_X(session, "AppSession::create", "provide the engine a session before loading QML");
    // The session outlives the engine; QML must not delete it.
    QQmlEngine::setObjectOwnership(session, QQmlEngine::CppOwnership);
    return session;
}

void AppSession::applySavedLanguage()
{
    UiLanguage::instance().set(
        Language::initialLanguage(m_session->preferences().language(), QLocale::system()));
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
