#pragma once

#include "sync/syncclient.h"

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
// session is not thread-safe). `progress` takes 0..1. The app runs SyncJobs::network; tests
// hand SyncController a job of their own.
using SyncJob =
    std::function<SyncOutcome(DeviceSession &session, const std::function<void(double)> &progress)>;

namespace SyncJobs {

// One DeviceSync round (push, photos, pull) over the enrolled identity.
SyncOutcome network(DeviceSession &session, const std::function<void(double)> &progress);

// What a DeviceSync round's result means for the inspector.
SyncOutcome outcomeOf(const sync::SyncClient::Result &result, const DeviceSession &session);

} // namespace SyncJobs

// Runs one attempt and records its outcome in sync_status (SyncStatusLog): the one writer
// of that table, for the app and outfall-device alike. A job that throws is a failure with
// the exception's sentence, never a crash.
SyncOutcome runSyncAttempt(
    DeviceSession &session, const SyncJob &job,
    const std::function<void(double)> &progress = [](double) {});

} // namespace outfall::mobile
