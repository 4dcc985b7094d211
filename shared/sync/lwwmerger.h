#pragma once

#include "sync/op.h"

namespace outfall::store {
class Database;
}

namespace outfall::sync {

// Per-field last-writer-wins over field_clock (device and server have the same table):
// of an update's fields, keeps those whose clock beats the clock of the field's last
// write and records the clocks of the winners. A value overwritten by another node's
// later write, or an incoming value older than the stored one, goes to conflict_log:
// nothing is dropped silently. The caller writes the returned fields to the row.
class LwwMerger
{
public:
    explicit LwwMerger(store::Database &db)
        : m_db(db)
    { }

    // op.hlc must already be clamped. Fields of other merge kinds pass through unchanged.
    std::vector<Op::Field> merge(const Op &op, std::int64_t nowMs);
    // Records the clocks of every editable field an insert or accepted update set.
    void stamp(const Op &op);

private:
    void logLoser(const Op &op, const Op::Field &field, const FieldValue &lost,
        const HlcTimestamp &lostClock, const HlcTimestamp &wonClock, std::int64_t nowMs);

    store::Database &m_db;
};

} // namespace outfall::sync
