#include "server/pullbuilder.h"

#include "server/settledseq.h"
#include "server/syncengine.h"
#include "store/database.h"
#include "sync/codecerror.h"
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

constexpr std::size_t kHeadBytes = 9; // a CBOR head with an 8-byte argument

// At most what a text adds to the CBOR header (3 UTF-8 bytes a UTF-16 unit at most).
std::size_t textBytes(const QString &text)
{
    return kHeadBytes + std::size_t(text.size()) * 3;
}

// The header's fixed part: "c" and "more", and the heads of the lists "p", "s", "g", "w".
constexpr std::size_t kFixedHeaderBytes = 128;

QString tableOf(int entity)
{
    const auto *info = sync::EntitySchema::find(static_cast<sync::Entity>(entity));
    return info ? info->table : u"entity %1"_s.arg(entity);
}

} // namespace

struct PullBuilder::Withheld
{
    int entity = 0;
    QString rowId;
    QString reason;
};

// One source row of a reply: a reference row (read in its current state), a tombstone, or a
// field-record op stored by the server; with the ops it stands for and their size bounds.
struct PullBuilder::Item
{
    std::int64_t seq = 0;
    int entity = 0;
    QString rowId;
    bool deleted = false;
    bool stored = false; // a field-record op from sync_op: body holds it
    QByteArray body;
    std::vector<std::pair<Op, std::size_t>> ops; // each fits an empty reply
    std::vector<Withheld> withheld; // what no reply can carry

    std::size_t bytes() const
    {
        std::size_t total = 0;
        for (const auto &[op, size] : ops)
            total += size;
        return total;
    }
};

// The reply being built, and how much of the device's bounds it has used.
class PullBuilder::Reply
{
public:
    explicit Reply(const Limits &limits)
        : m_limits(limits)
    { }

    std::vector<Op> ops;
    QCborArray purged;
    QCborArray snapshotted;
    QCborArray gone;
    QCborArray withheld;

    bool fitsBody(std::size_t bytes) const { return m_body + bytes <= m_limits.bodyBytes; }
    bool fitsHeader(std::size_t bytes) const { return m_header + bytes <= m_limits.headerBytes; }

    void take(Item &item)
    {
        for (auto &[op, size] : item.ops) {
            ops.push_back(std::move(op));
            m_body += size;
        }
        item.ops.clear();
    }
    bool addPurge(const QString &permit) { return addToHeader(purged, permit, textBytes(permit)); }
    static std::size_t snapshotBytes(const QString &permit)
    {
        return 1 + textBytes(permit) + kHeadBytes;
    }
    bool addSnapshot(const QString &permit, std::int64_t asOf)
    {
        return addToHeader(snapshotted, QCborArray {permit, qint64(asOf)}, snapshotBytes(permit));
    }
    bool addGone(int entity, const QString &rowId)
    {
        return addToHeader(gone, QCborArray {entity, rowId}, 1 + kHeadBytes + textBytes(rowId));
    }
    // As many as the header has room for; the server log names every one.
    void addWithheld(const Withheld &row)
    {
        const QString reason = row.reason.left(200);
        addToHeader(withheld, QCborArray {row.entity, row.rowId, reason},
            1 + kHeadBytes + textBytes(row.rowId) + textBytes(reason));
    }

private:
    bool addToHeader(QCborArray &list, const QCborValue &entry, std::size_t bytes)
    {
        if (!fitsHeader(bytes))
            return false;
        list.append(entry);
        m_header += bytes;
        return true;
    }

    const Limits &m_limits;
    std::size_t m_body = sync::OpBodyCodec::arrayBytes;
    std::size_t m_header = kFixedHeaderBytes;
};

PullBuilder::PullBuilder(store::Database &db, sync::OpCodec &codec, Limits limits)
    : m_db(db)
    , m_codec(codec)
    , m_limits(limits)
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

std::vector<PullBuilder::Item> PullBuilder::snapshotItems(
    const Peer &peer, const QString &permitId, std::int64_t head)
{
    // Up to head, like the change log: a row an import under way has written (a higher seq)
    // comes through the log once the import has committed, or goes back to what it was.
    auto rows =
        m_db.cached(u"SELECT seq, entity, row_id, NULL FROM ref_row WHERE deleted = 0"
                    u" AND seq <= ?5 AND ("
                    u" (scope = 'permit' AND scope_id = ?1 AND (owner IS NULL OR owner = ?2)"
                    u"  AND (period IS NULL OR period >= ?3))"
                    u" OR (scope = 'enterprise' AND scope_id = (SELECT enterprise_id FROM permit"
                    u" WHERE id = ?1)))"
                    u" UNION ALL SELECT seq, entity, row_id, body FROM sync_op"
                    u" WHERE inspector_id = ?2 AND permit_id = ?1 AND device_id != ?4"
                    u" AND seq <= ?5 ORDER BY 1"_s);
    rows.bind(1, permitId).bind(2, peer.inspectorId).bind(3, reportedValueCutoff());
    rows.bind(4, peer.deviceId).bind(5, head);
    std::vector<Item> items;
    while (rows.step()) {
        Item item;
        item.seq = rows.int64(0);
        item.entity = rows.integer(1);
        item.rowId = rows.text(2);
        item.stored = !rows.isNull(3);
        if (item.stored)
            item.body = rows.blob(3);
        items.push_back(std::move(item));
    }
    rows.reset();
    for (Item &item : items)
        materialise(item);
    return items;
}

