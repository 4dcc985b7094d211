#include "app/networkclients.h"

#include "core/devicesession.h"
#include "core/devicesync.h"
#include "core/preferences.h"
#include "core/syncjob.h"
#include "models/enrolmentcontroller.h"
#include "models/synccontroller.h"
#include "sync/enrolment.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace outfall::app {

void installNetworkClients()
{
    models::SyncController::setDefaultJob(mobile::SyncJobs::network);
    models::EnrolmentController::setEnroller(
        [](const models::EnrolmentCode &code, mobile::DeviceSession &session) {
            models::EnrolmentController::Outcome outcome;
            try {
                // The enrolment client reads the same file outfallctl writes.
                QTemporaryDir dir;
                const QString file = dir.filePath(u"enrolment.json"_s);
                sync::Enrolment::writeFile(
                    file, code.endpoint, code.serverPublicKey.toLatin1(), code.token);
                const auto enrolled = mobile::DeviceSync::enrol(session, file);
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
