#include "core/evidenceproofs.h"

#include "evidence/canonicalrecord.h"
#include "evidence/merkleproof.h"
#include "evidence/merkletree.h"
#include "evidence/recordformaterror.h"
#include "evidence/recordverifier.h"
#include "evidence/sha256.h"
#include "evidence/treehead.h"
#include "store/database.h"
#include "sync/evidencereceipts.h"

using namespace Qt::StringLiterals;

namespace outfall::mobile {

namespace {

const QString kSelect = u"SELECT r.id, r.subject_id, r.record, r.signature, EXISTS (SELECT 1"
                        u" FROM evidence_receipt c WHERE c.record_id = r.id) FROM"
                        u" evidence_record r"_s;

std::optional<evidence::CanonicalRecord> decoded(const QByteArray &bytes)
{
    try {
        return evidence::CanonicalRecord::decode(bytes);
    } catch (const evidence::RecordFormatError &) {
        return std::nullopt;
    }
}

EvidenceProofs::Entry entryOf(
    const QString &id, const QString &subject, const evidence::CanonicalRecord &record, bool held)
{
    return {id, subject, record.entity, int(record.kind), record.seq, record.signedAtMs,
        held ? EvidenceIntegrity::State::Logged : EvidenceIntegrity::State::Signed};
}

} // namespace

QList<EvidenceProofs::Entry> EvidenceProofs::list(store::Database &db, const QString &inspectionId)
{
    auto statement =
        db.prepare(inspectionId.isEmpty() ? kSelect : kSelect + u" WHERE r.inspection_id = ?"_s);
    if (!inspectionId.isEmpty())
        statement.bind(1, inspectionId);
    QList<Entry> entries;
    while (statement.step()) {
        if (const auto record = decoded(statement.blob(2)))
            entries.append(
                entryOf(statement.text(0), statement.text(1), *record, statement.integer(4) != 0));
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return std::tie(a.signedAtMs, a.seq) < std::tie(b.signedAtMs, b.seq);
    });
    return entries;
}

std::optional<EvidenceProofs::Proof> EvidenceProofs::proof(
    store::Database &db, const QString &recordId)
{
    auto statement = db.prepare(kSelect + u" WHERE r.id = ?"_s);
    statement.bind(1, recordId);
    if (!statement.step())
        return std::nullopt;
    const QByteArray bytes = statement.blob(2);
    const QByteArray signature = statement.blob(3);
    const auto record = decoded(bytes);
    if (!record)
        return std::nullopt;
    Proof proof;
    proof.entry = entryOf(statement.text(0), statement.text(1), *record, statement.integer(4) != 0);
    statement.reset();
    proof.recordSha256 = evidence::sha256(bytes);
    proof.deviceSignatureOk =
        evidence::RecordVerifier::verify(record->signingKey, bytes, signature);

    auto receipt = db.prepare(u"SELECT c.leaf_index, c.proof, h.tree_size, h.root_hash,"
                              u" h.timestamp, h.signature FROM evidence_receipt c JOIN"
                              u" evidence_tree_head h ON h.tree_size = c.tree_size"
                              u" WHERE c.record_id = ?"_s);
    receipt.bind(1, recordId);
    if (!receipt.step())
        return proof;
    proof.held = true;
    proof.leafIndex = std::uint64_t(receipt.int64(0));
    const QByteArray packed = receipt.blob(1);
    for (qsizetype at = 0; at + 32 <= packed.size(); at += 32)
        proof.auditPath.push_back(packed.mid(at, 32));
    const evidence::TreeHead head {
        std::uint64_t(receipt.int64(2)), receipt.blob(3), receipt.int64(4), receipt.blob(5)};
    receipt.reset();
    proof.treeSize = head.size;
    proof.rootHash = head.rootHash;
    proof.headTimestampMs = head.timestampMs;
    const QByteArray logKey = sync::EvidenceReceipts::pinnedLogKey(db);
    proof.head = logKey.isEmpty() ? HeadCheck::NotPinned
        : head.verify(logKey)     ? HeadCheck::Verified
                                  : HeadCheck::Failed;
    proof.inclusionOk =
        evidence::MerkleProof::verifyInclusion(evidence::merkle::leafHash(bytes + signature),
            proof.leafIndex, head.size, proof.auditPath, head.rootHash);
    return proof;
}

} // namespace outfall::mobile
