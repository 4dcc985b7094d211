#include "models/controllers/settingscontroller.h"

#include "core/devicesession.h"
#include "core/preferences.h"
#include "models/session/appsession.h"
#include "store/database.h"
#include "sync/enrolmentcode.h"

using namespace Qt::StringLiterals;

namespace outfall::models {

SettingsController::SettingsController(AppSession *session, QObject *parent)
    : QObject(parent)
{
    setAppSession(session);
}

double SettingsController::gpsAccuracyThresholdM() const
{
    return preferences().gpsAccuracyThresholdM();
}

int SettingsController::photoUploadMaxEdgePx() const
{
    return preferences().photoUploadMaxEdgePx();
}

mobile::Preferences &SettingsController::preferences() const
{
    AppSession *session = appSession();
    Q_ASSERT(session);
    return session->session().preferences();
}

QString SettingsController::enrolledEndpoint() const
{
    AppSession *session = appSession();
    if (!session)
        return {};
    auto identity =
        session->database().prepare(u"SELECT endpoint FROM sync_identity WHERE id = 1"_s);
    return identity.step() ? identity.text(0) : QString();
}

QString SettingsController::serverEndpoint() const
{
    // The server sync talks to is the one enrolment stored (outfall-device enrols without
    // the preference); the preference only stands in before enrolment.
    const QString enrolled = enrolledEndpoint();
    return enrolled.isEmpty() ? preferences().serverEndpoint() : enrolled;
}

bool SettingsController::finish(bool accepted, const QString &error)
{
    m_lastError = accepted ? QString() : error;
    Q_EMIT changed();
    return accepted;
}

bool SettingsController::setGpsAccuracyThresholdM(double metres)
{
    return finish(preferences().setGpsAccuracyThresholdM(metres),
        tr("The GPS accuracy threshold must be between 1 and 500 m."));
}

bool SettingsController::setPhotoUploadMaxEdgePx(int pixels)
{
    return finish(preferences().setPhotoUploadMaxEdgePx(pixels),
        tr("The photo size must be between 640 and 8192 pixels."));
}

bool SettingsController::isServerEndpoint(const QString &endpoint)
{
    return sync::EnrolmentCode::isServerEndpoint(endpoint);
}

bool SettingsController::setServerEndpoint(const QString &endpoint)
{
    const QString trimmed = endpoint.trimmed();
    if (!isServerEndpoint(trimmed))
        return finish(false, tr("The server address must look like tcp://host:port."));
    preferences().setServerEndpoint(trimmed);
    // And where sync goes: the enrolled identity's endpoint (the keys stay as enrolled).
    if (AppSession *session = appSession(); session && !enrolledEndpoint().isEmpty()) {
        session->database()
            .prepare(u"UPDATE sync_identity SET endpoint = ? WHERE id = 1"_s)
            .bind(1, trimmed)
            .exec();
    }
    return finish(true, {});
}

} // namespace outfall::models