void PullBuilder::materialise(Item &item)
{
    std::vector<Op> ops;
    if (item.stored) {
        try {
            ops = sync::OpBodyCodec::decode(item.body);
        } catch (const sync::CodecError &e) {
            item.withheld.push_back(
                {item.entity, item.rowId, u"its stored op does not decode: "_s + e.message()});
            return;
        }
    } else if (!item.deleted) {
        const auto *info = sync::EntitySchema::find(static_cast<sync::Entity>(item.entity));
        if (!info)
            return;
        auto op = sync::RowStore(m_db).read(info->entity, item.rowId);
        if (!op)
            return;
        ops.push_back(std::move(*op));
    }
    for (Op &op : ops) {
        const std::size_t size = sync::OpBodyCodec::sizeBound(op);
        if (sync::OpBodyCodec::arrayBytes + size > m_limits.bodyBytes)
            item.withheld.push_back({int(op.entity), op.rowId.toText(),
                u"%1 bytes, more than a reply may carry (%2)"_s.arg(size).arg(m_limits.bodyBytes)});
        else
            item.ops.emplace_back(std::move(op), size);
    }
}

void PullBuilder::withhold(const Peer &peer, Reply &reply, const Withheld &row)
{
    qCWarning(lcSync).noquote()
        << u"pull for device %1: withheld %2 row %3 (%4); every other row is sent. Correct"
           u" the row at its source (a re-import), and it is sent again."_s.arg(
               peer.deviceId, tableOf(row.entity), row.rowId, row.reason);
    reply.addWithheld(row);
}

bool PullBuilder::take(const Peer &peer, Reply &reply, Item &item)
{
    if (!reply.fitsBody(item.bytes()))
        return false;
    reply.take(item);
    for (const Withheld &row : item.withheld)
        withhold(peer, reply, row);
    return true;
}

void PullBuilder::withholdWhole(const Peer &peer, Reply &reply, Item &item) const
{
    // Nothing in the reply and still too large: a record of several ops that no reply can
    // hold (the server stores one op a record, so a corrupt one). Withheld whole, so the
    // device still moves past it.
    for (const auto &[op, size] : item.ops)
        withhold(peer, reply,
            {int(op.entity), op.rowId.toText(),
                u"its ops together exceed what a reply may carry (%1 bytes)"_s.arg(
                    m_limits.bodyBytes)});
    item.ops.clear();
    take(peer, reply, item);
}

PullBuilder::Snapshot PullBuilder::snapshot(
    const Peer &peer, const QString &permitId, std::int64_t head, Reply &reply, std::int64_t &asOf)
{
    if (!reply.fitsHeader(Reply::snapshotBytes(permitId)))
        return Snapshot::Deferred;
    std::vector<Item> items = snapshotItems(peer, permitId, head);
    std::size_t total = 0;
    for (const Item &item : items)
        total += item.bytes();
    if (reply.fitsBody(total)) {
        for (Item &item : items)
            take(peer, reply, item);
        reply.addSnapshot(permitId, head);
        return Snapshot::Whole;
    }
    if (!reply.ops.empty())
        return Snapshot::Deferred; // it goes first in the next reply
    // Larger than any reply: the rows up to a seq, declared as a snapshot as of that seq;
    // the rest are newer than it and come through the change log (see build()).
    asOf = items.front().seq;
    for (Item &item : items) {
        if (!take(peer, reply, item)) {
            if (!reply.ops.empty())
                break;
            withholdWhole(peer, reply, item);
        }
        asOf = item.seq;
    }
    reply.addSnapshot(permitId, asOf);
    return Snapshot::Partial;
}

