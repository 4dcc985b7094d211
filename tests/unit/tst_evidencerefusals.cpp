// The server's check of signed evidence (docs/evidence.md 3): a record with a bad
// signature, a wrong key, a gap, a fork, a replay, a signature after the key's revocation,
// or malformed bytes is refused with its own reason code, on its own (3.1): it is not
// logged, it is parked with its reason, the device is told where its chain stands, and the
// rest of the push is applied. A good push is logged and answered with a receipt.
#include "evidence/canonicalrecord.h"
#include "evidence/recordsigner.h"
#include "evidence/sha256.h"
#include "evidencetesthelpers.h"
#include "server/syncengine.h"

#include <QCborArray>
#include <QTest>

using namespace synctest;
using namespace evidencetest;
using namespace outfall;

namespace {

using E = sync::Entity;

const std::uint8_t kRecord = field(E::EvidenceRecord, u"record");
const std::uint8_t kSignature = field(E::EvidenceRecord, u"signature");

struct Setup
{
    Setup()
    {
        db = server::ServerStore::initialise(dir.path());
        district = seedDistrict(*db);
        server::Peer admin;
        admin.role = u"admin"_s;
        server::DeviceRegistry(*db).assign(admin, u"A1"_s, {district.permits[0]});
        const QString id = domain::UuidV7Generator().next();
        db->prepare(u"INSERT INTO device (id, inspector_id, role, public_key, enrolled_at)"
                    u" VALUES (?, ?, 'device', ?, 0)"_s)
            .bind(1, id)
            .bind(2, district.inspectorA)
            .bind(3, u"plain-"_s + id)
            .exec();
        reader = std::make_unique<store::Database>(server::ServerStore::databasePath(dir.path()));
        engine = std::make_unique<server::SyncEngine>(*db, *reader, dir.path(), 2000);
        QDir().mkpath(dir.path() + u"/tablet"_s);
        device = std::make_unique<Device>(
            dir.path() + u"/tablet"_s, id, district.inspectorA, u"tcp://unused"_s);
        device->db.exec(u"PRAGMA foreign_keys = OFF"_s); // it never pulled the permit
        keys = giveSigningKey(*db, *device);
        peer = server::DeviceRegistry(*db).lookupDevice(id)->peer;
    }

    sync::Message push(const std::vector<sync::Op> &ops, std::int64_t first)
    {
        sync::OpCodec codec;
        codec.setDictionary(sync::ZstdDictionary::builtin());
        sync::Message message = plainRequest(sync::Command::Push, device->config.deviceId);
        message.header.insert(
            u"b"_s, sync::Message::newRequestId() + sync::Message::newRequestId());
        message.header.insert(u"f"_s, qint64(first));
        message.header.insert(u"l"_s, qint64(ops.back().deviceSeq));
        message.body = codec.encode(ops);
        const sync::Message reply = engine->handle(peer, message);
        if (reply.command == sync::Command::PushAck)
            serverSeq = ops.back().deviceSeq;
        return reply;
    }

    // The same ops again in a new push, renumbered after what the server holds (their rows
    // are duplicates by now; the records were refused, so they are new).
    sync::Message pushAgain(std::vector<sync::Op> &ops)
    {
        const std::uint64_t first = serverSeq + 1;
        for (std::size_t i = 0; i < ops.size(); ++i)
            ops[i].deviceSeq = first + i;
        return push(ops, std::int64_t(first));
    }

    // Pushes the whole outbox and acknowledges it on the device, as a sync would.
    sync::Message pushAll()
    {
        const auto ops = device->outbox.pending(1000);
        const sync::Message reply = push(ops, std::int64_t(serverSeq + 1));
        if (reply.command == sync::Command::PushAck) {
            lastAcked = ops.back().deviceSeq;
            device->outbox.acknowledge(lastAcked);
        }
        return reply;
    }

    // What the server logged: leaves, records, and its chain for the device.
    QString logged()
    {
        return u"%1 leaves, %2 records, chain at %3"_s
            .arg(count(*db, u"SELECT count(*) FROM evidence_log"_s))
            .arg(count(*db, u"SELECT count(*) FROM evidence_record"_s))
            .arg(count(*db, u"SELECT coalesce(max(last_seq), 0) FROM evidence_chain"_s));
    }

