#include "server/pullbuilder.h"

#include "store/database.h"
#include "sync/entityschema.h"
#include "sync/headerfields.h"
#include "sync/opbodycodec.h"
#include "sync/rowstore.h"

#include <QCborArray>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;
using outfall::sync::Op;

namespace outfall::server {

namespace {

// A read transaction: one consistent snapshot of the store even while an importer in
// another process writes, without taking the write lock as store::Transaction does.
class ReadTransaction
{
public:
    explicit ReadTransaction(store::Database &db)
        : m_db(db)
    {
        m_db.exec(u"BEGIN"_s);
    }
    ~ReadTransaction()
    {
        try {
            m_db.exec(u"COMMIT"_s);
        } catch (...) { }
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    store::Database &m_db;
};

} // namespace

PullBuilder::PullBuilder(store::Database &db, sync::OpCodec &codec)
    : m_db(db)
    , m_codec(codec)
{ }

QString PullBuilder::reportedValueCutoff()
{
    return QDate::currentDate().addMonths(-12).toString(u"yyyy-MM"_s);
}

PullBuilder::Request PullBuilder::parse(const sync::Message &pull, int maxOpsBound)
{
    const sync::HeaderFields fields(pull.header);
    Request request;
    request.cursor = fields.integer(u"c"_s, 0, std::numeric_limits<std::int64_t>::max());
    request.maxOps = int(fields.optionalInteger(u"m"_s, 1, maxOpsBound).value_or(maxOpsBound));
    for (const QCborValue &entry : fields.array(u"h"_s, 100'000)) {
        const QCborArray pair = entry.toArray();
        if (pair.size() != 2 || !pair[0].isString() || !pair[1].isInteger())
            sync::HeaderFields::fail(u"h"_s, u"an array of [permit id, seq] pairs"_s);
        request.held.insert(pair[0].toString(), pair[1].toInteger());
    }
    return request;
}

bool PullBuilder::appendReference(int entity, const QString &rowId, std::vector<Op> &ops)
{
    const auto *info = sync::EntitySchema::find(static_cast<sync::Entity>(entity));
    if (!info)
        return false;
    auto op = sync::RowStore(m_db).read(info->entity, rowId);
    if (!op)
        return false;
    ops.push_back(std::move(*op));
    return true;
}

void PullBuilder::snapshot(const Peer &peer, const QString &permitId, std::vector<Op> &ops)
{
    auto rows =
        m_db.cached(u"SELECT entity, row_id FROM ref_row WHERE deleted = 0 AND ("
                    u" (scope = 'permit' AND scope_id = ?1 AND (owner IS NULL OR owner = ?2)"
                    u"  AND (period IS NULL OR period >= ?3))"
                    u" OR (scope = 'enterprise' AND scope_id = (SELECT enterprise_id FROM permit "
                    u"WHERE id = ?1)))"
                    u" ORDER BY seq"_s);
    rows.bind(1, permitId).bind(2, peer.inspectorId).bind(3, reportedValueCutoff());
    std::vector<std::pair<int, QString>> keys;
    while (rows.step())
        keys.emplace_back(rows.integer(0), rows.text(1));
    rows.reset();
    for (const auto &[entity, rowId] : keys)
        appendReference(entity, rowId, ops);

    auto records = m_db.cached(u"SELECT body FROM sync_op WHERE inspector_id = ? AND permit_id = ?"
                               u" AND device_id != ? ORDER BY seq"_s);
    records.bind(1, peer.inspectorId).bind(2, permitId).bind(3, peer.deviceId);
    while (records.step()) {
        auto decoded = sync::OpBodyCodec::decode(records.blob(0));
        ops.insert(ops.end(), decoded.begin(), decoded.end());
    }
}

sync::Message PullBuilder::build(
    const Peer &peer, const sync::Message &pull, const Request &request)
{
    ReadTransaction transaction(m_db);
    auto headQuery = m_db.cached(u"SELECT seq FROM sync_counter WHERE id = 1"_s);
    headQuery.step();
    const std::int64_t head = headQuery.int64(0);
    headQuery.reset();

    QSet<QString> scope;
    auto assigned = m_db.cached(u"SELECT DISTINCT permit_id FROM assignment"
                                u" WHERE inspector_id = ? AND status = 'active'"_s);
    assigned.bind(1, peer.inspectorId);
    while (assigned.step())
        scope.insert(assigned.text(0));
    assigned.reset();

    std::vector<Op> ops;
    QCborArray purged;
    QCborArray snapshotted;
    QCborArray gone;
    QJsonArray heldInScope;
    for (auto it = request.held.cbegin(); it != request.held.cend(); ++it) {
        if (scope.contains(it.key()))
            heldInScope.append(QJsonArray {it.key(), qint64(it.value())});
        else
            purged.append(it.key());
    }
    bool more = false;
    QStringList fresh;
    for (const QString &permit : scope) {
        if (!request.held.contains(permit))
            fresh.append(permit);
    }
    fresh.sort();
    for (const QString &permit : fresh) {
        if (std::ssize(ops) >= request.maxOps) {
            more = true;
            break;
        }
        snapshot(peer, permit, ops);
        snapshotted.append(QCborArray {permit, qint64(head)});
    }

    std::int64_t cursor = request.cursor;
    const int budget = request.maxOps - int(ops.size());
    // Snapshots that fill the reply leave the change log (and the global rows: templates,
    // inspectors) for the next PULL; the device must be told to come back for them.
    if (budget <= 0)
        more = true;
    if (!more) {
        // The held permits in a temporary table (the temp schema takes no lock on the
        // store), so the scan below joins an index instead of parsing a list per row.
        m_db.exec(u"CREATE TEMP TABLE IF NOT EXISTS pull_held (permit_id TEXT PRIMARY KEY,"
                  u" enterprise_id TEXT, as_of INTEGER NOT NULL); DELETE FROM temp.pull_held"_s);
        for (const QJsonValue &entry : heldInScope) {
            m_db.cached(u"INSERT OR IGNORE INTO temp.pull_held (permit_id, enterprise_id, as_of)"
                        u" VALUES (?1, (SELECT enterprise_id FROM permit WHERE id = ?1), ?2)"_s)
                .bind(1, entry.toArray().at(0).toString())
                .bind(2, std::int64_t(entry.toArray().at(1).toInteger()))
                .exec();
        }
        // INDEXED BY: each branch of the OR below matches ref_row_scope, so without it
        // SQLite plans a multi-index OR that visits every permit-scoped row of the store
        // (every reported value) on each pull; the cursor range on ref_row_seq reads only
        // what changed since the device's last pull, already in the order sent.
        auto log = m_db.cached(
            u"SELECT seq, entity, row_id, deleted, NULL FROM ref_row r INDEXED BY ref_row_seq"
            u" WHERE seq > ?1 AND ("
            u"  (scope = 'permit' AND (owner IS NULL OR owner = ?2)"
            u"   AND (period IS NULL OR period >= ?3)"
            u"   AND r.seq > (SELECT as_of FROM temp.pull_held h WHERE h.permit_id = r.scope_id))"
            u"  OR (scope = 'enterprise' AND r.seq > (SELECT min(as_of) FROM temp.pull_held h"
            u"   WHERE h.enterprise_id = r.scope_id))"
            u"  OR scope = 'global')"
            u" UNION ALL"
            u" SELECT seq, entity, row_id, 0, body FROM sync_op o WHERE seq > ?1"
            u"  AND inspector_id = ?2 AND device_id != ?4"
            u"  AND o.seq > (SELECT as_of FROM temp.pull_held h WHERE h.permit_id = o.permit_id)"
            u" ORDER BY 1 LIMIT ?5"_s);
        log.bind(1, request.cursor)
            .bind(2, peer.inspectorId)
            .bind(3, reportedValueCutoff())
            .bind(4, peer.deviceId)
            .bind(5, budget + 1);
        int rowsRead = 0;
        while (log.step()) {
            if (++rowsRead > budget) {
                more = true;
                break;
            }
            cursor = log.int64(0);
            if (!log.isNull(4)) {
                auto decoded = sync::OpBodyCodec::decode(log.blob(4));
                ops.insert(ops.end(), decoded.begin(), decoded.end());
            } else if (log.integer(3) != 0) {
                gone.append(QCborArray {log.integer(1), log.text(2)});
            } else {
                appendReference(log.integer(1), log.text(2), ops);
            }
        }
        log.reset();
        if (!more)
            cursor = std::max(cursor, head); // nothing in scope up to head: skip the rest
    }

    QCborMap header;
    header.insert(u"c"_s, qint64(cursor));
    header.insert(u"more"_s, more);
    if (!purged.isEmpty())
        header.insert(u"p"_s, purged);
    if (!snapshotted.isEmpty())
        header.insert(u"s"_s, snapshotted);
    if (!gone.isEmpty())
        header.insert(u"g"_s, gone);
    return sync::Message::reply(
        sync::Command::PullReply, pull, header, ops.empty() ? QByteArray() : m_codec.encode(ops));
}

} // namespace outfall::server
