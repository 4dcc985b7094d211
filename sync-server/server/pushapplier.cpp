#include "server/pushapplier.h"

#include "evidence/treehead.h"
#include "server/evidencelog.h"
#include "server/findingsupport.h"
#include "server/inspectionworkflow.h"
#include "store/database.h"
#include "store/sqliteerror.h"
#include "sync/entityschema.h"
#include "sync/evidencebounds.h"
#include "sync/lwwmerger.h"
#include "sync/opbodycodec.h"
#include "sync/rowstore.h"
#include "sync/signaturecoverage.h"

#include <QCborArray>
#include <QDateTime>
#include <QScopeGuard>
#include <QStringList>

#include <map>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using outfall::sync::EntitySchema;
using outfall::sync::ErrorCode;
using outfall::sync::Op;

namespace outfall::server {

namespace {

const QString kInProgress = u"in_progress"_s;
const QString kSubmitted = u"submitted"_s;
const QString kReviewed = u"reviewed"_s;

std::uint8_t inspectionField(QStringView name)
{
    return EntitySchema::info(sync::Entity::Inspection).fieldNumber(name);
}

QString textOf(const Op &op, std::uint8_t field)
{
    const auto *value = op.value(field);
    return value && value->type() == sync::FieldValue::Type::Text ? value->text() : QString();
}

} // namespace

PushApplier::PushApplier(store::Database &db, sync::HybridLogicalClock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_logSigner(evidence::SigningKeyPair::generate())
{ }

std::optional<QCborMap> PushApplier::storedAck(store::Database &db, const QByteArray &batchId)
{
    auto statement = db.cached(u"SELECT ack FROM push_batch WHERE batch_id = ?"_s);
    statement.bind(1, batchId);
    if (!statement.step())
        return std::nullopt;
    return QCborValue::fromCbor(statement.blob(0)).toMap();
}

std::optional<PushApplier::Rejection> PushApplier::applyOnItsOwn(const Peer &peer, const Op &op)
{
    if (!m_db.failedStatementAbortsTransaction())
        return applyOp(peer, op); // a broken constraint undoes the failed statement alone
    store::Transaction savepoint(m_db); // nested; rolled back if applyOp throws
    auto rejection = applyOp(peer, op);
    savepoint.commit();
    return rejection;
}

QCborMap PushApplier::apply(const Peer &peer, const Batch &batch)
{
    store::Transaction transaction(m_db);
    if (auto ack = storedAck(m_db, batch.batchId))
        return *ack;

    auto device = m_db.cached(u"SELECT last_seq FROM device WHERE id = ?"_s);
    device.bind(1, peer.deviceId);
    const std::uint64_t lastSeq = device.step() ? std::uint64_t(device.int64(0)) : 0;
    device.reset();
    if (batch.firstSeq != lastSeq + 1 || batch.lastSeq < batch.firstSeq)
        throw sync::ProtocolError(ErrorCode::SeqGap,
            u"push of seq %1..%2 does not follow the %3 the server holds; expected first seq %4"_s
                .arg(batch.firstSeq)
                .arg(batch.lastSeq)
                .arg(lastSeq)
                .arg(lastSeq + 1));
    std::uint64_t previous = lastSeq;
    for (const Op &op : batch.ops) {
        if (op.deviceSeq <= previous || op.deviceSeq > batch.lastSeq)
            throw sync::ProtocolError(ErrorCode::Malformed,
                u"op seq %1 is outside the batch range or out of order"_s.arg(op.deviceSeq));
        previous = op.deviceSeq;
    }

    // Signed evidence is checked before anything is applied. A record that fails is refused
    // on its own and parked with its reason; the rest of the push goes on (docs/evidence.md
    // 3.1), so one bad record cannot stop a device's sync.
    EvidenceLog log(m_db);
    EvidenceAdmission admission(m_db, log);
    const EvidenceAdmission::Outcome evidence = admission.check(peer, batch.ops);
    std::map<std::uint64_t, const EvidenceAdmission::Refused *> refusedRecords;
    for (const auto &refused : evidence.refused)
        refusedRecords.emplace(refused.op->deviceSeq, &refused);
    admission.park(peer, evidence.refused, std::int64_t(QDateTime::currentMSecsSinceEpoch()));

    // Sequence numbers are handed out from memory and the counter written once per batch:
    // an UPDATE of the one counter row per op was a tenth of the apply.
    auto counter = m_db.cached(u"SELECT seq FROM sync_counter WHERE id = 1"_s);
    counter.step();
    m_lastSeq = counter.int64(0);
    counter.reset();
    m_parents.clear();

    QCborArray rejections;
    for (const Op &op : batch.ops) {
        std::optional<Rejection> rejection;
        try {
            if (const auto refused = refusedRecords.find(op.deviceSeq);
                refused != refusedRecords.end())
                rejection = Rejection {refused->second->code, refused->second->reason};
            else
                rejection = applyOnItsOwn(peer, op);
        } catch (const store::SqliteError &e) {
            // A constraint broken by this op rejects the op alone. Anything else (disk full,
            // I/O error) is not the op's fault: it aborts the batch, unacknowledged.
            if ((e.code() & 0xff) != SQLITE_CONSTRAINT)
                throw;
            const bool duplicate = e.code() == SQLITE_CONSTRAINT_PRIMARYKEY;
            rejection = Rejection {duplicate ? ErrorCode::DuplicateRow : ErrorCode::Constraint,
                u"%1 %2: %3"_s.arg(
                    EntitySchema::info(op.entity).table, op.rowId.toText(), e.message())};
        }
        if (rejection)
            rejections.append(QCborArray {qint64(op.deviceSeq),
                QString::fromLatin1(sync::errorCodeName(rejection->code)), rejection->text});
    }
    m_db.cached(u"UPDATE sync_counter SET seq = ? WHERE id = 1"_s).bind(1, m_lastSeq).exec();

    QCborMap ack;
    ack.insert(u"b"_s, batch.batchId);
    ack.insert(u"l"_s, qint64(batch.lastSeq));
    ack.insert(u"r"_s, rejections);
    if (!evidence.admitted.empty())
        ack.insert(u"e"_s, logRecords(log, evidence.admitted));
    // After a refusal the device learns where its chain stands here, to sign the records the
    // refusal cut off again from that point (sync::EvidenceChainRecovery).
    if (!evidence.refused.empty())
        ack.insert(u"eh"_s, QCborArray {qint64(evidence.chainSeq), evidence.chainSha256});
    m_db.cached(u"UPDATE device SET last_seq = ? WHERE id = ?"_s)
        .bind(1, static_cast<std::int64_t>(batch.lastSeq))
        .bind(2, peer.deviceId)
        .exec();
    m_db.cached(u"INSERT INTO push_batch (batch_id, device_id, first_seq, last_seq, ack,"
                u" applied_at) VALUES (?, ?, ?, ?, ?, ?)"_s)
        .bind(1, batch.batchId)
        .bind(2, peer.deviceId)
        .bind(3, static_cast<std::int64_t>(batch.firstSeq))
        .bind(4, static_cast<std::int64_t>(batch.lastSeq))
        .bind(5, ack.toCborValue().toCbor())
        .bind(6, std::int64_t(QDateTime::currentMSecsSinceEpoch()))
        .exec();
    transaction.commit();
    return ack;
}

std::optional<PushApplier::Parent> PushApplier::inspection(const QString &id)
{
    // Every evidence op names its inspection; a batch holds a few inspections and thousands
    // of their records, so each is read once per batch.
    if (auto known = m_parents.find(id); known != m_parents.end())
        return known->second;
    auto statement = m_db.cached(u"SELECT inspector_id, permit_id, status, started_at,"
                                 u" assignment_id FROM inspection WHERE id = ?"_s);
    statement.bind(1, id);
    if (!statement.step())
        return std::nullopt;
    Parent parent {statement.text(0), statement.text(1), statement.text(2), std::nullopt, {}};
    const std::int64_t startedAt = statement.int64(3);
    const QString assignmentId = statement.text(4);
    statement.reset();
    parent.unassigned =
        checkAssigned(id, parent.inspectorId, parent.permitId, startedAt, assignmentId);
    parent.review = store::InspectionReviewState::of(m_db, id).value_or(parent.review);
    m_parents.insert_or_assign(id, parent);
    return parent;
}

std::optional<PushApplier::Rejection> PushApplier::checkAssigned(const QString &inspectionId,
    const QString &inspectorId, const QString &permitId, std::int64_t startedAt,
    const QString &assignmentId)
{
    // No lower bound at the assignment's creation: a tablet gets a permit only through an
    // assignment, so an inspection "before" it is a tablet clock running late, not an
    // inspection without one. A withdrawal is the end: an inspection started after it (by
    // more than the drift a tablet's clock is allowed) had no assignment.
    auto assigned = m_db.cached(u"SELECT count(*) FROM assignment WHERE inspector_id = ?1"
                                u" AND permit_id = ?2 AND (CAST(?3 AS TEXT) IS NULL OR id = ?3)"
                                u" AND (status <> 'withdrawn' OR updated_at >= ?4)"_s);
    assigned.bind(1, inspectorId)
        .bind(2, permitId)
        .bind(3, assignmentId.isEmpty() ? QString() : assignmentId)
        .bind(4, startedAt - m_clock.maxDriftMs());
    assigned.step();
    const bool ok = assigned.int64(0) > 0;
    assigned.reset();
    if (ok)
        return std::nullopt;
    auto number = m_db.cached(u"SELECT number FROM permit WHERE id = ?"_s);
    number.bind(1, permitId);
    const QString permit = number.step() ? number.text(0) + u" ("_s + permitId + u')' : permitId;
    number.reset();
    const QString when = QDateTime::fromMSecsSinceEpoch(startedAt, Qt::UTC).toString(Qt::ISODate);
    if (!assignmentId.isEmpty())
        return Rejection {ErrorCode::NotAssigned,
            u"inspection %1 names assignment %2, which is not its inspector's assignment of"
            u" permit %3 at its start (%4)"_s.arg(inspectionId, assignmentId, permit, when)};
    return Rejection {ErrorCode::NotAssigned,
        u"inspection %1: inspector %2 was not assigned permit %3 when it started (%4)"_s.arg(
            inspectionId, inspectorId, permit, when)};
}

std::optional<PushApplier::Rejection> PushApplier::checkReferences(
    const Op &op, const QString &inspectionId, const Parent &parent)
{
    const auto &info = EntitySchema::info(op.entity);
    const QString row = op.rowId.toText();
    const auto lookup = [&](const QString &sql, const QString &id) {
        auto statement = m_db.cached(sql);
        statement.bind(1, id);
        const QString found = statement.step() ? statement.text(0) : QString();
        statement.reset();
        return found;
    };
    if (const std::uint8_t field = info.fieldNumber(u"outlet_id"); field != 0) {
        const QString outlet = textOf(op, field);
        const QString permit = outlet.isEmpty()
            ? QString()
            : lookup(u"SELECT permit_id FROM outlet WHERE id = ?"_s, outlet);
        if (!permit.isEmpty() && permit != parent.permitId)
            return Rejection {ErrorCode::NotAssigned,
                u"%1 %2 names outlet %3 of permit %4, not of its inspection's permit %5"_s.arg(
                    info.table, row, outlet, permit, parent.permitId)};
    }
    // (field, the table it points into): rows that must belong to the same inspection.
    const std::pair<QStringView, QString> sameInspection[] = {
        {u"supersedes_id", info.table}, {u"fix_id", u"position_fix"_s}};
    for (const auto &[name, target] : sameInspection) {
        const std::uint8_t field = info.fieldNumber(name);
        const QString other = field != 0 ? textOf(op, field) : QString();
        if (other.isEmpty())
            continue;
        const QString owner =
            lookup(u"SELECT inspection_id FROM %1 WHERE id = ?"_s.arg(target), other);
        if (!owner.isEmpty() && owner != inspectionId)
            return Rejection {ErrorCode::NotOwner,
                u"%1 %2 names %3 %4 of another inspection (%5)"_s.arg(
                    info.table, row, target, other, owner)};
    }
    return std::nullopt;
}

std::optional<PushApplier::Rejection> PushApplier::refusal(const QString &inspectionId)
{
    auto statement = m_db.cached(u"SELECT code, reason FROM refused_inspection WHERE id = ?"_s);
    statement.bind(1, inspectionId);
    if (!statement.step())
        return std::nullopt;
    const auto code =
        sync::errorCodeFromName(statement.text(0).toLatin1()).value_or(ErrorCode::Constraint);
    Rejection rejection {code, statement.text(1)};
    statement.reset();
    return rejection;
}

void PushApplier::recordRefusal(const Op &op, const QString &permitId, const Rejection &rejection)
{
    m_db.cached(u"INSERT INTO refused_inspection (id, inspector_id, permit_id, code, reason,"
                u" refused_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                u" inspector_id = excluded.inspector_id, permit_id = excluded.permit_id,"
                u" code = excluded.code, reason = excluded.reason,"
                u" refused_at = excluded.refused_at"_s)
        .bind(1, op.rowId.toText())
        .bind(2, op.author.toText())
        .bind(3, permitId)
        .bind(4, QString::fromLatin1(sync::errorCodeName(rejection.code)))
        .bind(5, rejection.text)
        .bind(6, std::int64_t(QDateTime::currentMSecsSinceEpoch()))
        .exec();
}

QString PushApplier::roleOf(const QString &inspectorId)
{
    auto statement = m_db.cached(u"SELECT role FROM inspector WHERE id = ?"_s);
    statement.bind(1, inspectorId);
    return statement.step() ? statement.text(0) : QString();
}

std::optional<PushApplier::Rejection> PushApplier::applyOp(const Peer &peer, const Op &incoming)
{
    auto known = m_db.cached(u"SELECT 1 FROM sync_op WHERE op_id = ?"_s);
    known.bind(1, incoming.opId.toByteArray());
    if (known.step())
        return std::nullopt; // applied before (the same op in another batch): nothing to do
    known.reset();

    const auto &info = EntitySchema::info(incoming.entity);
    const QString table = info.table;
    const QString row = incoming.rowId.toText();
    if (info.owner != EntitySchema::Owner::Device)
        return Rejection {ErrorCode::ReferenceData,
            u"%1 is reference data, written by the server only"_s.arg(table)};
    if (incoming.author.toText() != peer.inspectorId)
        return Rejection {ErrorCode::WrongAuthor,
            u"op author %1 is not this device's inspector %2"_s.arg(
                incoming.author.toText(), peer.inspectorId)};
    if (auto impossible = sync::EvidenceBounds::check(incoming))
        return Rejection {ErrorCode::OutOfRange, *impossible};

    Op op = incoming;
    op.hlc = m_clock.clamp(incoming.hlc);
    m_clock.receive(op.hlc);
    sync::RowStore rows(m_db);
    sync::LwwMerger merger(m_db);
    const std::int64_t now = std::int64_t(QDateTime::currentMSecsSinceEpoch());

    if (op.entity == sync::Entity::Inspection) {
        // Several writes (row, field clocks, conflict log, sequence): all or none of them.
        // Its cached status may change or be rolled back: read it again when next needed.
        const auto forget = qScopeGuard([&] { m_parents.erase(row); });
        store::Transaction savepoint(m_db); // nested: a savepoint
        auto rejection = applyInspectionOp(peer, op, rows, merger, now);
        savepoint.commit();
        return rejection;
    }

    if (op.kind == Op::Kind::Update) // every field record but the inspection is evidence
        return Rejection {ErrorCode::EvidenceImmutable,
            u"%1 %2 is evidence: correct it with a new row that supersedes it"_s.arg(table, row)};
    const QString parentId = textOf(op, info.fieldNumber(u"inspection_id"));
    const auto parent = inspection(parentId);
    if (!parent) {
        // Under an inspection the server refused: refused the same way, saying so.
        if (const auto refused = refusal(parentId))
            return Rejection {refused->code,
                u"%1 %2 is a record of inspection %3, which the server refused: %4"_s.arg(
                    table, row, parentId, refused->text)};
        return Rejection {ErrorCode::Constraint,
            u"%1 %2 names inspection %3, which the server does not have"_s.arg(
                table, row, parentId)};
    }
    if (parent->inspectorId != peer.inspectorId)
        return Rejection {
            ErrorCode::NotOwner, u"inspection %1 belongs to another inspector"_s.arg(parentId)};
    if (parent->unassigned)
        return Rejection {parent->unassigned->code,
            u"%1 %2 is a record of an inspection not allowed: %3"_s.arg(
                table, row, parent->unassigned->text)};
    if (auto locked = InspectionWorkflow::refuseRecord(parent->review, parentId, op.entity, row))
        return Rejection {locked->code, locked->text};
    if (auto rejection = checkReferences(op, parentId, *parent))
        return rejection;
    // No savepoint: the INSERT is the only write that can break a constraint, and a statement
    // that fails is undone by SQLite alone. A savepoint per op made SQLite copy every page it
    // touched to the statement journal (a third of the apply went to those writes).
    rows.insert(op);
    sequence(peer, op, *parent);
    return std::nullopt;
}

std::optional<PushApplier::Rejection> PushApplier::applyInspectionOp(
    const Peer &peer, const Op &op, sync::RowStore &rows, sync::LwwMerger &merger, std::int64_t now)
{
    const QString row = op.rowId.toText();
    if (op.kind == Op::Kind::Insert) {
        const QString permitId = textOf(op, inspectionField(u"permit_id"));
        const auto refuse = [&](Rejection rejection) {
            recordRefusal(op, permitId, rejection);
            return rejection;
        };
        if (textOf(op, inspectionField(u"inspector_id")) != peer.inspectorId)
            return refuse({ErrorCode::NotOwner,
                u"inspection %1 names another inspector; an inspector starts only their own"_s.arg(
                    row)});
        const QString status = textOf(op, inspectionField(u"status"));
        if (status != kInProgress && status != kSubmitted)
            return refuse({ErrorCode::InvalidTransition,
                u"inspection %1 cannot start as %2"_s.arg(row, status)});
        const auto *started = op.value(inspectionField(u"started_at"));
        if (started && started->type() == sync::FieldValue::Type::Integer) {
            if (auto rejection = checkAssigned(row, peer.inspectorId, permitId, started->integer(),
                    textOf(op, inspectionField(u"assignment_id"))))
                return refuse(*rejection);
        } // without a start time the insert breaks NOT NULL: CONSTRAINT below
        rows.insert(op);
        merger.stamp(op);
        sequence(peer, op, *inspection(row));
        return std::nullopt;
    }
    const auto current = inspection(row);
    if (!current) {
        if (const auto refused = refusal(row))
            return Rejection {
                refused->code, u"inspection %1 was refused: %2"_s.arg(row, refused->text)};
        return Rejection {ErrorCode::Constraint, u"no inspection %1 to update"_s.arg(row)};
    }
    if (auto rejection = checkInspectionUpdate(peer, op, *current))
        return rejection;
    if (current->unassigned)
        return current->unassigned;
    Op winners = op;
    winners.fields = merger.merge(op, now);
    rows.update(winners);
    sequence(peer, op, *current);
    return std::nullopt;
}

std::optional<PushApplier::Rejection> PushApplier::checkInspectionUpdate(
    const Peer &peer, const Op &op, const Parent &row)
{
    const auto &info = EntitySchema::info(op.entity);
    const std::uint8_t statusField = inspectionField(u"status");
    const bool owner = row.inspectorId == peer.inspectorId;
    const bool supervisor = roleOf(peer.inspectorId) == u"supervisor";
    for (const Op::Field &field : op.fields) {
        const auto &schema = *info.field(field.number);
        if (schema.merge == EntitySchema::Merge::Immutable)
            return Rejection {ErrorCode::ImmutableField,
                u"inspection.%1 cannot change after the inspection starts"_s.arg(schema.name)};
        if (!owner && field.number != statusField)
            return Rejection {ErrorCode::NotOwner,
                u"inspection %1 belongs to another inspector"_s.arg(op.rowId.toText())};
    }
    const auto workflow = InspectionWorkflow::checkUpdate(row.review, op);
    if (workflow.refused)
        return Rejection {workflow.refused->code, workflow.refused->text};
    if (workflow.resubmits)
        return checkSubmittable(op.rowId.toText(), u"resubmitted"_s);
    const QString next = textOf(op, statusField);
    if (next.isEmpty() || next == row.status)
        return owner ? std::nullopt
                     : std::optional(Rejection {ErrorCode::NotOwner,
                         u"inspection %1 belongs to another inspector"_s.arg(op.rowId.toText())});
    if (row.status == kInProgress && next == kSubmitted) {
        if (!owner)
            return Rejection {ErrorCode::InvalidTransition,
                u"only its inspector submits inspection %1"_s.arg(op.rowId.toText())};
        return checkSubmittable(op.rowId.toText(), u"submitted"_s);
    }
    if (row.status == kSubmitted && next == kReviewed) {
        if (!supervisor)
            return Rejection {ErrorCode::InvalidTransition,
                u"only a supervisor marks inspection %1 reviewed"_s.arg(op.rowId.toText())};
        return unsignedChanges(op.rowId.toText(), u"reviewed"_s);
    }
    return Rejection {ErrorCode::InvalidTransition,
        u"inspection %1 cannot go from %2 to %3"_s.arg(op.rowId.toText(), row.status, next)};
}

std::optional<PushApplier::Rejection> PushApplier::checkSubmittable(
    const QString &inspectionId, const QString &next)
{
    const QStringList unsupported = FindingSupport::unsupportedItems(m_db, inspectionId);
    if (!unsupported.isEmpty())
        return Rejection {ErrorCode::FindingUnsupported,
            u"inspection %1 cannot be %2: non-compliant item(s) %3 have neither a note"
            u" nor a photo of the item"_s.arg(inspectionId, next, unsupported.join(u", "_s))};
    return unsignedChanges(inspectionId, next);
}

std::optional<PushApplier::Rejection> PushApplier::unsignedChanges(
    const QString &inspectionId, const QString &next)
{
    // The signatures must cover the records as the server holds them now: a change after
    // signing (a correction after submission too) voids them until both parties sign again
    // (sync::SignatureCoverage; docs/decisions.md).
    const auto signatures = sync::SignatureCoverage::inForce(m_db, inspectionId);
    if (signatures.complete())
        return std::nullopt;
    QStringList lacking;
    if (!signatures.inspector)
        lacking << u"the inspector's signature"_s;
    if (!signatures.representative)
        lacking << u"the representative's signature or refusal"_s;
    return Rejection {ErrorCode::InvalidTransition,
        u"inspection %1 cannot be %2: it lacks %3 over its current records%4"_s.arg(inspectionId,
            next, lacking.join(u" and "_s),
            signatures.voided > 0
                ? u" (%1 signature(s) voided by changes made after signing: sign again)"_s.arg(
                    signatures.voided)
                : QString())};
}

void PushApplier::sequence(const Peer &peer, const Op &op, const Parent &owner)
{
    m_db.cached(u"INSERT INTO sync_op (seq, op_id, device_id, inspector_id, permit_id, entity,"
                u" row_id, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(1, ++m_lastSeq)
        .bind(2, op.opId.toByteArray())
        .bind(3, peer.deviceId)
        .bind(4, owner.inspectorId)
        .bind(5, owner.permitId)
        .bind(6, int(op.entity))
        .bind(7, op.rowId.toText())
        .bind(8, sync::OpBodyCodec::encode(std::span(&op, 1)))
        .exec();
}

QCborMap PushApplier::logRecords(
    EvidenceLog &log, const std::vector<EvidenceAdmission::Admitted> &admitted)
{
    // Every admitted record is logged, also one whose row a per-op check refused (say
    // NOT_ASSIGNED): it is what the device signed, and the chain goes on from it.
    const std::int64_t now = std::int64_t(QDateTime::currentMSecsSinceEpoch());
    std::vector<std::pair<QString, std::uint64_t>> leaves;
    for (const auto &entry : admitted) {
        EvidenceLog::Entry logged;
        logged.recordId = entry.op->rowId.toText();
        logged.deviceId = sync::Uuid::fromBytes(entry.record.deviceId)->toText();
        logged.seq = entry.record.seq;
        logged.recordSha256 = entry.sha256;
        logged.record = entry.bytes;
        logged.signature = entry.signature;
        logged.loggedAt = now;
        QString recordId = logged.recordId;
        const std::uint64_t leaf = log.append(std::move(logged));
        leaves.emplace_back(std::move(recordId), leaf);
    }
    return log.receipt(log.signHead(m_logSigner, now), leaves);
}

} // namespace outfall::server
