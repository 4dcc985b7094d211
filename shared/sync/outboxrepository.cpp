#include "sync/outboxrepository.h"

#include "store/database.h"
#include "sync/entityschema.h"
#include "sync/evidencesigner.h"
#include "sync/opbodycodec.h"
#include "sync/outboxqueue.h"
#include "sync/rowstore.h"

#include <QStringList>

#include <algorithm>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::sync {

OpTooLarge::OpTooLarge(std::size_t bytes, std::size_t bound, const QString &table)
    : std::length_error(
        u"this change to %1 is %2 bytes, more than one push to the server carries (%3 bytes);"
        u" nothing was written: shorten the text (a note, a caption) or the drawing"_s.arg(table)
            .arg(bytes)
            .arg(bound)
            .toStdString())
    , m_bytes(bytes)
    , m_bound(bound)
{ }

OutboxRepository::OutboxRepository(
    store::Database &db, HybridLogicalClock &clock, const Uuid &author)
    : m_db(db)
    , m_clock(clock)
    , m_author(author)
{
    auto state = m_db.prepare(u"SELECT device_id, hlc FROM sync_state WHERE id = 1"_s);
    if (state.step()) {
        if (state.text(0) != m_clock.node().toText())
            throw std::invalid_argument("the clock's node is not this store's device id");
        m_clock.restore(HlcTimestamp {static_cast<std::uint64_t>(state.int64(1)), {}});
    } else {
        m_db.prepare(u"INSERT INTO sync_state (id, device_id) VALUES (1, ?)"_s)
            .bind(1, m_clock.node().toText())
            .exec();
    }
}

Op OutboxRepository::insert(Entity entity, const Uuid &rowId, std::vector<Op::Field> fields)
{
    return capture(entity, Op::Kind::Insert, rowId, std::move(fields));
}

Op OutboxRepository::update(Entity entity, const Uuid &rowId, std::vector<Op::Field> fields)
{
    const auto &info = EntitySchema::info(entity);
    if (info.insertOnly)
        throw std::invalid_argument(
            info.table.toStdString() + " is evidence: insert a superseding row instead");
    for (const Op::Field &field : fields) {
        const auto *schema = info.field(field.number);
        if (schema && schema->merge == EntitySchema::Merge::Immutable)
            throw std::invalid_argument(
                (info.table + u'.' + schema->name).toStdString() + " cannot change after insert");
    }
    if (fields.empty())
        throw std::invalid_argument("an update needs at least one field");
    return capture(entity, Op::Kind::Update, rowId, std::move(fields));
}

Op OutboxRepository::capture(
    Entity entity, Op::Kind kind, const Uuid &rowId, std::vector<Op::Field> fields)
{
    const auto &info = EntitySchema::info(entity);
    Op op;
    op.entity = entity;
    op.kind = kind;
    op.rowId = rowId;
    op.author = m_author;
    for (Op::Field &field : fields) {
        if (!info.field(field.number))
            throw std::invalid_argument(
                info.table.toStdString() + " has no field " + std::to_string(field.number));
        op.set(field.number, std::move(field.value));
    }
    // Before anything is written: an op no batch can carry would stay in the outbox for ever.
    if (const std::size_t bytes = OpBodyCodec::sizeBound(op); bytes > maxOpBytes)
        throw OpTooLarge(bytes, maxOpBytes, info.table);

    store::Transaction transaction(m_db);
    stamp(op);
    writeRow(op);
    if (kind == Op::Kind::Update)
        supersede(op);
    queue(op);
    // Evidence is signed here, offline, in the transaction that writes it: its record exists
    // exactly when it does, and a crash before the commit loses both (docs/evidence.md 1).
    if (!m_signer)
        m_signer = EvidenceSigner::load(m_db);
    if (m_signer) {
        if (auto recordFields = m_signer->sign(op)) {
            Op record;
            record.entity = Entity::EvidenceRecord;
            record.kind = Op::Kind::Insert;
            record.rowId = *Uuid::fromBytes(m_ids.nextBytes());
            record.author = m_author;
            record.fields = std::move(*recordFields);
            if (const std::size_t bytes = OpBodyCodec::sizeBound(record) + 16; bytes > maxOpBytes)
                throw OpTooLarge(bytes, maxOpBytes, info.table);
            stamp(record);
            writeRow(record);
            queue(record);
        }
    }
    transaction.commit();
    return op;
}

void OutboxRepository::stamp(Op &op)
{
    // A failed write leaves a clock reading unused; an HLC may skip readings.
    auto seq = m_db.cached(u"UPDATE sync_state SET last_seq = last_seq + 1 WHERE id = 1"
                           u" RETURNING last_seq, hlc"_s);
    seq.step();
    op.deviceSeq = static_cast<std::uint64_t>(seq.int64(0));
    // A pull (on another connection, maybe another thread) may have moved the stored clock
    // past every clock it saw: this write is ordered after those.
    m_clock.restore(HlcTimestamp {static_cast<std::uint64_t>(seq.int64(1)), {}});
    seq.reset();
    op.hlc = m_clock.now();
    op.opId = *Uuid::fromBytes(m_ids.nextBytes());
    m_db.cached(u"UPDATE sync_state SET hlc = ? WHERE id = 1"_s)
        .bind(1, static_cast<std::int64_t>(op.hlc.word))
        .exec();
}

