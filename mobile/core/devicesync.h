#pragma once

#include "sync/enrolmentcode.h"
#include "sync/syncclient.h"

#include <QString>

namespace outfall::mobile {

class DeviceSession;

// The device's two network actions, for outfall-device and the app alike: enrolment with a
// one-time file from the supervisor, and one sync round (push, photos, pull). A round's
// outcome is recorded by its caller through runSyncAttempt (core/syncjob.h).
class DeviceSync
{
public:
    struct Enrolled
    {
        QString deviceId;
        QString inspectorId;
    };

    // Registers this device's new key pair with the server named in the file and makes the
    // enrolled inspector the author of every later op (the session takes the device id the
    // server registered). Throws std::runtime_error with a sentence.
    static Enrolled enrol(DeviceSession &session, const QString &enrolmentFile);
    static Enrolled enrol(DeviceSession &session, const sync::EnrolmentCode &code);

    // One sync round over the session's store. Never throws: the result says what happened
    // (not enrolled, no network, refused...).
    static sync::SyncClient::Result syncOnce(
        DeviceSession &session, const sync::SyncClient::ProgressCallback &progress = {});
};

} // namespace outfall::mobile
