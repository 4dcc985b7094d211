#include "core/devicesync.h"

#include "core/devicesession.h"
#include "sync/enrolment.h"

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::mobile {

DeviceSync::Enrolled DeviceSync::enrol(DeviceSession &session, const QString &enrolmentFile)
{
    return enrol(session, sync::Enrolment::readFile(enrolmentFile));
}

DeviceSync::Enrolled DeviceSync::enrol(DeviceSession &session, const sync::EnrolmentCode &code)
{
    const auto result = sync::Enrolment::enroll(session.database(), code);
    const auto inspector = sync::Uuid::fromText(result.inspectorId);
    if (!inspector)
        throw std::runtime_error("the server named an inspector that is not a UUID: "
            + result.inspectorId.toStdString());
    session.setInspector(*inspector, DeviceIdentity::Source::Enrolment);
    return {result.deviceId, result.inspectorId};
}

sync::SyncClient::Result DeviceSync::syncOnce(
    DeviceSession &session, const sync::SyncClient::ProgressCallback &progress)
{
    sync::SyncClient::Result result;
    try {
        const auto config =
            sync::SyncClient::configFromStore(session.database(), session.profileDir());
        result = sync::SyncClient(session.database(), config).syncOnce(progress);
    } catch (const std::exception &e) {
        // Not enrolled, or a store problem: said plainly, like a network failure.
        result.ok = false;
        result.error = QString::fromStdString(e.what());
    }
    return result;
}

} // namespace outfall::mobile
