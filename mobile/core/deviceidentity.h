#pragma once

#include "sync/uuid.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace outfall::store {
class Database;
}

namespace outfall::mobile {

// Who this device is and for whom it writes. The device id is made on first open and kept
// in sync_state (the clock's node and the outbox's owner); the inspector comes from
// enrolment (device_identity, migration 0007). Until an inspector is set the device can
// read reference data but not record anything: every op needs an author.
class DeviceIdentity
{
public:
    enum class Source { Enrolment, Test };

    // Reads the identity, making and persisting the device id the first time.
    static DeviceIdentity load(store::Database &db);
    // Sets the inspector (enrolment; tests with Source::Test). Replaces an earlier one:
    // re-enrolling a tablet for another inspector keeps the device id.
    static void setInspector(
        store::Database &db, const sync::Uuid &inspectorId, Source source, std::int64_t atMs);

    const sync::Uuid &deviceId() const { return m_deviceId; }
    const std::optional<sync::Uuid> &inspectorId() const { return m_inspectorId; }
    bool isEnrolled() const { return m_inspectorId.has_value(); }
    QString source() const { return m_source; } // "enrolment", "test" or empty

private:
    sync::Uuid m_deviceId;
    std::optional<sync::Uuid> m_inspectorId;
    QString m_source;
};

} // namespace outfall::mobile
