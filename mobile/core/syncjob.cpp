#include "core/syncjob.h"

#include "core/devicesession.h"
#include "core/devicesync.h"
#include "core/syncstatuslog.h"

using namespace Qt::StringLiterals;

namespace outfall::mobile {

namespace SyncJobs {

SyncOutcome network(DeviceSession &session, const std::function<void(double)> &progress)
{
    progress(0.0);
    // Push, photos and pull each take a third of the bar; pull has no known total.
    const auto result = DeviceSync::syncOnce(session, [&](const sync::SyncClient::Progress &p) {
        const double base = p.phase == u"push" ? 0.0 : p.phase == u"photos" ? 1.0 / 3 : 2.0 / 3;
        const double part = p.total > 0 ? double(p.done) / double(p.total) : 0.5;
        progress(base + part / 3);
    });
    if (result.ok)
        progress(1.0);
    return outcomeOf(result, session);
}

SyncOutcome outcomeOf(const sync::SyncClient::Result &result, const DeviceSession &session)
{
    using Failure = sync::SyncClient::Result::Failure;
    if (result.ok)
        return {};
    switch (result.failure) {
    case Failure::Unreachable:
        return {SyncOutcome::Problem::Unreachable, result.error};
    case Failure::KeyRefused:
        return {SyncOutcome::Problem::KeyRefused, result.error};
    case Failure::Refused:
        return {SyncOutcome::Problem::Rejected, result.error};
    default:
        // Not enrolled shows up here (no sync identity in the store): said as such.
        return {session.identity().isEnrolled() ? SyncOutcome::Problem::Failed
                                                : SyncOutcome::Problem::NotEnrolled,
            result.error};
    }
}

} // namespace SyncJobs

SyncOutcome runSyncAttempt(
    DeviceSession &session, const SyncJob &job, const std::function<void(double)> &progress)
{
    SyncOutcome outcome;
    try {
        outcome = job(session, progress);
    } catch (const std::exception &e) {
        outcome = {SyncOutcome::Problem::Failed, QString::fromUtf8(e.what())};
    }
    if (outcome.ok())
        session.syncLog().recordSuccess(session.nowMs());
    else
        session.syncLog().recordFailure(session.nowMs(), outcome.detail);
    return outcome;
}

} // namespace outfall::mobile
