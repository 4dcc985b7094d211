#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace outfall::store {
class Database;
}

namespace outfall::mobile {

// How the last sync attempts went (sync_status, migration 0007), for the status screen:
// a failure must be visible, never a silent "synced". Written by the sync client.
class SyncStatusLog
{
public:
    struct Status
    {
        std::optional<std::int64_t> lastAttemptAt;
        std::optional<std::int64_t> lastSuccessAt;
        QString lastError; // empty after a success
        std::optional<std::int64_t> lastErrorAt;
    };

    explicit SyncStatusLog(store::Database &db);

    Status read() const;
    void recordSuccess(std::int64_t atMs);
    void recordFailure(std::int64_t atMs, const QString &error);

private:
    store::Database &m_db;
};

} // namespace outfall::mobile
