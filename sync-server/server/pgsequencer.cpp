#include "server/pgsequencer.h"

#include <pqxx/pqxx>
#include <stdexcept>

namespace outfall::server::PgSequencer {

void createTable(pqxx::transaction_base &work)
{
    work.exec("CREATE TABLE IF NOT EXISTS outfall_sync_counter ("
              " id integer PRIMARY KEY CHECK (id = 1),"
              " seq bigint NOT NULL CHECK (seq >= 0))");
    work.exec("INSERT INTO outfall_sync_counter (id, seq) VALUES (1, 0) ON CONFLICT DO NOTHING");
}

std::int64_t reserve(pqxx::transaction_base &work, std::int64_t count)
{
    if (count < 1)
        throw std::invalid_argument("PgSequencer::reserve: count must be at least 1");
    // The UPDATE takes the row lock and holds it to the end of the transaction; RETURNING
    // gives the new last number in the same step, so no other writer can come between.
    const pqxx::row last = work.exec_params1(
        "UPDATE outfall_sync_counter SET seq = seq + $1 WHERE id = 1 RETURNING seq", count);
    return last[0].as<std::int64_t>() - count + 1;
}

} // namespace outfall::server::PgSequencer
