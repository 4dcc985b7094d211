// The device's trust in the evidence log (docs/evidence.md 4): every receipt is checked
// against the log key pinned at enrolment before it is kept, a failing one is reported and
// not kept, a device enrolled before the key was pinned keeps working and says so, and
// records left without a receipt (a lost acknowledgement, a receipt refused) get one with
// RECEIPTS after the next push — a device's own records only, in bounded batches.
#include "evidence/merkleproof.h"
#include "evidence/merkletree.h"
#include "evidence/signingkeypair.h"
#include "evidence/treehead.h"
#include "evidencetesthelpers.h"
#include "server/logcommands.h"
#include "sync/evidencereceipts.h"
#include "sync/receiptrequester.h"
#include "sync/requestchannel.h"

#include <QTest>

using namespace synctest;
using namespace evidencetest;
using namespace outfall;

namespace {

std::int64_t receiptCount(Device &device)
{
    return count(device.db, u"SELECT count(*) FROM evidence_receipt"_s);
}

std::int64_t recordCount(Device &device)
{
    return count(device.db, u"SELECT count(*) FROM evidence_record"_s);
}

// Every receipt held verifies: its head under `key`, its proof against the head's root.
bool receiptsVerify(Device &device, const QByteArray &key)
{
    auto receipts = device.db.prepare(
        u"SELECT r.record, r.signature, c.leaf_index, c.proof, h.tree_size, h.root_hash,"
        u" h.timestamp, h.signature FROM evidence_receipt c JOIN evidence_record r"
        u" ON r.id = c.record_id JOIN evidence_tree_head h ON h.tree_size = c.tree_size"_s);
    while (receipts.step()) {
        const evidence::TreeHead head {std::uint64_t(receipts.int64(4)), receipts.blob(5),
            receipts.int64(6), receipts.blob(7)};
        std::vector<QByteArray> proof;
        const QByteArray packed = receipts.blob(3);
        for (qsizetype at = 0; at < packed.size(); at += 32)
            proof.push_back(packed.mid(at, 32));
        if (!head.verify(key)
            || !evidence::MerkleProof::verifyInclusion(
                evidence::merkle::leafHash(receipts.blob(0) + receipts.blob(1)),
                std::uint64_t(receipts.int64(2)), head.size, proof, head.rootHash))
            return false;
    }
    return true;
}

// The receipt lost on its way: what a device that never read its PUSH_ACK holds.
void loseReceipts(Device &device)
{
    device.db.exec(u"DELETE FROM evidence_receipt"_s);
    device.db.exec(u"DELETE FROM evidence_tree_head"_s);
}

sync::Message ask(World &world, Device &device, const QCborArray &ids)
{
    sync::RequestChannel::Options options;
    options.endpoint = world.endpoint;
    options.plainDeviceId = device.config.deviceId;
    options.timeoutMs = 3000;
    sync::RequestChannel channel(options);
    sync::Message request;
    request.command = sync::Command::Receipts;
    request.header.insert(u"ids"_s, ids);
    return channel.request(request);
}

QStringList recordIds(Device &device)
{
    QStringList ids;
    auto statement = device.db.prepare(u"SELECT id FROM evidence_record ORDER BY id"_s);
    while (statement.step())
        ids.append(statement.text(0));
    return ids;
}

// A receipt as the server sends it, made from the first one the device holds.
QCborMap storedReceipt(Device &device)
{
    auto row = device.db.prepare(
        u"SELECT c.record_id, c.leaf_index, c.proof, h.tree_size, h.root_hash, h.timestamp,"
        u" h.signature FROM evidence_receipt c JOIN evidence_tree_head h"
        u" ON h.tree_size = c.tree_size ORDER BY c.leaf_index LIMIT 1"_s);
    if (!row.step())
        return {};
    QCborArray proof;
    for (qsizetype at = 0; at < row.blob(2).size(); at += 32)
        proof.append(row.blob(2).mid(at, 32));
    QCborMap receipt;
    receipt.insert(
        u"th"_s, QCborArray {qint64(row.int64(3)), row.blob(4), qint64(row.int64(5)), row.blob(6)});
    receipt.insert(u"rc"_s, QCborArray {QCborArray {row.text(0), qint64(row.int64(1)), proof}});
    return receipt;
}

struct Signed
{
    World world;
    std::unique_ptr<Device> a1 = world.device(world.district.inspectorA, u"a1"_s);

