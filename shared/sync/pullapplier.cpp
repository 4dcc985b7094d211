#include "sync/pullapplier.h"

#include "store/database.h"
#include "sync/entityschema.h"
#include "sync/headerfields.h"
#include "sync/hybridlogicalclock.h"
#include "sync/lwwmerger.h"
#include "sync/rowstore.h"

#include <QCborArray>
#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace outfall::sync {

namespace {

// Evidence tables: each row names its inspection.
const QStringList kFieldRecordTables = {u"checklist_answer"_s, u"measurement"_s, u"position_fix"_s,
    u"observed_outlet"_s, u"photo"_s, u"signature"_s, u"inspection_inspector"_s,
    u"evidence_record"_s, u"declaration_check"_s};

// Reference rows that no field record points at, so a deletion on the server can be
// followed on the device. Others (permit, outlet, checklist items...) stay: evidence may
// name them.
bool isLeaf(Entity entity)
{
    switch (entity) {
    case Entity::ReportSchedule:
    case Entity::EmissionLimit:
    case Entity::MonitoringRequirement:
    case Entity::ReportedValue:
    case Entity::ExecutionReport:
    case Entity::Flag:
        return true;
    default:
        return false;
    }
}

// Switches foreign key enforcement off for the scope (it cannot change inside a
// transaction, so this wraps the transaction).
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(store::Database &db)
        : m_db(db)
    {
        m_db.exec(u"PRAGMA foreign_keys = OFF"_s);
    }
    ~ForeignKeysOff()
    {
        try {
            m_db.exec(u"PRAGMA foreign_keys = ON"_s);
        } catch (...) { }
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    store::Database &m_db;
};

} // namespace

PullApplier::PullApplier(store::Database &db, OpCodec &codec)
    : m_db(db)
    , m_codec(codec)
{ }

