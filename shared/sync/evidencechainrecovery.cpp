#include "sync/evidencechainrecovery.h"

#include "domain/uuidv7.h"
#include "evidence/canonicalrecord.h"
#include "store/database.h"
#include "sync/entityschema.h"
#include "sync/evidencesigner.h"
#include "sync/hybridlogicalclock.h"
#include "sync/outboxrepository.h"
#include "sync/uuid.h"

#include <QLoggingCategory>

#include <set>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSyncClient)

namespace outfall::sync {

EvidenceChainRecovery::EvidenceChainRecovery(store::Database &db)
    : m_db(db)
{ }

bool EvidenceChainRecovery::worthSigningAgain(const QString &code)
{
    // A wrong or revoked key needs the device enrolled again, a malformed record would be
    // made the same way again, and a replayed one is logged already.
    return code == u"BAD_SIGNATURE" || code == u"EVIDENCE_FORK" || code == u"EVIDENCE_GAP";
}

int EvidenceChainRecovery::recover(std::uint64_t serverSeq, const QByteArray &serverSha256,
    const std::vector<Refusal> &refused, std::int64_t nowMs)
{
    if (refused.empty())
        return 0;
    auto signer = EvidenceSigner::load(m_db);
    if (!signer)
        return 0;
    // The new records are written as any change is: row, outbox op, device seq and clock.
    auto state =
        m_db.cached(u"SELECT s.device_id, i.inspector_id FROM sync_state s, sync_identity i"
                    u" WHERE s.id = 1 AND i.id = 1"_s);
    const bool known = state.step();
    const auto node = known ? Uuid::fromText(state.text(0)) : std::nullopt;
    const auto author = known ? Uuid::fromText(state.text(1)) : std::nullopt;
    state.reset();
    if (!node || !author)
        return 0;

    // What to sign again, oldest first: the refused records that can be helped, then what
    // waits in the outbox, which was chained after them.
    std::vector<Old> olds;
    auto resigned = m_db.cached(u"SELECT 1 FROM evidence_resign WHERE new_record_id = ?"_s);
    for (const Refusal &refusal : refused) {
        resigned.bind(1, refusal.op.rowId.toText());
        const bool again = resigned.step();
        resigned.reset();
        if (!again && worthSigningAgain(refusal.code))
            olds.push_back({refusal.op.rowId.toText(), refusal.code, refusal.reason});
    }
    const EvidenceSigner::ChainHead before = signer->chain();
    const bool chainBroken = before.seq != serverSeq || before.sha256 != serverSha256;
    if (chainBroken) {
        for (Old &waiting : waitingInOutbox())
            olds.push_back(std::move(waiting));
        signer->restartChain(serverSeq, serverSha256);
        qCWarning(lcSyncClient) << "evidence chain restarted at the server's seq" << serverSeq
                                << "(the device was at" << before.seq << ")";
    }
    if (olds.empty())
        return 0;

    HybridLogicalClock clock(*node);
    OutboxRepository outbox(m_db, clock, *author);
    domain::UuidV7Generator ids;
    const auto &info = EntitySchema::info(Entity::EvidenceRecord);

    int count = 0;
    for (const Old &old : olds) {
        auto row = m_db.cached(u"SELECT inspection_id, subject_id, record FROM evidence_record"
                               u" WHERE id = ?"_s);
        row.bind(1, old.recordId);
        if (!row.step()) {
            row.reset();
            continue;
        }
        const QString inspectionId = row.text(0);
        const QString subjectId = row.text(1);
        const QByteArray bytes = row.blob(2);
        row.reset();
        const auto again = signer->resign(evidence::CanonicalRecord::decode(bytes), nowMs);
        const QString newId = ids.next();
        outbox.insert(Entity::EvidenceRecord, *Uuid::fromText(newId),
            {
                {info.fieldNumber(u"inspection_id"), inspectionId},
                {info.fieldNumber(u"subject_id"), subjectId},
                {info.fieldNumber(u"record"), again.bytes},
                {info.fieldNumber(u"signature"), again.signature},
            });
        m_db.cached(u"INSERT INTO evidence_resign (old_record_id, new_record_id, code, reason,"
                    u" resigned_at) VALUES (?, ?, ?, ?, ?)"_s)
            .bind(1, old.recordId)
            .bind(2, newId)
            .bind(3, old.code)
            .bind(4, old.reason)
            .bind(5, nowMs)
            .exec();
        ++count;
    }
    return count;
}

// The records in the outbox, never sent: each chained after the refusal. Their outbox ops
// go (the server will never log them); the records stay in the store.
std::vector<EvidenceChainRecovery::Old> EvidenceChainRecovery::waitingInOutbox()
{
    std::vector<Old> waiting;
    auto ops = m_db.cached(
        u"SELECT device_seq, row_id FROM outbox WHERE entity = ? AND device_seq > coalesce("
        u"(SELECT last_seq FROM push_batch), 0) ORDER BY device_seq"_s);
    ops.bind(1, static_cast<int>(Entity::EvidenceRecord));
    std::vector<std::int64_t> seqs;
    while (ops.step()) {
        seqs.push_back(ops.int64(0));
        waiting.push_back({ops.text(1), u"CHAIN_RESTART"_s,
            u"signed after a record the server refused; signed again from the server's chain"_s});
    }
    ops.reset();
    for (const std::int64_t seq : seqs)
        m_db.cached(u"DELETE FROM outbox WHERE device_seq = ?"_s).bind(1, seq).exec();
    return waiting;
}

} // namespace outfall::sync
