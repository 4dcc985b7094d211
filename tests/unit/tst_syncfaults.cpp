// Sync under faults: a proxy that drops, duplicates and reorders messages; a device that
// never hears its acknowledgement; garbage, truncated, oversized and bomb messages, which
// get ERROR replies while another device keeps syncing.
#include "demo/opsamplegenerator.h"
#include "faultproxy.h"
#include "sync/message.h"
#include "sync/opcodec.h"
#include "synctesthelpers.h"

#include <QCborValue>
#include <QTest>

#include <zmq.hpp>
#include <zmq_addon.hpp>

using namespace synctest;
using namespace outfall;

namespace {

// A raw DEALER for sending what no SyncClient would.
class RawPeer
{
public:
    explicit RawPeer(const QString &endpoint)
        : m_socket(m_context, zmq::socket_type::dealer)
    {
        m_socket.set(zmq::sockopt::linger, 0);
        m_socket.connect(endpoint.toStdString());
    }

    void send(const std::vector<QByteArray> &frames)
    {
        std::vector<zmq::message_t> out;
        for (const QByteArray &frame : frames)
            out.emplace_back(frame.constData(), std::size_t(frame.size()));
        zmq::send_multipart(m_socket, out);
    }

    // The reply's command and error code, or "" when none comes within the timeout.
    QPair<QString, QString> receive(int timeoutMs = 3000)
    {
        zmq::pollitem_t item {m_socket.handle(), 0, ZMQ_POLLIN, 0};
        zmq::poll(&item, 1, std::chrono::milliseconds(timeoutMs));
        if (!(item.revents & ZMQ_POLLIN))
            return {};
        std::vector<zmq::message_t> frames;
        (void)zmq::recv_multipart(m_socket, std::back_inserter(frames));
        const auto message = sync::Message::fromFrames(frames, {});
        return {QString::fromLatin1(sync::commandName(message.command)),
            message.header.value(u"code"_s).toString()};
    }

private:
    zmq::context_t m_context;
    zmq::socket_t m_socket;
};

QByteArray header(const QCborMap &map)
{
    return map.toCborValue().toCbor();
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faultyNetworkLosesAndDoublesNothing_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed = 11; seed <= 13; ++seed)
            QTest::addRow("seed %llu", seed) << seed;
    }
    void faultyNetworkLosesAndDoublesNothing()
    {
        QFETCH(quint64, seed);
        World world;
        FaultProxy proxy(world.endpoint, {20, 15, 15, false}, seed);
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        auto a2 = world.device(world.district.inspectorA, u"a2"_s);
        a1->config.endpoint = proxy.endpoint();
        a1->config.timeoutMs = 250;
        a1->config.attempts = 8;
        a1->config.pushBatchOps = 7;
        // Each sync may lose its way through the proxy (a 250 ms wait per lost reply, 8 tries);
        // on a loaded machine a slow reply counts as lost too, so the device tries up to 40
        // times: what is asserted is that nothing is lost or doubled, not how fast.
        const auto syncUntilOk = [](Device &device) {
            for (int attempt = 0; attempt < 40; ++attempt) {
                if (device.sync().ok)
                    return true;
            }
            return false;
        };
        QVERIFY(syncUntilOk(*a1));
        const auto inspection = a1->startInspection(world.district.permits[0]);
        int measurements = 0;
        for (int round = 0; round < 4; ++round) {
            for (int i = 0; i < 9; ++i, ++measurements)
                a1->measure(inspection, measurements);
            a1->setSummary(inspection, u"round %1"_s.arg(round));
            QVERIFY(syncUntilOk(*a1));
        }
        QVERIFY(proxy.dropped() + proxy.duplicated() + proxy.reordered() > 0);
        QVERIFY(a2->sync().ok);
        auto server = world.serverDb();
        QCOMPARE(count(*server, u"SELECT count(*) FROM measurement"_s), measurements);
        QCOMPARE(count(*server, u"SELECT count(*) FROM sync_op"_s), measurements + 5);
        QCOMPARE(count(a2->db, u"SELECT count(*) FROM measurement"_s), measurements);
        QCOMPARE(count(a1->db, u"SELECT count(*) FROM outbox"_s), 0);
        auto summary = [](store::Database &db) {
            auto statement = db.prepare(u"SELECT summary FROM inspection"_s);
            return statement.step() ? statement.text(0) : QString();
        };
        QCOMPARE(summary(a2->db), u"round 3"_s);
        QCOMPARE(summary(*server), u"round 3"_s);
    }

    void deviceThatNeverHearsTheAckCompletesNextTime()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        QVERIFY(a1->sync().ok);
        const auto inspection = a1->startInspection(world.district.permits[0]);
        for (int i = 0; i < 10; ++i)
            a1->measure(inspection, i);
        {
            // Every answer after the HELLO's is lost: the server applies the push, the device
            // gives up. (Losing the HELLO's too would stop the device before it pushed.)
            FaultProxy deaf(world.endpoint, {0, 0, 0, true, 1}, 1);
            a1->config.endpoint = deaf.endpoint();
            a1->config.timeoutMs = 200;
            a1->config.attempts = 2;
            QVERIFY(!a1->sync().ok);
        }
        QCOMPARE(a1->outbox.pendingCount(), 11); // nothing deleted without an ack
        QCOMPARE(count(*world.serverDb(), u"SELECT count(*) FROM measurement"_s), 10);
        // The device restarts (a new client on the same store) and syncs directly.
        a1->config.endpoint = world.endpoint;
        const auto result = a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.pushed, 11);
        QCOMPARE(a1->outbox.pendingCount(), 0);
        auto server = world.serverDb();
        QCOMPARE(count(*server, u"SELECT count(*) FROM measurement"_s), 10);
        QCOMPARE(count(*server, u"SELECT count(*) FROM sync_op"_s), 11);
    }

    void badMessagesGetErrorsWhileOthersSync()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        auto b1 = world.device(world.district.inspectorB, u"b1"_s);
        QVERIFY(b1->sync().ok);
        RawPeer raw(world.endpoint);
        const QByteArray id(8, 'r');
        QCborMap plain;
        plain.insert(u"d"_s, a1->config.deviceId);

        raw.send({"garbage"});
        QCOMPARE(raw.receive(), qMakePair(u"ERROR"_s, u"BAD_FRAMES"_s));
        raw.send({"OUTFALL0", "HELLO", id, {}, {}});
        QCOMPARE(raw.receive(), qMakePair(u"ERROR"_s, u"BAD_TAG"_s));
        raw.send({"OUTFALL1", "SELF_DESTRUCT", id, {}, {}});
        QCOMPARE(raw.receive(), qMakePair(u"ERROR"_s, u"UNKNOWN_COMMAND"_s));
        raw.send({"OUTFALL1", "HELLO", id}); // truncated
        QCOMPARE(raw.receive(), qMakePair(u"ERROR"_s, u"BAD_FRAMES"_s));
        raw.send({"OUTFALL1", "HELLO", id, "\xbf\x61", {}}); // CBOR cut short
        QCOMPARE(raw.receive(), qMakePair(u"ERROR"_s, u"MALFORMED"_s));
        raw.send({"OUTFALL1", "HELLO", id, {}, QByteArray(9 * 1024 * 1024, 'x')});
        QCOMPARE(raw.receive(), qMakePair(u"ERROR"_s, u"TOO_LARGE"_s));
        raw.send({"OUTFALL1", "HELLO", id, {}, {}}); // no identity in plain mode
        QCOMPARE(raw.receive(), qMakePair(u"ERROR"_s, u"NOT_ENROLLED"_s));

        // A decompression bomb: a frame that declares 1 GiB of body. Above the bound: a
        // device that sent it would send smaller batches; nothing is allocated.
        QByteArray bomb("\x01\x01\0\0\0\0\x40\0\0\0", 10);
        bomb += QByteArray(64, '\0');
        QCborMap push = plain;
        push.insert(u"b"_s, QByteArray(16, 'b'));
        push.insert(u"f"_s, 1);
        push.insert(u"l"_s, 1);
        raw.send({"OUTFALL1", "PUSH", id, header(push), bomb});
        QCOMPARE(raw.receive(), qMakePair(u"ERROR"_s, u"TOO_LARGE"_s));
        // A frame that does not decode is MALFORMED.
        raw.send({"OUTFALL1", "PUSH", id, header(push),
            QByteArray("\x01\x00\0\0\0\0\0\0\0\x05"
                       "abc",
                13)});
        QCOMPARE(raw.receive(), qMakePair(u"ERROR"_s, u"MALFORMED"_s));
        // A batch that skips seqs is refused with the seq the server expects.
        sync::OpSampleGenerator generator(5);
        sync::OpCodec codec;
        auto ops = generator.measurements(2);
        ops[0].deviceSeq = 5;
        ops[1].deviceSeq = 6;
        push.insert(u"f"_s, 5);
        push.insert(u"l"_s, 6);
        raw.send({"OUTFALL1", "PUSH", id, header(push), codec.encode(ops)});
        QCOMPARE(raw.receive(), qMakePair(u"ERROR"_s, u"SEQ_GAP"_s));

        // Above ZMQ_MAXMSGSIZE the server drops the connection without an answer.
        raw.send({"OUTFALL1", "HELLO", id, {}, QByteArray(17 * 1024 * 1024, 'x')});
        QCOMPARE(raw.receive(500), qMakePair(QString(), QString()));

        // Meanwhile the server serves everyone else as before.
        QVERIFY(a1->sync().ok);
        const auto inspection = a1->startInspection(world.district.permits[0]);
        a1->measure(inspection, 1.0);
        const auto result = a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.pushed, 2);
        QVERIFY(b1->sync().ok);
        QCOMPARE(count(*world.serverDb(), u"SELECT count(*) FROM measurement"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
