#pragma once

#include "sync/message.h"
#include "sync/opcodec.h"

#include <QString>
#include <QStringList>

namespace outfall::store {
class Database;
}

namespace outfall::sync {

// Applies a PULL_REPLY to the device store in one transaction together with the new
// cursor: reference rows replace what the device had; field records from the
// inspector's other devices are inserted once and merged by last-writer-wins; purged
// permits are dropped except what unacknowledged evidence still needs (then the purge
// waits in purge_pending until the outbox has no op of that permit).
//
// Foreign keys are not enforced while a reply is applied: the server checked them, and a
// page may carry a child before its parent. The device's own writes still enforce them.
class PullApplier
{
public:
    struct Counts
    {
        qsizetype ops = 0;
        qsizetype purged = 0;
        // Rows the server left out of the reply ("w": too large for any reply, or not
        // encodable), each as "table row id: reason". Everything else was applied.
        QStringList withheld;
    };

    PullApplier(store::Database &db, OpCodec &codec);

    Counts apply(const Message &reply);
    // Retries the purges that waited for the outbox; returns how many completed.
    int retryPendingPurges();

private:
    void applyOp(const Op &op, std::int64_t nowMs);
    // The HLC receive rule, persisted: the device's clock word (sync_state.hlc) moves up to
    // the newest clock pulled (clamped like any remote clock), so the device's next edit is
    // ordered after everything it has seen and wins last-writer-wins over it.
    void observeClocks(const std::vector<Op> &ops, std::int64_t nowMs);
    // True when the permit is gone from the device; false when evidence kept part of it.
    bool purge(const QString &permitId);

    store::Database &m_db;
    OpCodec &m_codec;
};

} // namespace outfall::sync
