#include "sync/outboxpusher.h"

#include "store/database.h"
#include "sync/codecerror.h"
#include "sync/entityschema.h"
#include "sync/evidencechainrecovery.h"
#include "sync/evidencereceipts.h"
#include "sync/headerfields.h"
#include "sync/lwwmerger.h"
#include "sync/message.h"
#include "sync/opbodycodec.h"
#include "sync/opcodec.h"
#include "sync/requestchannel.h"

#include <QCborArray>
#include <QDateTime>
#include <QLoggingCategory>
#include <QtEndian>

#include <set>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSyncClient)

namespace outfall::sync {

namespace {

QString rejectionText(const Op &op, const QString &code, const QString &reason)
{
    const auto *info = EntitySchema::find(op.entity);
    return u"%1: %2 (%3 %4)"_s.arg(code, reason, info ? info->table : QString(), op.rowId.toText());
}

std::int64_t nowMs()
{
    return std::int64_t(QDateTime::currentMSecsSinceEpoch());
}

} // namespace

OutboxPusher::OutboxPusher(const SyncSessionContext &session, std::int64_t nextSeq)
    : m_session(session)
    , m_outbox(session.db)
    , m_nextSeq(nextSeq)
    , m_batchOps(std::max(1, session.config.pushBatchOps))
    , m_batchBytes(session.config.pushBodyBytes)
{ }

void OutboxPusher::run()
{
    store::Database &db = m_session.db;
    const qint64 total = m_outbox.count();
    qint64 done = 0;
    m_session.report(u"push"_s, 0, total);
    Message message;
    std::int64_t lastSeq = 0;
    std::vector<Op> ops;
    bool pending = loadOrMakeBatch(message, lastSeq, ops);
    while (pending) {
        Message ack;
        try {
            ack = m_session.channel.request(message);
        } catch (const ProtocolError &e) {
            if (e.code() != ErrorCode::TooLarge)
                throw;
            // Never resend what the server will not read: smaller, or refused alone.
            qCInfo(lcSyncClient) << "push batch refused as too large:" << e.text();
            store::Transaction transaction(db);
            shrinkAfterTooLarge(message, ops, e);
            pending = loadOrMakeBatch(message, lastSeq, ops);
            transaction.commit();
            continue;
        }
        if (ack.command != Command::PushAck)
            throw ProtocolError(ErrorCode::Malformed,
                u"the server answered a push with "_s
                    + QString::fromLatin1(commandName(ack.command)));
        // The acknowledgement and the next batch share one commit: one flush to disk per
        // batch on the device instead of two.
        store::Transaction transaction(db);
        done += acknowledge(message, ack, lastSeq, ops);
        pending = loadOrMakeBatch(message, lastSeq, ops);
        transaction.commit();
        m_session.report(u"push"_s, done, total);
    }
}

// The batch in flight, or a new one made from the oldest outbox rows. The frame is stored
// with its batch id so a retry sends the same bytes. `ops` gets the batch's ops when it is
// made here (empty for a stored one: decoded only if it is acknowledged).
bool OutboxPusher::loadOrMakeBatch(Message &message, std::int64_t &lastSeq, std::vector<Op> &ops)
{
    store::Database &db = m_session.db;
    ops.clear();
    const QString select =
        u"SELECT batch_id, request_id, first_seq, last_seq, frame FROM push_batch"_s;
    auto stored = db.cached(select);
    bool found = stored.step();
    if (found && !fitsServer(stored.blob(4))) {
        // Made before batches were bounded by size: the server reads no frame this large,
        // so it was never applied. It is made again, under the bound.
        qCInfo(lcSyncClient) << "stored push batch of" << stored.blob(4).size()
                             << "bytes is above the server's bound: made again, smaller";
        stored.reset();
        db.cached(u"DELETE FROM push_batch"_s).exec();
        found = false;
    }
    if (!found) {
        stored.reset();
        if (!makeBatch(ops))
            return false;
        stored = db.cached(select);
        stored.step();
    }
    message = Message();
    message.command = Command::Push;
    message.requestId = stored.blob(1);
    message.header.insert(u"b"_s, stored.blob(0));
    message.header.insert(u"f"_s, qint64(stored.int64(2)));
    message.header.insert(u"l"_s, qint64(stored.int64(3)));
    message.body = stored.blob(4);
    lastSeq = stored.int64(3);
    return true;
}

// Whether the server reads a frame: its size and its body's (bytes 6-9 of the frame).
bool OutboxPusher::fitsServer(const QByteArray &frame)
{
    if (std::size_t(frame.size()) > limits::serverBodyBytes)
        return false;
    if (frame.size() < OpCodec::headerSize)
        return true; // the server says what is wrong with it
    const auto *header = reinterpret_cast<const uchar *>(frame.constData());
    return qFromBigEndian<quint32>(header + 6) <= limits::opsBodyBytes;
}

// A new batch from the oldest outbox rows, up to m_batchOps ops and m_batchBytes of body
// (one op alone may pass m_batchBytes, never the configured bound); stored in push_batch.
// An op too large for any batch (recorded before writes were bounded) is refused here like
// a server rejection, so it cannot hold up the ops after it.
bool OutboxPusher::makeBatch(std::vector<Op> &ops)
{
    // The outbox is read and the batch stored in one write transaction: an insert the device
    // takes back (OutboxRepository::withdraw) is either in this batch or gone, never both.
    store::Transaction transaction(m_session.db);
    std::size_t bytes = OpBodyCodec::arrayBytes;
    std::vector<OutboxQueue::Entry> oversized;
    for (OutboxQueue::Entry &entry : m_outbox.oldest(std::size_t(m_batchOps))) {
        std::size_t size = 0;
        for (const Op &op : entry.ops)
            size += OpBodyCodec::sizeBound(op);
        if (OpBodyCodec::arrayBytes + size > m_session.config.pushBodyBytes) {
            if (!ops.empty())
                break; // it comes first in the next batch, and is refused then
            oversized.push_back(std::move(entry));
            continue;
        }
        if (!ops.empty() && bytes + size > m_batchBytes)
            break;
        bytes += size;
        std::move(entry.ops.begin(), entry.ops.end(), std::back_inserter(ops));
    }
    for (const OutboxQueue::Entry &refused : oversized)
        refuseHere(refused.deviceSeq, refused.ops, ErrorCode::TooLarge,
            u"%1 bytes, more than one push may carry (%2)"_s
                .arg(OpBodyCodec::sizeBound(refused.ops.front()))
                .arg(m_session.config.pushBodyBytes));
    if (ops.empty()) {
        transaction.commit(); // the refusals above
        return false;
    }
    // Merged edits leave seqs out of the outbox: the range starts where the server expects
    // it (WELCOME's next, then after each acknowledgement).
    std::int64_t firstSeq = std::int64_t(ops.front().deviceSeq);
    if (m_nextSeq > 0 && m_nextSeq < firstSeq)
        firstSeq = m_nextSeq;
    const QByteArray batchId = Message::newRequestId() + Message::newRequestId();
    m_session.db
        .cached(u"INSERT INTO push_batch (id, batch_id, request_id, first_seq, last_seq,"
                u" frame) VALUES (1, ?, ?, ?, ?, ?)"_s)
        .bind(1, batchId)
        .bind(2, Message::newRequestId())
        .bind(3, firstSeq)
        .bind(4, std::int64_t(ops.back().deviceSeq))
        .bind(5, m_session.codec.encode(ops))
        .exec();
    transaction.commit();
    return true;
}

// Kept for the inspector (sync_rejection) and in this sync's result.
void OutboxPusher::recordRejection(
    std::int64_t seq, const Op &op, const QString &code, const QString &reason, std::int64_t now)
{
    m_session.db
        .cached(u"INSERT INTO sync_rejection (device_seq, entity, row_id, code, reason,"
                u" rejected_at) VALUES (?, ?, ?, ?, ?, ?)"_s)
        .bind(1, seq)
        .bind(2, int(op.entity))
        .bind(3, op.rowId.toText())
        .bind(4, code)
        .bind(5, reason)
        .bind(6, now)
        .exec();
    m_session.result.rejections.append(rejectionText(op, code, reason));
}

// An outbox op that can never be pushed: kept with its reason for the inspector (as a
// server rejection is), and out of the outbox; the local row stays as written. The seqs it
// leaves out are covered by the next batch's range, as merged edits are.
void OutboxPusher::refuseHere(
    std::int64_t seq, const std::vector<Op> &ops, ErrorCode code, const QString &reason)
{
    const QString codeName = QString::fromLatin1(errorCodeName(code));
    store::Transaction transaction(m_session.db);
    for (const Op &op : ops) {
        recordRejection(seq, op, codeName, reason, nowMs());
        ++m_session.result.rejected;
    }
    m_outbox.remove(seq);
    transaction.commit();
    qCWarning(lcSyncClient) << "refused outbox op" << seq << ":" << reason;
}

// The server refused the stored batch as TOO_LARGE (its bound is lower than this device's):
// nothing of it was applied. It is dropped and made again with half the ops and bytes; a
// batch of one op that is still too large is refused for good.
void OutboxPusher::shrinkAfterTooLarge(
    const Message &push, std::vector<Op> &ops, const ProtocolError &e)
{
    if (ops.empty()) {
        try {
            ops = m_session.codec.decode(push.body);
        } catch (const CodecError &) {
            ops.clear(); // a frame this device cannot read back: made again from the outbox
        }
    }
    std::set<std::uint64_t> seqs;
    for (const Op &op : ops)
        seqs.insert(op.deviceSeq);
    store::Transaction transaction(m_session.db);
    m_session.db.cached(u"DELETE FROM push_batch"_s).exec();
    if (seqs.size() == 1) {
        refuseHere(std::int64_t(*seqs.begin()), ops, e.code(), e.text());
    } else {
        m_batchOps = std::max<int>(1, int(std::max<std::size_t>(seqs.size(), 2) / 2));
        m_batchBytes =
            std::max<std::size_t>(1024, std::min(m_batchBytes, std::size_t(push.body.size()) / 2));
    }
    transaction.commit();
    ops.clear();
}

// Deletes the acknowledged outbox rows, keeps the rejections for the inspector and stamps
// the clocks of accepted edits, in one transaction with dropping the batch.
qint64 OutboxPusher::acknowledge(
    const Message &push, const Message &ack, std::int64_t lastSeq, std::vector<Op> &ops)
{
    QHash<std::int64_t, QPair<QString, QString>> rejected;
    for (const QCborValue &entry : HeaderFields(ack.header).array(u"r"_s, 1'000'000)) {
        const QCborArray rejection = entry.toArray();
        rejected.insert(
            rejection.at(0).toInteger(), {rejection.at(1).toString(), rejection.at(2).toString()});
    }
    if (ops.empty())
        ops = m_session.codec.decode(push.body);
    const std::int64_t now = nowMs();
    store::Transaction transaction(m_session.db);
    LwwMerger merger(m_session.db);
    std::vector<EvidenceChainRecovery::Refusal> refusedRecords;
    for (const Op &op : ops) {
        const auto it = rejected.constFind(std::int64_t(op.deviceSeq));
        if (it == rejected.cend()) {
            merger.stamp(op);
            continue;
        }
        recordRejection(std::int64_t(op.deviceSeq), op, it->first, it->second, now);
        if (op.entity == Entity::EvidenceRecord)
            refusedRecords.push_back({op, it->first, it->second});
    }
    // The server's receipt for the signed records of this batch (docs/evidence.md 4).
    if (ack.header.value(u"eb"_s).toBool()) {
        if (const QCborValue receipt = QCborValue::fromCbor(ack.body); receipt.isMap())
            m_session.result.problems +=
                EvidenceReceipts::store(m_session.db, receipt.toMap(), now).refused;
    }
    m_outbox.acknowledgeThrough(lastSeq);
    m_session.db.cached(u"DELETE FROM push_batch"_s).exec();
    // A refused signed record: the chain goes on from where the server holds it, and what
    // the refusal cut off is signed again and pushed next (docs/evidence.md 3.1).
    if (const QCborArray head = ack.header.value(u"eh"_s).toArray(); head.size() == 2) {
        const int again = EvidenceChainRecovery(m_session.db)
                              .recover(std::uint64_t(head.at(0).toInteger()),
                                  head.at(1).toByteArray(), refusedRecords, now);
        m_session.result.resigned += again;
    }
    transaction.commit();
    m_nextSeq = lastSeq + 1;
    m_session.result.pushed += qint64(ops.size());
    m_session.result.rejected += rejected.size();
    return qint64(ops.size());
}

} // namespace outfall::sync
