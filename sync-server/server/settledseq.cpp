#include "server/settledseq.h"

#include "store/database.h"

using namespace Qt::StringLiterals;

namespace outfall::server {

std::int64_t settledSeq(store::Database &db)
{
    auto row = db.cached(u"SELECT min(c.seq, coalesce((SELECT first_seq - 1 FROM import_in_flight),"
                         u" c.seq)) FROM sync_counter c WHERE c.id = 1"_s);
    const std::int64_t seq = row.step() ? row.int64(0) : 0;
    row.reset();
    return seq;
}

} // namespace outfall::server
