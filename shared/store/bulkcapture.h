#pragma once

#include <cstdint>

namespace outfall::store {

class Database;

// The change capture of an import's inserts, written in bulk (migration 0025, docs/protocol.md
// 4.4). A server store's reference tables tell the devices of every change through triggers
// that write ref_row; for an insert, that costs more than the row itself. While a BulkCapture
// is open, inserts only note their rowids (captured_insert); finish() writes all their ref_row
// rows at once, numbered after the server's counter in the order the rows were inserted, and
// turns per-row capture back on. Updates and deletes are captured row by row all along.
//
// Open it inside the transaction that makes the inserts, and finish it before that commits:
// the pause is part of the transaction, so no other connection ever sees it, and a rollback
// takes it back with everything else. On a store without the tables (a device's) it does
// nothing.
class BulkCapture
{
public:
    // How many captured rows one statement of finish() writes at most (see there).
    static constexpr std::int64_t kSliceRows = 50'000;

    explicit BulkCapture(Database &db, std::int64_t sliceRows = kSliceRows);
    ~BulkCapture();
    BulkCapture(const BulkCapture &) = delete;
    BulkCapture &operator=(const BulkCapture &) = delete;

    // Writes the ref_row rows of the inserts made since the capture opened and resumes per-row
    // capture. Returns how many rows it captured.
    std::int64_t finish();

private:
    Database &m_db;
    std::int64_t m_sliceRows;
    bool m_open = false;
};

} // namespace outfall::store
