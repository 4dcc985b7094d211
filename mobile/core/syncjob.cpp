#include "core/syncjob.h"

#include "core/devicesession.h"
#include "core/devicesync.h"
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

SyncOutcome network(DeviceSession &session, const std::function<void(double)> &progress)
{
    progress(0.0);
    if (!session.identity().isEnrolled())
        return {SyncOutcome::Problem::NotEnrolled, u"device not enrolled"_s};
    // Push, photos and pull each take a third of the bar; pull has no known total.
    const auto result = DeviceSync::syncOnce(session, [&](const sync::SyncClient::Progress &p) {
        const double base = p.phase == u"push" ? 0.0 : p.phase == u"photos" ? 1.0 / 3 : 2.0 / 3;
        const double part = p.total > 0 ? double(p.done) / double(p.total) : 0.5;
        progress(base + part / 3);
    });
    using Failure = sync::SyncClient::Result::Failure;
    if (result.ok) {
        progress(1.0);
        return {};
    }
    switch (result.failure) {
    case Failure::Unreachable:
        return {SyncOutcome::Problem::Unreachable, result.error};
    case Failure::KeyRefused:
        return {SyncOutcome::Problem::KeyRefused, result.error};
    case Failure::Refused:
        return {SyncOutcome::Problem::Rejected, result.error};
    default:
        return {SyncOutcome::Problem::Failed, result.error};
    }
}

} // namespace outfall::mobile::SyncJobs
