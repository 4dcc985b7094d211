#include "models/settingscontroller.h"

#include "core/devicesession.h"
#include "core/preferences.h"
#include "models/appsession.h"
#include "sync/enrolmentcode.h"

using namespace Qt::StringLiterals;

namespace outfall::models {

namespace {

mobile::Preferences &preferences()
{
    AppSession *session = AppSession::instance();
    Q_ASSERT(session);
    return session->session().preferences();
}

} // namespace

SettingsController::SettingsController(QObject *parent)
    : QObject(parent)
{ }

double SettingsController::gpsAccuracyThresholdM() const
{
    return preferences().gpsAccuracyThresholdM();
}

int SettingsController::photoUploadMaxEdgePx() const
{
    return preferences().photoUploadMaxEdgePx();
}

QString SettingsController::serverEndpoint() const
{
    return preferences().serverEndpoint();
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
    return finish(true, {});
}

} // namespace outfall::models
