#pragma once

#include "core/syncstatuslog.h"

#include <QString>

#include <cstdint>

namespace outfall::mobile {

class DeviceSession;

// What the status screen (and `outfall-device status`) shows: who the device is, what is
// waiting to be sent, and how the last sync went. Pending photo bytes count originals the
// server has not acknowledged, so "synced" never hides a missing photo.
struct DeviceStatus
{
    QString deviceId;
    QString inspectorId; // empty until enrolled
    QString identitySource; // enrolment / test / empty
    std::int64_t pendingOps = 0;
    std::int64_t pendingPhotos = 0;
    std::int64_t pendingPhotoBytes = 0;
    // Pending photos larger than an upload may carry: they stay here (docs/protocol.md 4.6).
    std::int64_t stuckPhotos = 0;
    // Ops the server refused (sync_rejection), and the latest as "CODE: reason".
    std::int64_t rejections = 0;
    QString lastRejection;
    std::int64_t lastDeviceSeq = 0;
    std::int64_t pullCursor = 0;
    SyncStatusLog::Status sync;
    std::int64_t permits = 0;
    std::int64_t inspectionsInProgress = 0;
    std::int64_t inspectionsSubmitted = 0;

    static DeviceStatus read(DeviceSession &session);
};

} // namespace outfall::mobile