void OutboxRepository::queue(const Op &op)
{
    m_db.cached(u"INSERT INTO outbox (device_seq, entity, row_id, body) VALUES (?, ?, ?, ?)"_s)
        .bind(1, static_cast<std::int64_t>(op.deviceSeq))
        .bind(2, static_cast<int>(op.entity))
        .bind(3, op.rowId.toText())
        .bind(4, OpBodyCodec::encode(std::span(&op, 1)))
        .exec();
}

bool OutboxRepository::withdraw(Entity entity, const Uuid &rowId)
{
    store::Transaction transaction(m_db);
    auto ops = m_db.cached(u"SELECT device_seq, body, device_seq <= coalesce((SELECT last_seq"
                           u" FROM push_batch), 0) FROM outbox WHERE entity = ? AND row_id = ?"_s);
    ops.bind(1, static_cast<int>(entity)).bind(2, rowId.toText());
    std::int64_t seq = 0;
    int rows = 0;
    bool withdrawable = true;
    while (ops.step()) {
        ++rows;
        seq = ops.int64(0);
        const std::vector<Op> body = OpBodyCodec::decode(ops.blob(1));
        withdrawable = withdrawable && ops.integer(2) == 0 && body.size() == 1
            && body.front().kind == Op::Kind::Insert;
    }
    ops.reset();
    if (rows != 1 || !withdrawable)
        return false;
    m_db.cached(u"DELETE FROM outbox WHERE device_seq = ?"_s).bind(1, seq).exec();
    m_db.cached(u"DELETE FROM %1 WHERE id = ?"_s.arg(EntitySchema::info(entity).table))
        .bind(1, rowId.toText())
        .exec();
    transaction.commit();
    return true;
}

void OutboxRepository::supersede(const Op &op)
{
    const auto &info = EntitySchema::info(op.entity);
    if (info.insertOnly)
        return; // evidence is never updated, and never merged
    auto latest = m_db.cached(u"SELECT device_seq, body, device_seq <= coalesce((SELECT last_seq"
                              u" FROM push_batch), 0) FROM outbox WHERE entity = ? AND row_id = ?"
                              u" ORDER BY device_seq DESC LIMIT 1"_s);
    latest.bind(1, static_cast<int>(op.entity)).bind(2, op.rowId.toText());
    if (!latest.step())
        return;
    const std::int64_t seq = latest.int64(0);
    const bool inFlight = latest.integer(2) != 0;
    std::vector<Op> previous = OpBodyCodec::decode(latest.blob(1));
    latest.reset();
    // Only the row's latest op, still unsent, and an update of last-writer-wins fields
    // alone: an op that moved the workflow stays whole, so no edit crosses it.
    const auto lwwOnly = [&](const Op &candidate) {
        return std::all_of(candidate.fields.begin(), candidate.fields.end(), [&](const auto &f) {
            const auto *schema = info.field(f.number);
            return schema && schema->merge == EntitySchema::Merge::LastWriterWins;
        });
    };
    if (inFlight || previous.size() != 1 || previous[0].kind != Op::Kind::Update
        || !lwwOnly(previous[0]))
        return;
    Op &earlier = previous[0];
    const auto overwritten = [&](const Op::Field &f) {
        return std::any_of(op.fields.begin(), op.fields.end(), [&](const Op::Field &mine) {
            const auto *schema = info.field(mine.number);
            return mine.number == f.number && schema
                && schema->merge == EntitySchema::Merge::LastWriterWins;
        });
    };
    const auto kept = std::remove_if(earlier.fields.begin(), earlier.fields.end(), overwritten);
    if (kept == earlier.fields.end())
        return;
    earlier.fields.erase(kept, earlier.fields.end());
    if (earlier.fields.empty()) {
        m_db.cached(u"DELETE FROM outbox WHERE device_seq = ?"_s).bind(1, seq).exec();
        return;
    }
    m_db.cached(u"UPDATE outbox SET body = ? WHERE device_seq = ?"_s)
        .bind(1, OpBodyCodec::encode(std::span(&earlier, 1)))
        .bind(2, seq)
        .exec();
}

void OutboxRepository::writeRow(const Op &op)
{
    RowStore rows(m_db);
    if (op.kind == Op::Kind::Insert) {
        rows.insert(op);
        return;
    }
    if (!rows.update(op))
        throw std::invalid_argument(
            "no " + EntitySchema::info(op.entity).table.toStdString() + " row to update");
}

std::vector<Op> OutboxRepository::pending(std::size_t limit) const
{
    return OutboxQueue(m_db).pending(limit);
}

std::int64_t OutboxRepository::pendingCount() const
{
    return OutboxQueue(m_db).count();
}

void OutboxRepository::acknowledge(std::uint64_t deviceSeq)
{
    OutboxQueue(m_db).acknowledgeThrough(static_cast<std::int64_t>(deviceSeq));
}

} // namespace outfall::sync