    Signed()
    {
        giveSigningKey(*world.serverDb(), *a1);
        if (!a1->sync().ok) // the permits, before anything is captured on them
            qFatal("the first sync failed");
    }

    // Three signed measurements captured, not yet pushed.
    void capture()
    {
        const auto inspection = a1->startInspection(world.district.permits[0]);
        for (double value : {10.0, 11.0, 12.0})
            a1->measure(inspection, value);
    }
};

} // namespace

class TestEvidenceReceipts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void receiptsAreKeptWhenTheHeadVerifiesUnderThePinnedKey()
    {
        Signed s;
        pinLogKey(*s.a1, logPublicKey(s.world));
        s.capture();
        const auto result = s.a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u"; "_s)));
        QCOMPARE(receiptCount(*s.a1), 3);
        QVERIFY(receiptsVerify(*s.a1, logPublicKey(s.world)));
    }

    // A head signed by a key other than the pinned one (a server that is not the one the
    // device enrolled with, or a log key replaced): nothing kept, and the sync says so.
    void aHeadNotSignedByThePinnedKeyIsRefusedAndReported()
    {
        Signed s;
        pinLogKey(*s.a1, evidence::SigningKeyPair::generate().publicKey);
        s.capture();
        const auto result = s.a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error)); // the evidence itself went through
        QCOMPARE(receiptCount(*s.a1), 0);
        QCOMPARE(count(s.a1->db, u"SELECT count(*) FROM evidence_tree_head"_s), 0);
        const QString problems = result.problems.join(u"\n"_s);
        QVERIFY2(problems.contains(u"3 evidence receipt(s) not kept: the tree head of size 3 is"
                                   u" not signed by the log key pinned at enrolment"_s),
            qPrintable(problems));

        // Once the device trusts the right key, the next sync asks for the receipts it lacks.
        pinLogKey(*s.a1, logPublicKey(s.world));
        const auto again = s.a1->sync();
        QVERIFY2(again.problems.isEmpty(), qPrintable(again.problems.join(u"; "_s)));
        QCOMPARE(receiptCount(*s.a1), 3);
        QVERIFY(receiptsVerify(*s.a1, logPublicKey(s.world)));
    }

    // Enrolled before ENROLL_REPLY carried `lk`: receipts are still proof-checked and kept,
    // the head's signature is not checked, and the outcome says so.
    void aDeviceWithoutAPinnedKeyKeepsWorkingAndSaysSo()
    {
        Signed s;
        QVERIFY(sync::EvidenceReceipts::pinnedLogKey(s.a1->db).isEmpty());
        s.capture();
        const auto result = s.a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(receiptCount(*s.a1), 3);

        const QCborMap receipt = storedReceipt(*s.a1);
        const auto outcome = sync::EvidenceReceipts::store(s.a1->db, receipt, 0);
        QCOMPARE(outcome.headChecked, false);
        QCOMPARE(outcome.kept, 1);
        pinLogKey(*s.a1, logPublicKey(s.world));
        const auto pinned = sync::EvidenceReceipts::store(s.a1->db, receipt, 0);
        QCOMPARE(pinned.headChecked, true);
        QCOMPARE(pinned.kept, 1);
    }

    // A proof that does not lead to the head's root is refused on its own, named.
    void aProofThatDoesNotHoldIsRefusedByName()
    {
        Signed s;
        pinLogKey(*s.a1, logPublicKey(s.world));
        s.capture();
        QVERIFY(s.a1->sync().ok);
        QCborMap receipt = storedReceipt(*s.a1);
        const QString id = receipt.value(u"rc"_s).toArray().at(0).toArray().at(0).toString();
        // Leaf index 0 of 3 with an audit path of the wrong hashes.
        receipt.insert(u"rc"_s,
            QCborArray {QCborArray {id, 0, QCborArray {QByteArray(32, 'a'), QByteArray(32, 'b')}}});
        const auto outcome = sync::EvidenceReceipts::store(s.a1->db, receipt, 0);
        QCOMPARE(outcome.kept, 0);
        QCOMPARE(outcome.refused.size(), 1);
        QVERIFY2(outcome.refused.front().contains(id), qPrintable(outcome.refused.front()));
        QCOMPARE(receiptCount(*s.a1), 3); // the good receipt held before is not replaced
    }

    // The acknowledgement (and its receipt) never reached the device's store: the next
    // sync, with nothing to push, asks for the receipts and gets every one, verified.
    void aLostAcknowledgementIsMadeGoodByAskingForReceipts()
    {
        Signed s;
        pinLogKey(*s.a1, logPublicKey(s.world));
        s.capture();
        QVERIFY(s.a1->sync().ok);
        loseReceipts(*s.a1);
        QCOMPARE(s.a1->outbox.pendingCount(), 0);
        const auto result = s.a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u"; "_s)));
        QCOMPARE(result.pushed, 0);
        QCOMPARE(receiptCount(*s.a1), recordCount(*s.a1));
        QVERIFY(receiptsVerify(*s.a1, logPublicKey(s.world)));
    }

    // More records than one RECEIPTS batch: every one is asked for, batch by batch.
    void receiptsComeInBoundedBatches()
    {
        Signed s;
        pinLogKey(*s.a1, logPublicKey(s.world));
        const auto inspection = s.a1->startInspection(s.world.district.permits[0]);
        const int n = sync::ReceiptRequester::batchIds + 7;
        for (int i = 0; i < n; ++i)
            s.a1->measure(inspection, double(i));
        QVERIFY(s.a1->sync().ok);
        loseReceipts(*s.a1);
        const auto result = s.a1->sync();
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u"; "_s)));
        QCOMPARE(receiptCount(*s.a1), n);
        QVERIFY(receiptsVerify(*s.a1, logPublicKey(s.world)));
    }

    // RECEIPTS answers for the asking device's own records only; another device of the same
    // inspector, an unknown id and a second asking are answered alike, never with a proof of
    // someone else's record.
    void aDeviceGetsReceiptsForItsOwnRecordsOnly()
    {
        Signed s;
        s.capture();
        QVERIFY(s.a1->sync().ok);
        const QStringList ids = recordIds(*s.a1);
        auto a2 = s.world.device(s.world.district.inspectorA, u"a2"_s);

        const auto own = ask(s.world, *s.a1, QCborArray::fromStringList(ids));
        QCOMPARE(own.command, sync::Command::ReceiptsReply);
        QVERIFY(own.header.value(u"eb"_s).toBool());
        QCOMPARE(own.header.value(u"m"_s).toArray().size(), 0);
        QCOMPARE(QCborValue::fromCbor(own.body).toMap().value(u"rc"_s).toArray().size(), 3);
        // Idempotent: the same question, the same answer (no push in between).
        QCOMPARE(ask(s.world, *s.a1, QCborArray::fromStringList(ids)).body, own.body);

        const auto other = ask(s.world, *a2, QCborArray {ids.front(), u"no-such-record"_s});
        QCOMPARE(other.command, sync::Command::ReceiptsReply);
        QVERIFY(!other.header.contains(u"eb"_s));
        QVERIFY(other.body.isEmpty());
        QCOMPARE(
            other.header.value(u"m"_s).toArray(), (QCborArray {ids.front(), u"no-such-record"_s}));
    }

    void badRequestsAreRefusedNamingTheField()
    {
        Signed s;
        QCborArray tooMany;
        for (qsizetype i = 0; i <= server::LogCommands::maxReceiptIds; ++i)
            tooMany.append(u"r%1"_s.arg(i));
        for (const QCborArray &ids : {tooMany, QCborArray {42}, QCborArray {QString(65, u'x')}}) {
            try {
                ask(s.world, *s.a1, ids);
                QFAIL("a bad RECEIPTS was answered");
            } catch (const sync::ProtocolError &e) {
                QCOMPARE(e.code(), sync::ErrorCode::Malformed);
                QVERIFY2(e.text().contains(u"ids"_s), qPrintable(e.text()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestEvidenceReceipts)
#include "tst_evidencereceipts.moc"
