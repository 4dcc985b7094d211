// One bad signed record cannot stop a device's sync (docs/evidence.md 3.1): the server
// refuses it alone and applies the rest, the device restarts its chain from the server's
// and signs the cut-off records again, and the next records are logged as before. A record
// that cannot be helped (a key the server does not hold) stays refused without a loop.
#include "evidence/canonicalrecord.h"
#include "evidence/sha256.h"
#include "evidencetesthelpers.h"
#include "sync/opbodycodec.h"

#include <QTest>

using namespace synctest;
using namespace evidencetest;
using namespace outfall;

namespace {

using E = sync::Entity;

// Flips one bit of the signature of the `which`-th signed record waiting in the outbox, as
// a storage fault or a bug would.
void corruptQueuedSignature(Device &device, int which)
{
    auto rows = device.db.prepare(
        u"SELECT device_seq, body FROM outbox WHERE entity = ? ORDER BY device_seq"_s);
    rows.bind(1, int(E::EvidenceRecord));
    for (int i = 0; i <= which; ++i)
        QVERIFY(rows.step());
    const std::int64_t seq = rows.int64(0);
    std::vector<sync::Op> body = sync::OpBodyCodec::decode(rows.blob(1));
    rows.reset();
    const std::uint8_t number = field(E::EvidenceRecord, u"signature");
    QByteArray signature = body.front().value(number)->blob();
    signature[5] = char(signature[5] ^ 0x04);
    body.front().set(number, signature);
    device.db.prepare(u"UPDATE outbox SET body = ? WHERE device_seq = ?"_s)
        .bind(1, sync::OpBodyCodec::encode(body))
        .bind(2, seq)
        .exec();
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

// The measurements whose signed record the server logged (by subject).
qint64 measurementsLogged(store::Database &serverDb)
{
    return count(serverDb,
        u"SELECT count(DISTINCT m.id) FROM measurement m JOIN evidence_record r"
        u" ON r.subject_id = m.id JOIN evidence_log l ON l.record_id = r.id"_s);
}

} // namespace

class TestEvidenceRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aBadSignatureIsRefusedAloneAndSignedAgain()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        giveSigningKey(*world.serverDb(), *a1);
        QVERIFY(a1->sync().ok);
        const auto inspection = a1->startInspection(world.district.permits[0]);
        for (int i = 0; i < 3; ++i)
            a1->measure(inspection, 10.0 + i);
        corruptQueuedSignature(*a1, 1); // the second of three

        const auto result = a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        // Refused: the bad one and the one chained after it; both signed again and pushed in
        // the same sync, after the one that was good.
        QCOMPARE(result.rejected, 2);
        QCOMPARE(result.resigned, 2);
        QVERIFY2(result.rejections.join(u'\n').contains(u"BAD_SIGNATURE"_s),
            qPrintable(result.rejections.join(u'\n')));
        auto server = world.serverDb();
        QCOMPARE(loggedSeqs(*server, a1->config.deviceId), (QList<qint64> {1, 2, 3}));
        QCOMPARE(measurementsLogged(*server), 3);
        QCOMPARE(count(*server, u"SELECT count(*) FROM evidence_refusal"_s), 2);
        QCOMPARE(count(a1->db, u"SELECT count(*) FROM evidence_resign"_s), 2);
        QCOMPARE(a1->outbox.pendingCount(), 0);

