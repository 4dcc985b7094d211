// Signed evidence end to end (docs/evidence.md): devices sign at capture, the server logs
// what it verified and returns receipts; every receipt proves its record against a tree head
// the server signed, across a server restart, a device reopened before it synced, the outbox
// merging edits between records, and a revoked device replaced by a re-enrolled one.
#include "evidence/canonicalrecord.h"
#include "evidence/merkleproof.h"
#include "evidence/merkletree.h"
#include "evidence/recordverifier.h"
#include "evidence/sha256.h"
#include "evidence/treehead.h"
#include "evidencetesthelpers.h"
#include "server/evidencelog.h"
#include "server/logsigningkey.h"

#include <QFile>
#include <QTest>

using namespace synctest;
using namespace evidencetest;
using namespace outfall;

namespace {

QByteArray logKey(World &world)
{
    return logPublicKey(world);
}

// Every receipt the device holds proves its record against a tree head signed by the log
// key; returns how many.
int verifiedReceipts(Device &device, const QByteArray &serverKey)
{
    auto receipts = device.db.prepare(
        u"SELECT r.record, r.signature, c.leaf_index, c.proof, h.tree_size, h.root_hash,"
        u" h.timestamp, h.signature FROM evidence_receipt c JOIN evidence_record r"
        u" ON r.id = c.record_id JOIN evidence_tree_head h ON h.tree_size = c.tree_size"_s);
    int verified = 0;
    while (receipts.step()) {
        const evidence::TreeHead head {std::uint64_t(receipts.int64(4)), receipts.blob(5),
            receipts.int64(6), receipts.blob(7)};
        if (!head.verify(serverKey))
            return -1;
        std::vector<QByteArray> proof;
        const QByteArray packed = receipts.blob(3);
        for (qsizetype at = 0; at < packed.size(); at += 32)
            proof.push_back(packed.mid(at, 32));
        if (!evidence::MerkleProof::verifyInclusion(
                evidence::merkle::leafHash(receipts.blob(0) + receipts.blob(1)),
                std::uint64_t(receipts.int64(2)), head.size, proof, head.rootHash))
            return -1;
        ++verified;
    }
    return verified;
}

// Every leaf of the server's log verifies with the key its device registered (kept after
// revocation); returns the number of distinct devices, -1 on a failure.
int verifyLogSignatures(store::Database &serverDb)
{
    auto leaves = serverDb.prepare(u"SELECT l.record, l.signature, d.signing_public_key,"
                                   u" l.device_id FROM evidence_log l JOIN device d"
                                   u" ON d.id = l.device_id ORDER BY l.leaf_index"_s);
    QSet<QString> devices;
    while (leaves.step()) {
        if (!evidence::RecordVerifier::verify(leaves.blob(2), leaves.blob(0), leaves.blob(1)))
            return -1;
        devices.insert(leaves.text(3));
    }
    return int(devices.size());
}

QList<qint64> loggedSeqs(store::Database &serverDb, const QString &deviceId)
{
    QList<qint64> seqs;
    auto statement = serverDb.prepare(
        u"SELECT record_seq FROM evidence_log WHERE device_id = ? ORDER BY leaf_index"_s);
    statement.bind(1, deviceId);
    while (statement.step())
        seqs << statement.int64(0);
    return seqs;
}

} // namespace

class TestEvidenceLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The submission's own signed record follows the status change in the same push: the
    // review workflow, which refuses new records on a submitted inspection, must not refuse it
    // (the demo's day found it refused).
    void aSignedSubmissionIsLogged()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        giveSigningKey(*world.serverDb(), *a1);
        QVERIFY(a1->sync().ok);
        const auto inspection = a1->startInspection(world.district.permits[0]);
        a1->answer(inspection, world.district.itemId, u"compliant"_s);
        a1->sign(inspection, u"inspector"_s);
        a1->sign(inspection, u"representative"_s);
        a1->setStatus(inspection, u"submitted"_s);
        const auto result = a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rejected, 0);
        // answer, two signatures and the submission, each signed and logged
        QCOMPARE(loggedSeqs(*world.serverDb(), a1->config.deviceId).size(), 4);
    }

    void receiptsProveEveryRecordAcrossAServerRestart()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        giveSigningKey(*world.serverDb(), *a1);
        QVERIFY(a1->sync().ok);
        const auto inspection = a1->startInspection(world.district.permits[0]);
        a1->measure(inspection, 10.0);
        a1->measure(inspection, 11.0);
        a1->answer(inspection, world.district.itemId, u"compliant"_s);
        auto result = a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rejected, 0);
        QCOMPARE(verifiedReceipts(*a1, logKey(world)), 3);
        const auto firstHead = server::EvidenceLog(*world.serverDb()).latestHead();
        QVERIFY(firstHead);

        world.server->stop();
        world.restartServerFor(*a1);
        a1->measure(inspection, 12.0);
        result = a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        // The restarted server signs with the same key: old and new receipts verify.
        QCOMPARE(verifiedReceipts(*a1, logKey(world)), 4);
        auto serverDb = world.serverDb();
        QCOMPARE(verifyLogSignatures(*serverDb), 1);
        QCOMPARE(loggedSeqs(*serverDb, a1->config.deviceId), (QList<qint64> {1, 2, 3, 4}));
        // The later log extends the earlier one.
        server::EvidenceLog log(*serverDb);
        const auto head = log.latestHead();
        QCOMPARE(head->size, 4u);
        QVERIFY(evidence::MerkleProof::verifyConsistency(firstHead->size, head->size,
            firstHead->rootHash, head->rootHash,
            log.consistencyProof(firstHead->size, head->size)));
    }

    void recordsOfARevokedDeviceStillVerifyAfterReEnrolment()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        const auto oldKey = giveSigningKey(*world.serverDb(), *a1);
        QVERIFY(a1->sync().ok);
        const auto inspection = a1->startInspection(world.district.permits[0]);
        a1->measure(inspection, 10.0);
        const auto pushed = a1->sync();
        QVERIFY2(pushed.ok, qPrintable(pushed.error));
        server::DeviceRegistry(*world.serverDb()).revoke(world.admin, a1->config.deviceId);

        // The tablet enrolled again: a new device id and a new key.
        auto a2 = world.device(world.district.inspectorA, u"a2"_s);
        const auto newKey = giveSigningKey(*world.serverDb(), *a2);
        QVERIFY(oldKey.publicKey != newKey.publicKey);
        QVERIFY(a2->sync().ok);
        const auto second = a2->startInspection(world.district.permits[0]);
        a2->measure(second, 20.0);
        const auto result = a2->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(verifiedReceipts(*a2, logKey(world)), 1);
        auto serverDb = world.serverDb();
        QCOMPARE(verifyLogSignatures(*serverDb), 2);
        QCOMPARE(loggedSeqs(*serverDb, a2->config.deviceId), (QList<qint64> {1}));
        QVERIFY(count(*serverDb,
                    u"SELECT count(*) FROM device WHERE revoked_at IS NOT NULL AND"
                    u" signing_public_key IS NOT NULL"_s)
            == 1);
    }

    void aDeviceReopenedBeforeItSyncedLosesNoSignedRecord()
    {
        World world;
        const QString path = world.dir.path() + u"/a1"_s;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        const QString deviceId = a1->config.deviceId;
        giveSigningKey(*world.serverDb(), *a1);
        QVERIFY(a1->sync().ok);
        const auto inspection = a1->startInspection(world.district.permits[0]);
        a1->measure(inspection, 10.0);
        a1->measure(inspection, 11.0);
        a1.reset(); // the app killed: nothing synced, the store closed as it stood

        Device reopened(path, deviceId, world.district.inspectorA, world.endpoint);
        QCOMPARE(count(reopened.db, u"SELECT count(*) FROM evidence_record"_s), 2);
        reopened.measure(inspection, 12.0); // the chain goes on where it stood
        QCOMPARE(count(reopened.db, u"SELECT last_seq FROM evidence_chain"_s), 3);
        const auto result = reopened.sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(verifiedReceipts(reopened, logKey(world)), 3);
        QCOMPARE(loggedSeqs(*world.serverDb(), deviceId), (QList<qint64> {1, 2, 3}));
    }

    void chainSurvivesTheOutboxMergingEdits()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        giveSigningKey(*world.serverDb(), *a1);
        QVERIFY(a1->sync().ok);
        const auto inspection = a1->startInspection(world.district.permits[0]);
        for (int round = 0; round < 3; ++round) {
            a1->measure(inspection, 10.0 + round);
            for (int edit = 0; edit < 20; ++edit)
                a1->setSummary(inspection, u"draft %1.%2"_s.arg(round).arg(edit));
        }
        // The inspection's insert, 3 × (measurement and its record), and the 60 edits of the
        // summary merged into one op (the inspection's latest): 8 ops left of 67 recorded.
        QCOMPARE(a1->outbox.pendingCount(), 8);
        const auto result = a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rejected, 0);
        QCOMPARE(loggedSeqs(*world.serverDb(), a1->config.deviceId), (QList<qint64> {1, 2, 3}));
        QCOMPARE(verifiedReceipts(*a1, logKey(world)), 3);
        QCOMPARE(a1->summaryOf(inspection), u"draft 2.19"_s);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceLog)
#include "tst_evidencelog.moc"