    QTemporaryDir dir;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<store::Database> reader;
    District district;
    std::unique_ptr<server::SyncEngine> engine;
    std::unique_ptr<Device> device;
    evidence::SigningKeyPair keys;
    server::Peer peer;
    std::uint64_t lastAcked = 0;
    std::uint64_t serverSeq = 0;
};

sync::Op *recordOp(std::vector<sync::Op> &ops, int which = 0)
{
    for (sync::Op &op : ops) {
        if (op.entity == E::EvidenceRecord && which-- == 0)
            return &op;
    }
    return nullptr;
}

void resign(
    sync::Op &op, const evidence::CanonicalRecord &record, const evidence::SigningKeyPair &keys)
{
    const QByteArray bytes = record.encode();
    op.set(kRecord, bytes);
    op.set(kSignature, evidence::RecordSigner(keys).sign(bytes));
}

// The server's refusal of `op` in a PUSH_ACK: "CODE: reason", or what came instead.
QString refusalOf(const sync::Message &reply, const sync::Op &op)
{
    if (reply.command != sync::Command::PushAck)
        return u"(no PUSH_ACK: %1 %2)"_s.arg(
            reply.header.value(u"code"_s).toString(), reply.header.value(u"text"_s).toString());
    for (const QCborValue &entry : reply.header.value(u"r"_s).toArray()) {
        const QCborArray rejection = entry.toArray();
        if (rejection.at(0).toInteger() == qint64(op.deviceSeq))
            return rejection.at(1).toString() + u": "_s + rejection.at(2).toString();
    }
    return u"(not refused)"_s;
}

bool refusedAs(const sync::Message &reply, const sync::Op &op, QStringView code)
{
    return refusalOf(reply, op).startsWith(code.toString() + u": "_s);
}

// The chain head the server sent after a refusal: its seq, -1 when absent.
qint64 chainSeqSent(const sync::Message &reply)
{
    const QCborArray head = reply.header.value(u"eh"_s).toArray();
    return head.size() == 2 && head.at(1).toByteArray().size() == 32 ? head.at(0).toInteger() : -1;
}

} // namespace

