#include "core/syncstatuslog.h"

#include "store/database.h"

using namespace Qt::StringLiterals;

namespace outfall::mobile {

SyncStatusLog::SyncStatusLog(store::Database &db)
    : m_db(db)
{ }

SyncStatusLog::Status SyncStatusLog::read() const
{
    Status status;
    auto stmt = m_db.cached(u"SELECT last_attempt_at, last_success_at, last_error, last_error_at"
                            u" FROM sync_status WHERE id = 1"_s);
    if (stmt.step()) {
        status.lastAttemptAt = stmt.optionalInt64(0);
        status.lastSuccessAt = stmt.optionalInt64(1);
        status.lastError = stmt.text(2);
        status.lastErrorAt = stmt.optionalInt64(3);
    }
    return status;
}

void SyncStatusLog::recordSuccess(std::int64_t atMs)
{
    m_db.cached(u"INSERT INTO sync_status (id, last_attempt_at, last_success_at) VALUES (1, ?1, ?1)"
                u" ON CONFLICT (id) DO UPDATE SET last_attempt_at = ?1, last_success_at = ?1,"
                u" last_error = NULL"_s)
        .bind(1, atMs)
        .exec();
}

void SyncStatusLog::recordFailure(std::int64_t atMs, const QString &error)
{
    // The error time stays after a later success: last_error going NULL says it is over.
    m_db.cached(u"INSERT INTO sync_status (id, last_attempt_at, last_error, last_error_at)"
                u" VALUES (1, ?1, ?2, ?1) ON CONFLICT (id) DO UPDATE SET last_attempt_at = ?1,"
                u" last_error = ?2, last_error_at = ?1"_s)
        .bind(1, atMs)
        .bind(2, error)
        .exec();
}

} // namespace outfall::mobile
