#pragma once

#include "core/deviceidentity.h"
#include "sync/hybridlogicalclock.h"

#include <QString>

#include <cstdint>
#include <memory>

namespace outfall::store {
class Database;
}
namespace outfall::sync {
class OutboxRepository;
}

namespace outfall::mobile {

class DeviceStore;
class PhotoStore;
class Preferences;
class SyncStatusLog;

// One open device profile and everything that writes to it: the store, the identity, the
// hybrid logical clock and the outbox (which issue every op), the photo originals and the
// sync status. The app, outfall-device and the tests each open one; services
// (InspectionService) and the sync client borrow its parts.
//
// Where a sync client plugs in: it pushes outbox().pending() and calls acknowledge() after
// PUSH_ACK, merges remote clocks with clock().receive(), uploads photos().pendingUploads()
// and acknowledge()s them after BLOB_ACK, stores its pull cursor in sync_state, and reports
// each attempt to syncLog(). Enrolment calls setInspector().
//
// Not thread-safe: a sync running off the UI thread opens its own session on the profile.
class DeviceSession
{
public:
    struct Options
    {
        // Unix ms; tests pin it. Both the clock and every recorded_at use it.
        sync::HybridLogicalClock::PhysicalClock physicalClock =
            sync::HybridLogicalClock::systemClock();
    };

    explicit DeviceSession(const QString &profileDir);
    DeviceSession(const QString &profileDir, Options options);
    ~DeviceSession();
    DeviceSession(const DeviceSession &) = delete;
    DeviceSession &operator=(const DeviceSession &) = delete;

    QString profileDir() const;
    store::Database &database();
    const DeviceIdentity &identity() const { return m_identity; }
    // Enrolment (Source::Enrolment) or a test's local setup (Source::Test).
    void setInspector(const sync::Uuid &inspectorId, DeviceIdentity::Source source);

    // The write path. Throws ActionRefused while no inspector is enrolled.
    sync::OutboxRepository &outbox();
    sync::HybridLogicalClock &clock() { return *m_clock; }
    std::int64_t nowMs() const { return m_physical(); }

    Preferences &preferences() { return *m_preferences; }
    PhotoStore &photos() { return *m_photos; }
    SyncStatusLog &syncLog() { return *m_syncLog; }

private:
    sync::HybridLogicalClock::PhysicalClock m_physical;
    std::unique_ptr<DeviceStore> m_store;
    DeviceIdentity m_identity;
    std::unique_ptr<sync::HybridLogicalClock> m_clock;
    std::unique_ptr<sync::OutboxRepository> m_outbox;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<PhotoStore> m_photos;
    std::unique_ptr<SyncStatusLog> m_syncLog;
};

} // namespace outfall::mobile
