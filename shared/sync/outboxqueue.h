#pragma once

#include "sync/op.h"

#include <cstdint>
#include <vector>

namespace outfall::store {
class Database;
}

namespace outfall::sync {

// The drain side of the device's outbox: what is waiting, in device seq order, and its
// removal once the server has it (or it can never go). The write side, which needs the
// device's clock and author, is OutboxRepository; between them they are the only code that
// touches the outbox table.
class OutboxQueue
{
public:
    explicit OutboxQueue(store::Database &db);

    // One outbox row: an op, or the ops a merged edit left in one row.
    struct Entry
    {
        std::int64_t deviceSeq = 0;
        std::vector<Op> ops;
    };

    std::vector<Entry> oldest(std::size_t rows) const;
    std::vector<Op> pending(std::size_t rows) const; // oldest(), flattened
    std::int64_t count() const;
    // The server acknowledged every op up to and including deviceSeq.
    void acknowledgeThrough(std::int64_t deviceSeq);
    // One row that can never be pushed (kept as a rejection by the caller).
    void remove(std::int64_t deviceSeq);

private:
    store::Database &m_db;
};

} // namespace outfall::sync
