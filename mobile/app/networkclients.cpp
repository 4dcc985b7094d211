#include "app/networkclients.h"

#include "core/devicesession.h"
#include "core/devicesync.h"
#include "core/preferences.h"
#include "models/controllers/enrolmentcontroller.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace outfall::app {

void installNetworkClients()
{
    models::EnrolmentController::setEnroller(
        [](const models::EnrolmentCode &code, mobile::DeviceSession &session) {
            models::EnrolmentController::Outcome outcome;
            try {
                const auto enrolled = mobile::DeviceSync::enrol(session, code);
                session.preferences().setServerEndpoint(code.endpoint);
                outcome.ok = true;
                outcome.inspectorId = enrolled.inspectorId;
                outcome.message =
                    QCoreApplication::translate("NetworkClients", "Enrolled. Device %1 is ready.")
                        .arg(enrolled.deviceId.left(8));
            } catch (const std::exception &e) {
                outcome.message = QString::fromStdString(e.what());
            }
            return outcome;
        });
}

} // namespace outfall::app
