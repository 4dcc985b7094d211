#include "sync/evidencereceipts.h"

#include "evidence/merkleproof.h"
#include "evidence/merkletree.h"
#include "evidence/treehead.h"
#include "store/database.h"

#include <QCborArray>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSyncClient)

namespace outfall::sync {

namespace {

std::optional<evidence::TreeHead> headFrom(const QCborArray &head)
{
    const std::int64_t size = head.at(0).toInteger(-1);
    evidence::TreeHead out {std::uint64_t(size), head.at(1).toByteArray(), head.at(2).toInteger(),
        head.at(3).toByteArray()};
    if (size < 1 || out.rootHash.size() != 32 || out.signature.size() != 64)
        return std::nullopt;
    return out;
}

} // namespace

QByteArray EvidenceReceipts::pinnedLogKey(store::Database &db)
{
    auto statement = db.cached(u"SELECT log_public_key FROM sync_identity WHERE id = 1"_s);
    const QByteArray key = statement.step() ? statement.blob(0) : QByteArray();
    statement.reset();
    return key;
}

EvidenceReceipts::Outcome EvidenceReceipts::store(
    store::Database &db, const QCborMap &receipt, std::int64_t receivedAt)
{
    Outcome outcome;
    const QCborArray entries = receipt.value(u"rc"_s).toArray();
    if (entries.isEmpty())
        return outcome;
    const auto refuseAll = [&](const QString &why) {
        outcome.refused.append(
            u"%1 evidence receipt(s) not kept: %2"_s.arg(entries.size()).arg(why));
        qCWarning(lcSyncClient) << outcome.refused.back();
        return outcome;
    };
    const auto head = headFrom(receipt.value(u"th"_s).toArray());
    if (!head)
        return refuseAll(u"the server's tree head is malformed"_s);
    const QByteArray logKey = pinnedLogKey(db);
    outcome.headChecked = !logKey.isEmpty();
    if (outcome.headChecked && !head->verify(logKey))
        return refuseAll(u"the tree head of size %1 is not signed by the log key pinned at"
                         u" enrolment"_s.arg(head->size));
    if (!outcome.headChecked)
        qCInfo(lcSyncClient) << "no pinned log key (device enrolled before the server sent"
                                " it): the tree head's signature is not checked";
    db.cached(u"INSERT OR IGNORE INTO evidence_tree_head (tree_size, root_hash, timestamp,"
              u" signature) VALUES (?, ?, ?, ?)"_s)
        .bind(1, std::int64_t(head->size))
        .bind(2, head->rootHash)
        .bind(3, head->timestampMs)
        .bind(4, head->signature)
        .exec();
    for (const QCborValue &value : entries) {
        const QCborArray entry = value.toArray();
        const QString recordId = entry.at(0).toString();
        const std::int64_t leaf = entry.at(1).toInteger(-1);
        std::vector<QByteArray> proof;
        QByteArray packed(0, '\0'); // not null: a tree of one leaf has an empty proof
        for (const QCborValue &hash : entry.at(2).toArray()) {
            proof.push_back(hash.toByteArray());
            packed += hash.toByteArray();
        }
        auto record = db.cached(u"SELECT record, signature FROM evidence_record WHERE id = ?"_s);
        record.bind(1, recordId);
        const QByteArray leafData = record.step() ? record.blob(0) + record.blob(1) : QByteArray();
        record.reset();
        if (leafData.isEmpty() || leaf < 0
            || !evidence::MerkleProof::verifyInclusion(evidence::merkle::leafHash(leafData),
                std::uint64_t(leaf), head->size, proof, head->rootHash)) {
            outcome.refused.append(u"the evidence receipt for record %1 does not prove it against"
                                   u" the tree head of size %2: not kept"_s.arg(recordId)
                                       .arg(head->size));
            qCWarning(lcSyncClient) << outcome.refused.back();
            continue;
        }
        db.cached(u"INSERT OR REPLACE INTO evidence_receipt (record_id, leaf_index, tree_size,"
                  u" proof, received_at) VALUES (?, ?, ?, ?, ?)"_s)
            .bind(1, recordId)
            .bind(2, leaf)
            .bind(3, std::int64_t(head->size))
            .bind(4, packed)
            .bind(5, receivedAt)
            .exec();
        ++outcome.kept;
    }
    return outcome;
}

} // namespace outfall::sync
