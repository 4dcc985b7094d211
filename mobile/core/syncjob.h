#pragma once

#include <QString>

#include <functional>

namespace outfall::mobile {

class DeviceSession;

// What one sync attempt came to. The problem kinds are what the inspector is told about;
// the detail is the technical sentence kept in sync_status for support.
struct SyncOutcome
{
    enum class Problem {
        None, // done: everything pushed and pulled
        NotEnrolled, // no inspector: nothing can be sent for anyone
        NoServer, // no server endpoint configured
        Unreachable, // network or server down: retried later
        KeyRefused, // the server refused this device's key (revoked, or not enrolled there)
        Rejected, // the server refused the sync (protocol version, a bad request)
        Failed, // anything else
    };
    Problem problem = Problem::None;
    QString detail;

    bool ok() const { return problem == Problem::None; }
};

// One sync attempt, run off the UI thread with its own DeviceSession on the profile (a
// session is not thread-safe). `progress` takes 0..1. The network client plugs in here; until
// it lands, defaultJob() refuses with the reason a real client would give first.
using SyncJob =
    std::function<SyncOutcome(DeviceSession &session, const std::function<void(double)> &progress)>;

namespace SyncJobs {

// Not enrolled → NotEnrolled; no endpoint → NoServer; else Failed ("no sync client yet").
SyncOutcome unavailable(DeviceSession &session, const std::function<void(double)> &progress);

// The real thing: one DeviceSync round (push, photos, pull) over the enrolled identity.
SyncOutcome network(DeviceSession &session, const std::function<void(double)> &progress);

} // namespace SyncJobs

} // namespace outfall::mobile
