#include "sync/lwwmerger.h"

#include "store/database.h"
#include "sync/entityschema.h"
#include "sync/rowstore.h"

using namespace Qt::StringLiterals;

namespace outfall::sync {

namespace {

bool isEditable(const EntitySchema::Field &field)
{
    return field.merge == EntitySchema::Merge::LastWriterWins;
}

} // namespace

void LwwMerger::stamp(const Op &op)
{
    const auto &info = EntitySchema::info(op.entity);
    for (const Op::Field &field : op.fields) {
        if (!isEditable(*info.field(field.number)))
            continue;
        m_db.cached(u"INSERT INTO field_clock (entity, row_id, field, hlc, node)"
                    u" VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity, row_id, field)"
                    u" DO UPDATE SET hlc = excluded.hlc, node = excluded.node"_s)
            .bind(1, int(op.entity))
            .bind(2, op.rowId.toText())
            .bind(3, int(field.number))
            .bind(4, static_cast<std::int64_t>(op.hlc.word))
            .bind(5, op.hlc.node.toByteArray())
            .exec();
    }
}

std::vector<Op::Field> LwwMerger::merge(const Op &op, std::int64_t nowMs)
{
    const auto &info = EntitySchema::info(op.entity);
    std::vector<Op::Field> winners;
    RowStore rows(m_db);
    for (const Op::Field &field : op.fields) {
        if (!isEditable(*info.field(field.number))) {
            winners.push_back(field);
            continue;
        }
        auto clock = m_db.cached(
            u"SELECT hlc, node FROM field_clock WHERE entity = ? AND row_id = ? AND field = ?"_s);
        clock.bind(1, int(op.entity)).bind(2, op.rowId.toText()).bind(3, int(field.number));
        if (!clock.step()) {
            winners.push_back(field);
            continue;
        }
        const HlcTimestamp stored {static_cast<std::uint64_t>(clock.int64(0)),
            Uuid::fromBytes(clock.blob(1)).value_or(Uuid())};
        clock.reset();
        if (op.hlc == stored)
            continue; // the same write again
        const FieldValue current = rows.value(op.entity, op.rowId.toText(), field.number);
        if (op.hlc < stored) {
            logLoser(op, field, field.value, op.hlc, stored, nowMs);
            continue;
        }
        if (stored.node != op.hlc.node && current != field.value)
            logLoser(op, field, current, stored, op.hlc, nowMs);
        winners.push_back(field);
    }
    Op stamped = op;
    stamped.fields = winners;
    stamp(stamped);
    return winners;
}

void LwwMerger::logLoser(const Op &op, const Op::Field &field, const FieldValue &lost,
    const HlcTimestamp &lostClock, const HlcTimestamp &wonClock, std::int64_t nowMs)
{
    auto statement = m_db.cached(
        u"INSERT INTO conflict_log (entity, row_id, field, lost_value, lost_hlc, lost_node,"
        u" won_hlc, won_node, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    statement.bind(1, int(op.entity))
        .bind(2, op.rowId.toText())
        .bind(3, EntitySchema::info(op.entity).field(field.number)->name);
    RowStore::bind(statement, 4, lost);
    statement.bind(5, static_cast<std::int64_t>(lostClock.word))
        .bind(6, lostClock.node.toText())
        .bind(7, static_cast<std::int64_t>(wonClock.word))
        .bind(8, wonClock.node.toText())
        .bind(9, nowMs)
        .exec();
}

} // namespace outfall::sync
