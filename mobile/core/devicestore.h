#pragma once

#include "store/database.h"

#include <QString>

#include <memory>

namespace outfall::mobile {

// A device profile: PROFILE_DIR/device.db holds the reference data this device's
// assignments need and every field record made on it. Opening migrates it; evidence is
// written with synchronous=FULL so a power cut loses nothing that was acknowledged to the
// inspector.
class DeviceStore
{
public:
    explicit DeviceStore(const QString &profileDir);

    static QString databasePath(const QString &profileDir);
    QString profileDir() const { return m_profileDir; }
    store::Database &database() { return *m_db; }

private:
    QString m_profileDir;
    std::unique_ptr<store::Database> m_db;
};

} // namespace outfall::mobile