QByteArray PullBuilder::encode(const Peer &peer, Reply &reply)
{
    if (reply.ops.empty())
        return {};
    try {
        return m_codec.encode(reply.ops);
    } catch (const sync::CodecError &) {
        // A row the codec refuses (a value its schema type cannot carry): found alone and
        // withheld, so the others still go.
    }
    std::vector<Op> kept;
    for (Op &op : reply.ops) {
        try {
            sync::OpBodyCodec::encode(std::span(&op, 1));
            kept.push_back(std::move(op));
        } catch (const sync::CodecError &e) {
            withhold(peer, reply, {int(op.entity), op.rowId.toText(), e.message()});
        }
    }
    reply.ops = std::move(kept);
    return reply.ops.empty() ? QByteArray() : m_codec.encode(reply.ops);
}

// Where a reply got to: the cursor it sends and whether the device must pull again.
struct PullBuilder::Progress
{
    std::int64_t cursor = 0;
    bool more = false;
};

sync::Message PullBuilder::build(
    const Peer &peer, const sync::Message &pull, const Request &request)
{
    ReadTransaction transaction(m_db);
    const std::int64_t head = logHead();
    const QSet<QString> scope = assignedPermits(peer);
    Reply reply(m_limits);
    Progress progress {request.cursor};
    const auto heldInScope = purgeUnassigned(request, scope, reply, progress);
    sendSnapshots(peer, request, scope, head, reply, progress);
    const int budget = request.maxOps - int(reply.ops.size());
    // Snapshots that fill the reply leave the change log (and the global rows: templates,
    // inspectors) for the next PULL; the device must be told to come back for them.
    if (budget <= 0)
        progress.more = true;
    if (!progress.more)
        sendChanges(peer, request, heldInScope, head, budget, reply, progress);
    return replyMessage(peer, pull, reply, progress);
}

std::int64_t PullBuilder::logHead()
{
    return settledSeq(m_db); // never half an import (see there)
}

QSet<QString> PullBuilder::assignedPermits(const Peer &peer)
{
    QSet<QString> scope;
    auto assigned = m_db.cached(u"SELECT DISTINCT permit_id FROM assignment"
                                u" WHERE inspector_id = ? AND status = 'active'"_s);
    assigned.bind(1, peer.inspectorId);
    while (assigned.step())
        scope.insert(assigned.text(0));
    assigned.reset();
    return scope;
}

std::vector<std::pair<QString, std::int64_t>> PullBuilder::purgeUnassigned(
    const Request &request, const QSet<QString> &scope, Reply &reply, Progress &progress)
{
    std::vector<std::pair<QString, std::int64_t>> heldInScope;
    for (auto it = request.held.cbegin(); it != request.held.cend(); ++it) {
        if (scope.contains(it.key()))
            heldInScope.emplace_back(it.key(), it.value());
        else if (!reply.addPurge(it.key()))
            progress.more = true; // the rest next time: the device still holds them then
    }
    return heldInScope;
}

void PullBuilder::sendSnapshots(const Peer &peer, const Request &request,
    const QSet<QString> &scope, std::int64_t head, Reply &reply, Progress &progress)
{
    QStringList fresh;
    for (const QString &permit : scope) {
        if (!request.held.contains(permit))
            fresh.append(permit);
    }
    fresh.sort();
    for (const QString &permit : fresh) {
        if (progress.more)
            break;
        if (std::ssize(reply.ops) >= request.maxOps) {
            progress.more = true;
            break;
        }
        std::int64_t asOf = 0;
        switch (snapshot(peer, permit, head, reply, asOf)) {
        case Snapshot::Whole:
            break;
        case Snapshot::Partial:
            // The device is sent the rest as changes after asOf; the cursor must not be past
            // them (a cursor moved back only sends again what the device upserts anyway).
            progress.cursor = std::min(progress.cursor, asOf);
            progress.more = true;
            break;
        case Snapshot::Deferred:
            progress.more = true;
            break;
        }
    }
}

