#pragma once

#include <cstdint>

namespace outfall::store {
class Database;
}

namespace outfall::server {

// The change number up to which the store is settled: the server's counter (sync_counter), or,
// while an import is under way, the change before its first (import_in_flight). An import's
// chunks are committed but may still be taken back (importer/importchunks.h), so what reads
// the change log — pulls, snapshots, the flag evaluation after a push — reads up to here:
// devices never see half an import, and flags are never raised on one.
std::int64_t settledSeq(store::Database &db);

} // namespace outfall::server