class TestEvidenceRefusals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodPushIsLoggedWithAReceipt()
    {
        Setup s;
        const auto inspection = s.device->startInspection(s.district.permits[0]);
        s.device->measure(inspection, 12.5);
        s.device->measure(inspection, 13.5);
        // Two measurements signed: an op each and a record op each, after the inspection.
        QCOMPARE(count(s.device->db, u"SELECT count(*) FROM evidence_record"_s), 2);
        const sync::Message reply = s.pushAll();
        QCOMPARE(reply.command, sync::Command::PushAck);
        QVERIFY(reply.header.value(u"r"_s).toArray().isEmpty());
        QCOMPARE(count(*s.db, u"SELECT count(*) FROM evidence_log"_s), 2);
        // The receipt is the body (it outgrows header bounds for large batches).
        QVERIFY(reply.header.value(u"eb"_s).toBool());
        const QCborMap receipt = QCborValue::fromCbor(reply.body).toMap();
        QCOMPARE(receipt.value(u"th"_s).toArray().at(0).toInteger(), 2);
        QCOMPARE(receipt.value(u"rc"_s).toArray().size(), 2);
    }

    void badSignatureIsRefused()
    {
        Setup s;
        s.device->measure(s.device->startInspection(s.district.permits[0]), 1.0);
        auto ops = s.device->outbox.pending(100);
        QByteArray signature = recordOp(ops)->value(kSignature)->blob();
        signature[10] = char(signature[10] ^ 0x20);
        recordOp(ops)->set(kSignature, signature);
        const QString before = s.logged();
        const auto reply = s.push(ops, 1);
        QVERIFY2(refusedAs(reply, *recordOp(ops), u"BAD_SIGNATURE"),
            qPrintable(refusalOf(reply, *recordOp(ops))));
        QVERIFY2(refusalOf(reply, *recordOp(ops)).contains(u"does not verify"_s),
            qPrintable(refusalOf(reply, *recordOp(ops))));
        // Refused alone: nothing logged, the record parked with its reason, the rest applied,
        // and the device told where its chain stands (nothing logged: 0).
        QCOMPARE(s.logged(), before);
        QCOMPARE(count(*s.db, u"SELECT count(*) FROM measurement"_s), 1);
        QCOMPARE(count(*s.db,
                     u"SELECT count(*) FROM evidence_refusal WHERE code = 'BAD_SIGNATURE'"
                     u" AND record IS NOT NULL AND signature IS NOT NULL"_s),
            1);
        QCOMPARE(chainSeqSent(reply), 0);
    }

    void wrongKeyIsRefused()
    {
        Setup s;
        s.device->measure(s.device->startInspection(s.district.permits[0]), 1.0);
        auto ops = s.device->outbox.pending(100);
        auto record = evidence::CanonicalRecord::decode(recordOp(ops)->value(kRecord)->blob());
        const auto other = evidence::SigningKeyPair::generate();
        record.signingKey = other.publicKey;
        resign(*recordOp(ops), record, other); // a valid signature, by a key not registered
        const QString before = s.logged();
        const auto reply = s.push(ops, 1);
        QVERIFY2(refusedAs(reply, *recordOp(ops), u"WRONG_KEY"),
            qPrintable(refusalOf(reply, *recordOp(ops))));
        QVERIFY2(
            refusalOf(reply, *recordOp(ops)).contains(QString::fromLatin1(other.publicKey.toHex())),
            qPrintable(refusalOf(reply, *recordOp(ops))));
        QCOMPARE(s.logged(), before);
    }

    void gapIsRefused()
    {
        Setup s;
        const auto inspection = s.device->startInspection(s.district.permits[0]);
        s.device->measure(inspection, 1.0);
        s.device->measure(inspection, 2.0);
        auto ops = s.device->outbox.pending(100);
        // The first record left out: the second (seq 2) arrives at a chain still at 0.
        ops.erase(ops.begin() + (recordOp(ops) - ops.data()));
        const QString before = s.logged();
        const auto reply = s.push(ops, 1);
        QVERIFY2(refusedAs(reply, *recordOp(ops), u"EVIDENCE_GAP"),
            qPrintable(refusalOf(reply, *recordOp(ops))));
        QVERIFY2(refusalOf(reply, *recordOp(ops)).contains(u"the next is 1"_s),
            qPrintable(refusalOf(reply, *recordOp(ops))));
        QCOMPARE(s.logged(), before);
    }

    void aRecordChainedAfterARefusedOneIsRefusedSayingSo()
    {
        Setup s;
        const auto inspection = s.device->startInspection(s.district.permits[0]);
        s.device->measure(inspection, 1.0);
        s.device->measure(inspection, 2.0);
        s.device->measure(inspection, 3.0);
        auto ops = s.device->outbox.pending(100);
        QByteArray signature = recordOp(ops, 1)->value(kSignature)->blob();
        signature[0] = char(signature[0] ^ 0x01);
        recordOp(ops, 1)->set(kSignature, signature);
        const auto reply = s.push(ops, 1);
        QCOMPARE(refusalOf(reply, *recordOp(ops, 0)), u"(not refused)"_s);
        QVERIFY2(refusedAs(reply, *recordOp(ops, 1), u"BAD_SIGNATURE"),
            qPrintable(refusalOf(reply, *recordOp(ops, 1))));
        QVERIFY2(refusedAs(reply, *recordOp(ops, 2), u"EVIDENCE_GAP"),
            qPrintable(refusalOf(reply, *recordOp(ops, 2))));
        QVERIFY2(refusalOf(reply, *recordOp(ops, 2)).contains(u"which was refused"_s),
            qPrintable(refusalOf(reply, *recordOp(ops, 2))));
        // Record 1 logged, the chain at 1, all three measurements applied.
        QCOMPARE(s.logged(), u"1 leaves, 1 records, chain at 1"_s);
        QCOMPARE(chainSeqSent(reply), 1);
        QCOMPARE(count(*s.db, u"SELECT count(*) FROM measurement"_s), 3);
        QCOMPARE(count(*s.db, u"SELECT count(*) FROM evidence_refusal"_s), 2);
        // The receipt covers the one record logged.
        QCOMPARE(QCborValue::fromCbor(reply.body).toMap().value(u"rc"_s).toArray().size(), 1);
    }

    void forkIsRefused()
    {
        Setup s;
        const auto inspection = s.device->startInspection(s.district.permits[0]);
        s.device->measure(inspection, 1.0);
        QCOMPARE(s.pushAll().command, sync::Command::PushAck);
        s.device->measure(inspection, 2.0);
        auto ops = s.device->outbox.pending(100);
        // Seq 2 by the right key, but not after record 1: another history.
        auto record = evidence::CanonicalRecord::decode(recordOp(ops)->value(kRecord)->blob());
        QCOMPARE(record.seq, 2u);
        record.previousSha256 = evidence::sha256("another history");
        resign(*recordOp(ops), record, s.keys);
        const QString before = s.logged();
        auto reply = s.push(ops, std::int64_t(s.serverSeq + 1));
        QVERIFY2(refusedAs(reply, *recordOp(ops), u"EVIDENCE_FORK"),
            qPrintable(refusalOf(reply, *recordOp(ops))));
        QCOMPARE(chainSeqSent(reply), 1);
        QCOMPARE(s.logged(), before);
        // So is a second, different record at a seq the log holds.
        record.seq = 1;
        record.previousSha256 = QByteArray(32, '\0');
        resign(*recordOp(ops), record, s.keys);
        reply = s.pushAgain(ops);
        QVERIFY2(refusedAs(reply, *recordOp(ops), u"EVIDENCE_FORK"),
            qPrintable(refusalOf(reply, *recordOp(ops))));
        QCOMPARE(s.logged(), before);
    }

    void replayIsRefused()
    {
        Setup s;
        const auto inspection = s.device->startInspection(s.district.permits[0]);
        s.device->measure(inspection, 1.0);
        const auto first = s.device->outbox.pending(100);
        sync::Op logged = *recordOp(const_cast<std::vector<sync::Op> &>(first));
        QCOMPARE(s.pushAll().command, sync::Command::PushAck);
        s.device->measure(inspection, 2.0);
        auto ops = s.device->outbox.pending(100);
        // The new record op carries record 1 again, bytes and signature as logged.
        sync::Op &replayed = *recordOp(ops);
        replayed.fields = logged.fields;
        const QString before = s.logged();
        const auto reply = s.push(ops, std::int64_t(s.serverSeq + 1));
        QVERIFY2(
            refusedAs(reply, replayed, u"EVIDENCE_REPLAY"), qPrintable(refusalOf(reply, replayed)));
        QVERIFY2(refusalOf(reply, replayed).contains(u"logged already"_s),
            qPrintable(refusalOf(reply, replayed)));
        QCOMPARE(s.logged(), before);
    }

    void signedAfterRevocationIsRefused()
    {
        Setup s;
        s.device->measure(s.device->startInspection(s.district.permits[0]), 1.0);
        auto ops = s.device->outbox.pending(100);
        const std::int64_t signedAt =
            evidence::CanonicalRecord::decode(recordOp(ops)->value(kRecord)->blob()).signedAtMs;
        // Revoked a minute before the record was signed.
        s.db->prepare(u"UPDATE device SET revoked_at = ?"_s).bind(1, signedAt - 60'000).exec();
        const QString before = s.logged();
        auto reply = s.push(ops, 1);
        QVERIFY2(refusedAs(reply, *recordOp(ops), u"KEY_REVOKED"),
            qPrintable(refusalOf(reply, *recordOp(ops))));
        QCOMPARE(s.logged(), before);
        // A record signed before the revocation still verifies and is taken: the key is kept.
        s.db->prepare(u"UPDATE device SET revoked_at = ?"_s).bind(1, signedAt + 60'000).exec();
        reply = s.pushAgain(ops);
        QCOMPARE(refusalOf(reply, *recordOp(ops)), u"(not refused)"_s);
        QCOMPARE(count(*s.db, u"SELECT count(*) FROM evidence_log"_s), 1);
    }

    void malformedRecordIsRefusedNamingTheField()
    {
        Setup s;
        s.device->measure(s.device->startInspection(s.district.permits[0]), 1.0);
        auto ops = s.device->outbox.pending(100);
        const QByteArray bytes = recordOp(ops)->value(kRecord)->blob();
        const QString before = s.logged();

        recordOp(ops)->set(kRecord, bytes.left(60)); // cut inside the seq
        auto reply = s.push(ops, 1);
        QVERIFY2(refusedAs(reply, *recordOp(ops), u"BAD_RECORD"),
            qPrintable(refusalOf(reply, *recordOp(ops))));
        QVERIFY2(refusalOf(reply, *recordOp(ops)).contains(u"field seq: truncated"_s),
            qPrintable(refusalOf(reply, *recordOp(ops))));

        recordOp(ops)->set(kRecord, u"not bytes"_s);
        reply = s.pushAgain(ops);
        QVERIFY2(refusedAs(reply, *recordOp(ops), u"BAD_RECORD"),
            qPrintable(refusalOf(reply, *recordOp(ops))));
        QVERIFY2(
            refusalOf(reply, *recordOp(ops)).contains(u"evidence_record.record must be bytes"_s),
            qPrintable(refusalOf(reply, *recordOp(ops))));
        // Not bytes: parked all the same, without them.
        QCOMPARE(count(*s.db, u"SELECT count(*) FROM evidence_refusal WHERE record IS NULL"_s), 1);

        // Signed values that are not the values pushed with them.
        auto record = evidence::CanonicalRecord::decode(bytes);
        for (auto &value : record.values) {
            if (value.type == evidence::CanonicalRecord::Value::Type::Real)
                value.real = 0.5;
        }
        resign(*recordOp(ops), record, s.keys);
        // The measurement goes with it (its row a duplicate by now): the record is compared
        // with the op in the push.
        reply = s.pushAgain(ops);
        QVERIFY2(refusedAs(reply, *recordOp(ops), u"BAD_RECORD"),
            qPrintable(refusalOf(reply, *recordOp(ops))));
        QVERIFY2(refusalOf(reply, *recordOp(ops))
                     .contains(u"record.values differ from the measurement"_s),
            qPrintable(refusalOf(reply, *recordOp(ops))));
        QCOMPARE(s.logged(), before);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceRefusals)
#include "tst_evidencerefusals.moc"
