#include "core/syncjob.h"

#include "core/devicesession.h"
#include "core/preferences.h"

using namespace Qt::StringLiterals;

namespace outfall::mobile::SyncJobs {

SyncOutcome unavailable(DeviceSession &session, const std::function<void(double)> &progress)
{
    progress(0.0);
    if (!session.identity().isEnrolled())
        return {SyncOutcome::Problem::NotEnrolled, u"device not enrolled"_s};
    if (session.preferences().serverEndpoint().isEmpty())
        return {SyncOutcome::Problem::NoServer, u"no server configured"_s};
    return {SyncOutcome::Problem::Failed, u"this build has no sync client yet"_s};
}

} // namespace outfall::mobile::SyncJobs