void PullBuilder::sendChanges(const Peer &peer, const Request &request,
    const std::vector<std::pair<QString, std::int64_t>> &heldInScope, std::int64_t head, int budget,
    Reply &reply, Progress &progress)
{
    // The held permits in a temporary table (the temp schema takes no lock on the
    // store), so the scan below joins an index instead of parsing a list per row.
    // (Unqualified below: both engines look in the connection's temporary schema first.)
    m_db.exec(u"CREATE TEMP TABLE IF NOT EXISTS pull_held (permit_id TEXT PRIMARY KEY,"
              u" enterprise_id TEXT, as_of INTEGER NOT NULL)"_s);
    m_db.exec(u"DELETE FROM pull_held"_s);
    for (const auto &[permit, asOf] : heldInScope) {
        m_db.cached(u"INSERT INTO pull_held (permit_id, enterprise_id, as_of)"
                    u" VALUES (?1, (SELECT enterprise_id FROM permit WHERE id = ?1), ?2)"
                    u" ON CONFLICT DO NOTHING"_s)
            .bind(1, permit)
            .bind(2, asOf)
            .exec();
    }
    // The log is read by scope: one range of ref_row_scope (scope, scope_id, seq) for each
    // held permit, one for each of their enterprises and one for the global rows, and one of
    // sync_op_scope for the inspector's field records of each held permit. Reading ref_row_seq
    // from the cursor instead tests the scope of every change since then, which after a
    // large import is millions of rows the device does not hold (an import of 240,000 permits
    // made each first pull read 8.4 M). CROSS JOIN keeps pull_held the outer loop; the
    // ranges start after the later of the cursor and the permit's snapshot (as_of).
    // (The field records come first: PostgreSQL types each column of a UNION by its first
    // branch, and an untyped NULL there would make the body text, not bytes.)
    auto log = m_db.cached(
        u"SELECT o.seq, o.entity, o.row_id, 0, o.body"
        u" FROM pull_held h CROSS JOIN sync_op o INDEXED BY sync_op_scope"
        u" WHERE o.inspector_id = ?2 AND o.permit_id = h.permit_id"
        u"  AND o.seq > max(h.as_of, ?1) AND o.seq <= ?6 AND o.device_id != ?4"
        u" UNION ALL"
        u" SELECT r.seq, r.entity, r.row_id, r.deleted, NULL"
        u" FROM pull_held h CROSS JOIN ref_row r INDEXED BY ref_row_scope"
        u" WHERE r.scope = 'permit' AND r.scope_id = h.permit_id"
        u"  AND r.seq > max(h.as_of, ?1) AND r.seq <= ?6"
        u"  AND (r.owner IS NULL OR r.owner = ?2) AND (r.period IS NULL OR r.period >= ?3)"
        u" UNION ALL"
        u" SELECT r.seq, r.entity, r.row_id, r.deleted, NULL FROM (SELECT enterprise_id,"
        u"  min(as_of) AS as_of FROM pull_held GROUP BY enterprise_id) e"
        u"  CROSS JOIN ref_row r INDEXED BY ref_row_scope"
        u" WHERE r.scope = 'enterprise' AND r.scope_id = e.enterprise_id"
        u"  AND r.seq > max(e.as_of, ?1) AND r.seq <= ?6"
        u" UNION ALL"
        u" SELECT seq, entity, row_id, deleted, NULL FROM ref_row INDEXED BY ref_row_scope"
        u" WHERE scope = 'global' AND scope_id IS NULL AND seq > ?1 AND seq <= ?6"
        u" ORDER BY 1 LIMIT ?5"_s);
    log.bind(1, request.cursor)
        .bind(2, peer.inspectorId)
        .bind(3, reportedValueCutoff())
        .bind(4, peer.deviceId)
        .bind(5, budget + 1)
        .bind(6, head);
    int rowsRead = 0;
    while (log.step()) {
        if (++rowsRead > budget) {
            progress.more = true;
            break;
        }
        Item item;
        item.seq = log.int64(0);
        item.entity = log.integer(1);
        item.rowId = log.text(2);
        item.deleted = log.integer(3) != 0;
        item.stored = !log.isNull(4);
        if (item.stored)
            item.body = log.blob(4);
        if (!sendChange(peer, reply, item)) {
            progress.more = true;
            break;
        }
        progress.cursor = item.seq;
    }
    log.reset();
    if (!progress.more)
        progress.cursor = std::max(progress.cursor, head); // nothing in scope up to head
}

bool PullBuilder::sendChange(const Peer &peer, Reply &reply, Item &item)
{
    if (item.deleted)
        return reply.addGone(item.entity, item.rowId);
    materialise(item);
    if (take(peer, reply, item))
        return true;
    // Full: this row starts the next reply, the cursor stays before it.
    if (!reply.ops.empty())
        return false;
    withholdWhole(peer, reply, item);
    return true;
}

sync::Message PullBuilder::replyMessage(
    const Peer &peer, const sync::Message &pull, Reply &reply, const Progress &progress)
{
    const QByteArray body = encode(peer, reply);
    QCborMap header;
    header.insert(u"c"_s, qint64(progress.cursor));
    header.insert(u"more"_s, progress.more);
    if (!reply.purged.isEmpty())
        header.insert(u"p"_s, reply.purged);
    if (!reply.snapshotted.isEmpty())
        header.insert(u"s"_s, reply.snapshotted);
    if (!reply.gone.isEmpty())
        header.insert(u"g"_s, reply.gone);
    if (!reply.withheld.isEmpty())
        header.insert(u"w"_s, reply.withheld);
    return sync::Message::reply(sync::Command::PullReply, pull, header, body);
}

} // namespace outfall::server
