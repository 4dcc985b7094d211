#include "sync/outboxqueue.h"

#include "store/database.h"
#include "sync/opbodycodec.h"

using namespace Qt::StringLiterals;

namespace outfall::sync {

OutboxQueue::OutboxQueue(store::Database &db)
    : m_db(db)
{ }

std::vector<OutboxQueue::Entry> OutboxQueue::oldest(std::size_t rows) const
{
    std::vector<Entry> entries;
    auto statement =
        m_db.cached(u"SELECT device_seq, body FROM outbox ORDER BY device_seq LIMIT ?"_s);
    statement.bind(1, static_cast<std::int64_t>(rows));
    while (statement.step())
        entries.push_back({statement.int64(0), OpBodyCodec::decode(statement.blob(1))});
    return entries;
}

std::vector<Op> OutboxQueue::pending(std::size_t rows) const
{
    std::vector<Op> ops;
    for (Entry &entry : oldest(rows))
        std::move(entry.ops.begin(), entry.ops.end(), std::back_inserter(ops));
    return ops;
}

std::int64_t OutboxQueue::count() const
{
    auto statement = m_db.cached(u"SELECT count(*) FROM outbox"_s);
    statement.step();
    return statement.int64(0);
}

void OutboxQueue::acknowledgeThrough(std::int64_t deviceSeq)
{
    m_db.cached(u"DELETE FROM outbox WHERE device_seq <= ?"_s).bind(1, deviceSeq).exec();
}

void OutboxQueue::remove(std::int64_t deviceSeq)
{
    m_db.cached(u"DELETE FROM outbox WHERE device_seq = ?"_s).bind(1, deviceSeq).exec();
}

} // namespace outfall::sync
