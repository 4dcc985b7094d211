#include "consolesession.h"

#include "consoleflagmodel.h"
#include "drawlistmodel.h"
#include "models/session/uilanguage.h"
#include "reviewqueuemodel.h"

#include <QQmlEngine>

using namespace Qt::StringLiterals;

namespace outfall::models {

namespace {
constexpr const char *kEngineProperty = "_outfall_console_session";
}

ConsoleSession::ConsoleSession(
    QString endpoint, sync::SupervisorCredential credential, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(endpoint), std::move(credential))
    , m_reviews(new ReviewQueueModel(*this, this))
    , m_flags(new ConsoleFlagModel(*this, this))
    , m_draws(new DrawListModel(*this, this))
    , m_applications(new ApplicationQueueModel(*this, this))
{
    connect(&m_connection, &ConsoleConnection::pendingChanged, this, &ConsoleSession::busyChanged);
    // Names and messages follow the language.
    connect(&UiLanguage::instance(), &UiLanguage::changed, this, &ConsoleSession::sitesChanged);
}

ConsoleSession::~ConsoleSession() = default;

void ConsoleSession::provide(QQmlEngine &engine, ConsoleSession *session)
{
    engine.setProperty(kEngineProperty, QVariant::fromValue(session));
}

ConsoleSession *ConsoleSession::of(const QQmlEngine *engine)
{
    return engine ? engine->property(kEngineProperty).value<ConsoleSession *>() : nullptr;
}

ConsoleSession *ConsoleSession::create(QQmlEngine *engine, QJSEngine *)
{
    ConsoleSession *session = of(engine);
    Q_ASSERT_X(session, "ConsoleSession::create",
        "provide the engine a console session before loading the console's QML");
    QQmlEngine::setObjectOwnership(session, QQmlEngine::CppOwnership);
    return session;
}

bool ConsoleSession::english()
{
    return UiLanguage::instance().current() != u"zh_CN"_s;
}

QVariantList ConsoleSession::sites() const
{
    return m_directory.mapPoints(english());
}

void ConsoleSession::refresh()
{
    sync::Message sites;
    sites.command = sync::Command::Sites;
    request(sites, [this](const sync::Message &reply) {
        m_directory = SiteDirectory::fromJson(reply.body);
        Q_EMIT sitesChanged();
        // Flags and draws name their permits and enterprises through the directory.
        m_flags->refresh();
        m_draws->refresh();
    });
    m_reviews->refresh();
    m_applications->refresh();
}

void ConsoleSession::request(const sync::Message &message, ConsoleConnection::Answered answered,
    ConsoleConnection::Failed failed)
{
    m_connection.send(
        message,
        [this, answered = std::move(answered)](const sync::Message &reply) {
            if (!m_reached) {
                m_reached = true;
                Q_EMIT reachedChanged();
            }
            setError({});
            // A reply not as the protocol says (a body that is not the JSON it should be)
            // is the server's fault, said in the header, not a crash or an empty list.
            try {
                answered(reply);
            } catch (const std::exception &e) {
                setError(QString::fromUtf8(e.what()));
            }
        },
        [this, failed = std::move(failed)](const QString &reason) {
            setError(reason);
            if (failed)
                failed(reason);
        });
}

void ConsoleSession::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

} // namespace outfall::models
