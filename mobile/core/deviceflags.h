#pragma once

#include "store/flagrecords.h"

#include <QDate>
#include <QList>

namespace outfall::store {
class Database;
}

namespace outfall::mobile {

// One flag as the device shows it: a server row, or one computed here.
struct DeviceFlag
{
    store::FlagRecord record;
    // Computed on this device by the rules that run offline (rules::Where::Device) and not
    // yet confirmed by the server: no server row with the same id has arrived.
    bool provisional = false;
};

// The device's flags: every row the server sent (the flag table) plus the provisional
// verdicts of the rules that run on the device, over what it holds (store::
// PermitSnapshotLoader, the same loader as the server's). A provisional flag disappears from
// this list as soon as the server's row with its id is pulled, whatever that row's status.
class DeviceFlags
{
public:
    explicit DeviceFlags(store::Database &db);

    // Server rows first (by permit, rule, id), then provisional ones (by permit, id).
    QList<DeviceFlag> list(QDate asOf) const;
    // Only the flags the rules raise here now that the server has no row for.
    QList<DeviceFlag> provisional(QDate asOf) const;

private:
    store::Database &m_db;
};

} // namespace outfall::mobile