PullApplier::Counts PullApplier::apply(const Message &reply)
{
    const HeaderFields fields(reply.header);
    const std::int64_t cursor = fields.integer(u"c"_s, 0, std::int64_t(1) << 53);
    const std::vector<Op> ops =
        reply.body.isEmpty() ? std::vector<Op>() : m_codec.decode(reply.body);
    const std::int64_t now = std::int64_t(QDateTime::currentMSecsSinceEpoch());
    Counts counts;

    // Only around rows that arrive (a parent may come after its children) or a purge.
    // Toggling the pragma expires every prepared statement of the connection, so an empty
    // pull (the usual one) does not.
    std::optional<ForeignKeysOff> foreignKeysOff;
    if (!ops.empty() || reply.header.contains(u"p"_s))
        foreignKeysOff.emplace(m_db);
    store::Transaction transaction(m_db);
    for (const Op &op : ops)
        applyOp(op, now);
    observeClocks(ops, now);
    counts.ops = qsizetype(ops.size());
    for (const QCborValue &entry : fields.array(u"g"_s, 1'000'000)) {
        const QCborArray gone = entry.toArray();
        const auto entity = static_cast<Entity>(gone.at(0).toInteger());
        if (EntitySchema::find(entity) && isLeaf(entity))
            RowStore(m_db).remove(entity, gone.at(1).toString());
    }
    for (const QCborValue &entry : fields.array(u"s"_s, 100'000)) {
        const QCborArray held = entry.toArray();
        m_db.cached(u"INSERT OR REPLACE INTO held_permit (permit_id, as_of) VALUES (?, ?)"_s)
            .bind(1, held.at(0).toString())
            .bind(2, std::int64_t(held.at(1).toInteger()))
            .exec();
        m_db.cached(u"DELETE FROM purge_pending WHERE permit_id = ?"_s)
            .bind(1, held.at(0).toString())
            .exec();
    }
    for (const QCborValue &entry : fields.array(u"p"_s, 100'000)) {
        m_db.cached(u"DELETE FROM held_permit WHERE permit_id = ?"_s)
            .bind(1, entry.toString())
            .exec();
        if (purge(entry.toString()))
            ++counts.purged;
    }
    m_db.cached(u"UPDATE sync_state SET pull_cursor = ? WHERE id = 1"_s).bind(1, cursor).exec();
    transaction.commit();
    for (const QCborValue &entry : fields.array(u"w"_s, 100'000)) {
        const QCborArray row = entry.toArray();
        const auto *info = EntitySchema::find(static_cast<Entity>(row.at(0).toInteger()));
        counts.withheld.append(
            u"%1 %2: %3"_s.arg(info ? info->table : u"entity %1"_s.arg(row.at(0).toInteger()),
                row.at(1).toString().left(64), row.at(2).toString().left(200)));
    }
    return counts;
}

void PullApplier::observeClocks(const std::vector<Op> &ops, std::int64_t nowMs)
{
    const HybridLogicalClock receiver(Uuid {}, [nowMs] { return nowMs; });
    std::uint64_t seen = 0;
    for (const Op &op : ops)
        seen = std::max(seen, receiver.clamp(op.hlc).word);
    if (seen > 0)
        m_db.cached(u"UPDATE sync_state SET hlc = max(hlc, ?) WHERE id = 1"_s)
            .bind(1, std::int64_t(seen))
            .exec();
}

void PullApplier::applyOp(const Op &op, std::int64_t nowMs)
{
    const auto *info = EntitySchema::find(op.entity);
    if (!info)
        return;
    RowStore rows(m_db);
    if (info->owner == EntitySchema::Owner::Server) {
        rows.upsert(op);
        return;
    }
    LwwMerger merger(m_db);
    if (op.kind == Op::Kind::Insert) {
        if (!rows.exists(op.entity, op.rowId.toText())) {
            rows.insert(op);
            merger.stamp(op);
        }
        return;
    }
    Op winners = op;
    winners.fields = merger.merge(op, nowMs);
    rows.update(winners);
}

bool PullApplier::purge(const QString &permitId)
{
    // Inspections with ops still in the outbox, directly or through their evidence.
    QSet<QString> pending;
    auto direct = m_db.cached(u"SELECT row_id FROM outbox WHERE entity = ?"_s);
    direct.bind(1, int(Entity::Inspection));
    while (direct.step())
        pending.insert(direct.text(0));
    direct.reset();
    for (const QString &table : kFieldRecordTables) {
        const auto *info = EntitySchema::findTable(table);
        auto children = m_db.cached(u"SELECT inspection_id FROM %1 WHERE id IN"
                                    u" (SELECT row_id FROM outbox WHERE entity = ?)"_s.arg(table));
        children.bind(1, int(info->entity));
        while (children.step())
            pending.insert(children.text(0));
    }

    QStringList inspections;
    auto mine = m_db.cached(u"SELECT id FROM inspection WHERE permit_id = ?"_s);
    mine.bind(1, permitId);
    while (mine.step())
        inspections.append(mine.text(0));
    mine.reset();
    bool kept = false;
    for (const QString &inspection : inspections) {
        if (pending.contains(inspection)) {
            kept = true;
            continue;
        }
        // The receipts of its signed records go with them (the server's log keeps both).
        m_db.cached(u"DELETE FROM evidence_receipt WHERE record_id IN (SELECT id FROM"
                    u" evidence_record WHERE inspection_id = ?)"_s)
            .bind(1, inspection)
            .exec();
        for (const QString &table : kFieldRecordTables) {
            m_db.cached(u"DELETE FROM %1 WHERE inspection_id = ?"_s.arg(table))
                .bind(1, inspection)
                .exec();
        }
        // Its review decisions (0017) go with it: they are of no use without it.
        m_db.cached(u"DELETE FROM inspection_review WHERE inspection_id = ?"_s)
            .bind(1, inspection)
            .exec();
        m_db.cached(u"DELETE FROM inspection WHERE id = ?"_s).bind(1, inspection).exec();
    }
    const QString outlets = u"(SELECT id FROM outlet WHERE permit_id = ?)"_s;
    for (const QString &table :
        {u"reported_value"_s, u"emission_limit"_s, u"monitoring_requirement"_s}) {
        m_db.cached(u"DELETE FROM %1 WHERE outlet_id IN %2"_s.arg(table, outlets))
            .bind(1, permitId)
            .exec();
    }
    for (const QString &table :
        {u"report_schedule"_s, u"execution_report"_s, u"flag"_s, u"application_decision"_s}) {
        m_db.cached(u"DELETE FROM %1 WHERE permit_id = ?"_s.arg(table)).bind(1, permitId).exec();
    }
    if (kept) {
        // The evidence still needs its permit, outlets and assignment until acknowledged.
        m_db.cached(u"INSERT OR IGNORE INTO purge_pending (permit_id) VALUES (?)"_s)
            .bind(1, permitId)
            .exec();
        return false;
    }
    m_db.cached(u"DELETE FROM assignment WHERE permit_id = ?"_s).bind(1, permitId).exec();
    m_db.cached(u"DELETE FROM outlet WHERE permit_id = ?"_s).bind(1, permitId).exec();
    m_db.cached(u"DELETE FROM treatment_facility WHERE permit_id = ?"_s).bind(1, permitId).exec();
    auto enterprise = m_db.cached(u"SELECT enterprise_id FROM permit WHERE id = ?"_s);
    enterprise.bind(1, permitId);
    const QString enterpriseId = enterprise.step() ? enterprise.text(0) : QString();
    enterprise.reset();
    m_db.cached(u"DELETE FROM permit WHERE id = ?"_s).bind(1, permitId).exec();
    m_db.cached(u"DELETE FROM enterprise WHERE id = ? AND NOT EXISTS"
                u" (SELECT 1 FROM permit WHERE enterprise_id = ?1)"_s)
        .bind(1, enterpriseId)
        .exec();
    m_db.cached(u"DELETE FROM purge_pending WHERE permit_id = ?"_s).bind(1, permitId).exec();
    return true;
}

int PullApplier::retryPendingPurges()
{
    QStringList permits;
    auto statement = m_db.cached(u"SELECT permit_id FROM purge_pending"_s);
    while (statement.step())
        permits.append(statement.text(0));
    statement.reset();
    if (permits.isEmpty())
        return 0;
    ForeignKeysOff foreignKeysOff(m_db);
    store::Transaction transaction(m_db);
    int done = 0;
    for (const QString &permit : permits)
        done += purge(permit) ? 1 : 0;
    transaction.commit();
    return done;
}

} // namespace outfall::sync
