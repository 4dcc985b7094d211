#include "sync/evidencereceipts.h"

#include "evidence/merkleproof.h"
#include "evidence/merkletree.h"
#include "store/database.h"

#include <QCborArray>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace outfall::sync {

int EvidenceReceipts::store(store::Database &db, const QCborMap &receipt, std::int64_t receivedAt)
{
    const QCborArray head = receipt.value(u"th"_s).toArray();
    const std::int64_t size = head.at(0).toInteger(-1);
    const QByteArray root = head.at(1).toByteArray();
    if (size < 1 || root.size() != 32 || head.at(3).toByteArray().size() != 64) {
        qWarning("evidence receipt without a usable tree head: not kept");
        return 0;
    }
    db.cached(u"INSERT OR IGNORE INTO evidence_tree_head (tree_size, root_hash, timestamp,"
              u" signature) VALUES (?, ?, ?, ?)"_s)
        .bind(1, size)
        .bind(2, root)
        .bind(3, std::int64_t(head.at(2).toInteger()))
        .bind(4, head.at(3).toByteArray())
        .exec();
    int kept = 0;
    for (const QCborValue &value : receipt.value(u"rc"_s).toArray()) {
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
                std::uint64_t(leaf), std::uint64_t(size), proof, root)) {
            qWarning(
                "evidence receipt for record %s does not prove it: not kept", qPrintable(recordId));
            continue;
        }
        db.cached(u"INSERT OR REPLACE INTO evidence_receipt (record_id, leaf_index, tree_size,"
                  u" proof, received_at) VALUES (?, ?, ?, ?, ?)"_s)
            .bind(1, recordId)
            .bind(2, leaf)
            .bind(3, size)
            .bind(4, packed)
            .bind(5, receivedAt)
            .exec();
        ++kept;
    }
    return kept;
}

} // namespace outfall::sync
