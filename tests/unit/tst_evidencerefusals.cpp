// The server's check of signed evidence (docs/evidence.md 3): a push whose records have a
// bad signature, a wrong key, a gap, a fork, a replay, a signature after the key's
// revocation, or malformed bytes is refused with its own reason code, and nothing of that
// push is stored; a good push is logged and answered with a receipt.
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
        return engine->handle(peer, message);
    }

    // Pushes the whole outbox and acknowledges it on the device, as a sync would.
    sync::Message pushAll()
    {
        const auto ops = device->outbox.pending(1000);
        const sync::Message reply = push(ops, std::int64_t(lastAcked + 1));
        if (reply.command == sync::Command::PushAck) {
            lastAcked = ops.back().deviceSeq;
            device->outbox.acknowledge(lastAcked);
        }
        return reply;
    }

    // What the server holds: ops, log leaves, measurements and the device's applied seq.
    QString stored()
    {
        return u"%1 ops, %2 leaves, %3 measurements, %4 records, last seq %5"_s
            .arg(count(*db, u"SELECT count(*) FROM sync_op"_s))
            .arg(count(*db, u"SELECT count(*) FROM evidence_log"_s))
            .arg(count(*db, u"SELECT count(*) FROM measurement"_s))
            .arg(count(*db, u"SELECT count(*) FROM evidence_record"_s))
            .arg(count(*db, u"SELECT max(last_seq) FROM device"_s));
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

QString errorCode(const sync::Message &reply)
{
    return reply.command == sync::Command::Error ? reply.header.value(u"code"_s).toString()
                                                 : u"(no error)"_s;
}

QString errorText(const sync::Message &reply)
{
    return reply.header.value(u"text"_s).toString();
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
        const QString before = s.stored();
        const auto reply = s.push(ops, 1);
        QCOMPARE(errorCode(reply), u"BAD_SIGNATURE"_s);
        QVERIFY2(errorText(reply).contains(u"does not verify"_s), qPrintable(errorText(reply)));
        QCOMPARE(s.stored(), before);
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
        const QString before = s.stored();
        const auto reply = s.push(ops, 1);
        QCOMPARE(errorCode(reply), u"WRONG_KEY"_s);
        QVERIFY2(errorText(reply).contains(QString::fromLatin1(other.publicKey.toHex())),
            qPrintable(errorText(reply)));
        QCOMPARE(s.stored(), before);
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
        const QString before = s.stored();
        const auto reply = s.push(ops, 1);
        QCOMPARE(errorCode(reply), u"EVIDENCE_GAP"_s);
        QVERIFY2(errorText(reply).contains(u"the next is 1"_s), qPrintable(errorText(reply)));
        QCOMPARE(s.stored(), before);
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
        const QString before = s.stored();
        const auto reply = s.push(ops, std::int64_t(s.lastAcked + 1));
        QCOMPARE(errorCode(reply), u"EVIDENCE_FORK"_s);
        QCOMPARE(s.stored(), before);
        // So is a second, different record at a seq the log holds.
        record.seq = 1;
        record.previousSha256 = QByteArray(32, '\0');
        resign(*recordOp(ops), record, s.keys);
        QCOMPARE(errorCode(s.push(ops, std::int64_t(s.lastAcked + 1))), u"EVIDENCE_FORK"_s);
        QCOMPARE(s.stored(), before);
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
        const QString before = s.stored();
        const auto reply = s.push(ops, std::int64_t(s.lastAcked + 1));
        QCOMPARE(errorCode(reply), u"EVIDENCE_REPLAY"_s);
        QVERIFY2(errorText(reply).contains(u"logged already"_s), qPrintable(errorText(reply)));
        QCOMPARE(s.stored(), before);
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
        const QString before = s.stored();
        const auto reply = s.push(ops, 1);
        QCOMPARE(errorCode(reply), u"KEY_REVOKED"_s);
        QCOMPARE(s.stored(), before);
        // A record signed before the revocation still verifies and is taken: the key is kept.
        s.db->prepare(u"UPDATE device SET revoked_at = ?"_s).bind(1, signedAt + 60'000).exec();
        QCOMPARE(s.push(ops, 1).command, sync::Command::PushAck);
        QCOMPARE(count(*s.db, u"SELECT count(*) FROM evidence_log"_s), 1);
    }

    void malformedRecordIsRefusedNamingTheField()
    {
        Setup s;
        s.device->measure(s.device->startInspection(s.district.permits[0]), 1.0);
        auto ops = s.device->outbox.pending(100);
        const QByteArray bytes = recordOp(ops)->value(kRecord)->blob();
        const QString before = s.stored();

        recordOp(ops)->set(kRecord, bytes.left(60)); // cut inside the seq
        auto reply = s.push(ops, 1);
        QCOMPARE(errorCode(reply), u"BAD_RECORD"_s);
        QVERIFY2(
            errorText(reply).contains(u"field seq: truncated"_s), qPrintable(errorText(reply)));

        recordOp(ops)->set(kRecord, u"not bytes"_s);
        reply = s.push(ops, 1);
        QCOMPARE(errorCode(reply), u"BAD_RECORD"_s);
        QVERIFY2(errorText(reply).contains(u"evidence_record.record must be bytes"_s),
            qPrintable(errorText(reply)));

        // Signed values that are not the values pushed with them.
        auto record = evidence::CanonicalRecord::decode(bytes);
        for (auto &value : record.values) {
            if (value.type == evidence::CanonicalRecord::Value::Type::Real)
                value.real = 0.5;
        }
        resign(*recordOp(ops), record, s.keys);
        reply = s.push(ops, 1);
        QCOMPARE(errorCode(reply), u"BAD_RECORD"_s);
        QVERIFY2(errorText(reply).contains(u"record.values differ from the measurement"_s),
            qPrintable(errorText(reply)));
        QCOMPARE(s.stored(), before);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceRefusals)
#include "tst_evidencerefusals.moc"