        // The device's sync goes on as before: a new record is logged next, nothing refused.
        a1->measure(inspection, 20.0);
        const auto next = a1->sync();
        QVERIFY2(next.ok, qPrintable(next.error));
        QCOMPARE(next.rejected, 0);
        QCOMPARE(loggedSeqs(*server, a1->config.deviceId), (QList<qint64> {1, 2, 3, 4}));
        QVERIFY2(next.problems.isEmpty(), qPrintable(next.problems.join(u'\n')));
    }

    void aForkedChainRestartsFromTheServers()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        giveSigningKey(*world.serverDb(), *a1);
        QVERIFY(a1->sync().ok);
        const auto inspection = a1->startInspection(world.district.permits[0]);
        a1->measure(inspection, 1.0);
        a1->measure(inspection, 2.0);
        QVERIFY(a1->sync().ok);
        // The chain set back to record 1 (a store restored in part): the next record is a
        // second seq 2, a fork.
        const QByteArray first =
            blob(a1->db, u"SELECT record FROM evidence_record ORDER BY rowid LIMIT 1"_s);
        a1->db.prepare(u"UPDATE evidence_chain SET last_seq = 1, last_sha256 = ?"_s)
            .bind(1, evidence::sha256(first))
            .exec();
        a1->measure(inspection, 3.0);
        a1->measure(inspection, 4.0);

        const auto result = a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY2(result.rejections.join(u'\n').contains(u"EVIDENCE_FORK"_s),
            qPrintable(result.rejections.join(u'\n')));
        QCOMPARE(result.resigned, 2);
        auto server = world.serverDb();
        QCOMPARE(loggedSeqs(*server, a1->config.deviceId), (QList<qint64> {1, 2, 3, 4}));
        QCOMPARE(measurementsLogged(*server), 4);
        QCOMPARE(count(a1->db, u"SELECT last_seq FROM evidence_chain"_s), 4);
    }

    void recordsWaitingInTheOutboxAreSignedAgainBeforeTheyLeave()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        giveSigningKey(*world.serverDb(), *a1);
        a1->config.pushBatchOps = 2; // the refusal comes back while records still wait
        QVERIFY(a1->sync().ok);
        const auto inspection = a1->startInspection(world.district.permits[0]);
        for (int i = 0; i < 4; ++i)
            a1->measure(inspection, 10.0 + i);
        corruptQueuedSignature(*a1, 0);

        const auto result = a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        // Only the bad one is refused: the others are signed again before they are sent.
        QCOMPARE(result.rejected, 1);
        QCOMPARE(result.resigned, 4);
        QCOMPARE(loggedSeqs(*world.serverDb(), a1->config.deviceId), (QList<qint64> {1, 2, 3, 4}));
        QCOMPARE(measurementsLogged(*world.serverDb()), 4);
        QCOMPARE(
            count(a1->db, u"SELECT count(*) FROM evidence_resign WHERE code = 'CHAIN_RESTART'"_s),
            3);

        // The records signed again replace the ones cut off: the device never asks the server
        // for receipts of records it did not send, nor reports them missing from the log.
        const auto next = a1->sync();
        QVERIFY2(next.ok, qPrintable(next.error));
        QVERIFY2(next.problems.isEmpty(), qPrintable(next.problems.join(u'\n')));
    }

    void aRecordThatCannotBeHelpedStaysRefusedWithoutALoop()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        giveSigningKey(*world.serverDb(), *a1);
        QVERIFY(a1->sync().ok);
        // The server holds another key for the device (re-enrolled elsewhere, say).
        world.serverDb()
            ->prepare(u"UPDATE device SET signing_public_key = ?"_s)
            .bind(1, evidence::SigningKeyPair::generate().publicKey)
            .exec();
        const auto inspection = a1->startInspection(world.district.permits[0]);
        a1->measure(inspection, 1.0);
        for (int attempt = 0; attempt < 3; ++attempt) {
            const auto result = a1->sync();
            QVERIFY2(result.ok, qPrintable(result.error));
            QCOMPARE(result.resigned, 0);
            QCOMPARE(a1->outbox.pendingCount(), 0);
        }
        auto server = world.serverDb();
        // The measurement is there; its record is refused, once, and said so.
        QCOMPARE(count(*server, u"SELECT count(*) FROM measurement"_s), 1);
        QCOMPARE(count(*server, u"SELECT count(*) FROM evidence_log"_s), 0);
        QCOMPARE(
            count(*server, u"SELECT count(*) FROM evidence_refusal WHERE code = 'WRONG_KEY'"_s), 1);
        QCOMPARE(
            count(a1->db, u"SELECT count(*) FROM sync_rejection WHERE code = 'WRONG_KEY'"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceRecovery)
#include "tst_evidencerecovery.moc"
