#pragma once

#include <cstdint>

namespace pqxx {
class transaction_base;
}

namespace outfall::server {

// The server's one sequence on PostgreSQL: what `sync_counter` is in the SQLite store. Every
// accepted device op and every reference change takes the next number, and a device's pull
// cursor is the last number it has (docs/protocol.md 4.5), so numbers must become visible in
// the order they were given: a pull that has seen 12 must never later find an 11.
//
// A PostgreSQL sequence (nextval, bigserial) does not promise that. Two front-ends take 11 and
// 12; 12 commits first; a pull reads up to 12 and moves its cursor there; 11 commits and no
// pull ever asks for it. Instead the numbers come from one counter row, updated in the writer's
// own transaction: the row stays locked until that transaction ends, so the next writer's
// numbers are given only after the previous writer's are committed (or rolled back, which
// rolls the counter back with them, so no number is lost either). PostgreSQL makes a
// transaction visible before it releases its locks, so by the time anyone holds 12, 11 is
// already visible to every new snapshot.
//
// The cost is that writers of the log take turns from their first number to their commit:
// the same one-writer-at-a-time the SQLite store has, now across front-ends. Writers should
// therefore reserve their numbers as late in their transaction as they can.
// tst_pgcommitorder shows the gap with a sequence and its absence with this counter.
namespace PgSequencer {

// Creates the counter (at 0) if it is missing.
void createTable(pqxx::transaction_base &work);

// Reserves `count` (>= 1) consecutive numbers in `work`'s transaction and returns the first.
// The counter stays locked until that transaction commits or rolls back.
std::int64_t reserve(pqxx::transaction_base &work, std::int64_t count);

} // namespace PgSequencer

} // namespace outfall::server
