#pragma once

// Signed evidence and the server's receipts on an app profile, with no server: the profile is
// given a signing key (as enrolment does) so what it captures is signed, and a stand-in log
// of its records — an RFC 9162 tree, its head signed by a log key — hands receipts to
// sync::EvidenceReceipts::store exactly as a PUSH_ACK's body would.
#include "evidence/merkletree.h"
#include "evidence/recordsigner.h"
#include "evidence/signingkeypair.h"
#include "evidence/treehead.h"
#include "store/database.h"
#include "sync/evidencereceipts.h"

#include <QCborArray>

namespace evidencefixture {

using namespace Qt::StringLiterals;

inline const QString kDeviceId = u"0190a000-0000-7000-8000-0000000000ee"_s;

// The profile signs from now on; `logKey` is pinned unless empty (a device enrolled before
// the server sent its key).
inline void enrolForSigning(outfall::store::Database &db, const QByteArray &logKey)
{
    const auto signing = outfall::evidence::SigningKeyPair::generate();
    db.prepare(u"INSERT INTO sync_identity (id, endpoint, server_public_key, public_key,"
               u" secret_key, device_id, inspector_id, enrolled_at, signing_public_key,"
               u" signing_secret_key, log_public_key) VALUES (1, 'tcp://127.0.0.1:1', '', '',"
               u" '', ?, '0190a000-0000-7000-8000-000000000001', 0, ?, ?, ?)"_s)
        .bind(1, kDeviceId)
        .bind(2, signing.publicKey)
        .bind(3, signing.secretKey)
        .bind(4, logKey)
        .exec();
}

// Logs the first `logged` records of the profile (in chain order) and stores their receipts
// under a head signed by `log`. Returns the outcome of the store.
inline outfall::sync::EvidenceReceipts::Outcome receiveReceipts(
    outfall::store::Database &db, const outfall::evidence::SigningKeyPair &log, int logged)
{
    using namespace outfall;
    std::vector<QByteArray> leaves;
    QStringList ids;
    auto records = db.prepare(u"SELECT id, record, signature FROM evidence_record"
                              u" ORDER BY substr(record, 54, 8) LIMIT ?"_s);
    records.bind(1, logged);
    while (records.step()) {
        ids.append(records.text(0));
        leaves.push_back(evidence::merkle::leafHash(records.blob(1) + records.blob(2)));
    }
    const evidence::LeafHashes tree(leaves);
    evidence::TreeHead head {
        tree.size(), evidence::MerkleTree::root(tree, tree.size()), 1'760'000'100'000, {}};
    head.sign(evidence::RecordSigner(log));
    QCborArray receipts;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        QCborArray proof;
        for (const QByteArray &hash :
            evidence::MerkleTree::inclusionProof(tree, std::uint64_t(i), tree.size()))
            proof.append(hash);
        receipts.append(QCborArray {ids[i], i, proof});
    }
    QCborMap receipt;
    receipt.insert(u"th"_s,
        QCborArray {qint64(head.size), head.rootHash, qint64(head.timestampMs), head.signature});
    receipt.insert(u"rc"_s, receipts);
    return sync::EvidenceReceipts::store(db, receipt, 1'760'000'100'000);
}

} // namespace evidencefixture
