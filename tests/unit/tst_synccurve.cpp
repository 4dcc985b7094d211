// CurveZMQ end to end: `outfall-server init` keys, outfallctl enrol/assign/unassign/revoke,
// device enrolment and sync; unknown, revoked and wrongly pinned keys refused; a device
// that is not a supervisor cannot assign.
#include "ctlharness.h"
#include "server/serverkeys.h"
#include "sync/enrolment.h"
#include "sync/requestchannel.h"

#include <QElapsedTimer>
#include <QTest>

using namespace synctest;
using namespace ctltest;
using namespace outfall;

// Refusals and silence are the point here: short waits, three tries.
constexpr int kQuickMs = 700;

class TestSyncCurve : public QObject, protected ctltest::CurveHarness
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        initialiseServer();
        startServer();
        QString output;
        QCOMPARE(
            ctl({u"assign"_s, u"A1"_s, m_district.permits[0], m_district.permits[1]}, &output), 0);
        QVERIFY2(output.contains(u"2 changed"_s), qPrintable(output));
    }

    void enrolledDeviceSyncsAndTokenIsOneUse()
    {
        const QString file = enrolmentFile(u"A1"_s, u"a1"_s);
        QVERIFY2(QFile::exists(file), qPrintable(file));
        Profile a1(m_dir.path() + u"/a1"_s, kQuickMs, 3);
        const auto enrolled = sync::Enrolment::enroll(a1.db, file);
        QCOMPARE(enrolled.inspectorId, m_district.inspectorA);
        const auto result = a1.sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(count(a1.db, u"SELECT count(*) FROM permit"_s), 2);
        // The route is the order the supervisor gave the permits in.
        auto route =
            a1.db.prepare(u"SELECT permit_id, route_order FROM assignment ORDER BY route_order"_s);
        QVERIFY(route.step());
        const QString first = route.text(0);
        const auto firstOrder = route.int64(1);
        QVERIFY(route.step());
        QVERIFY(route.int64(1) > firstOrder);
        QCOMPARE(first, m_district.permits[0]);

        Profile copy(m_dir.path() + u"/copy"_s, kQuickMs, 3);
        try {
            sync::Enrolment::enroll(copy.db, file);
            QFAIL("a used token enrolled a second device");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(u"used already"_s), e.what());
        }
    }

    void unknownAndWronglyPinnedKeysAreRefused()
    {
        Profile stranger(m_dir.path() + u"/stranger"_s, kQuickMs, 3);
        const auto keys = sync::CurveKeyPair::generate();
        stranger.db
            .prepare(u"INSERT INTO sync_identity (id, endpoint, server_public_key, public_key,"
                     u" secret_key, device_id, inspector_id, enrolled_at)"
                     u" VALUES (1, ?, ?, ?, ?, 'x', 'y', 0)"_s)
            .bind(1, m_server->endpoint())
            .bind(2, QString::fromLatin1(server::ServerKeys::load(m_data).publicKey))
            .bind(3, QString::fromLatin1(keys.publicKey))
            .bind(4, QString::fromLatin1(keys.secretKey))
            .exec();
        const auto refused = stranger.sync();
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(u"NOT_ENROLLED"_s), qPrintable(refused.error));

        // A device pinned to another server's key never completes the handshake.
        stranger.db.prepare(u"UPDATE sync_identity SET server_public_key = ?"_s)
            .bind(1, QString::fromLatin1(sync::CurveKeyPair::generate().publicKey))
            .exec();
        const auto silent = stranger.sync(1);
        QVERIFY(!silent.ok);
        QVERIFY2(silent.error.contains(u"did not answer"_s), qPrintable(silent.error));
    }

    void onlySupervisorsAssign()
    {
        const QString file = enrolmentFile(u"B1"_s, u"b1"_s);
        Profile b1(m_dir.path() + u"/b1"_s, kQuickMs, 3);
        sync::Enrolment::enroll(b1.db, file);
        auto config = sync::SyncClient::configFromStore(b1.db, b1.path);
        sync::RequestChannel::Options options;
        options.endpoint = config.endpoint;
        options.serverPublicKey = config.serverPublicKey;
        options.keys = config.keys;
        sync::RequestChannel channel(options);
        sync::Message assign;
        assign.command = sync::Command::Assign;
        assign.header.insert(u"i"_s, u"B1"_s);
        assign.header.insert(u"p"_s, QCborArray {m_district.permits[0]});
        try {
            channel.request(assign);
            QFAIL("an inspector's device assigned a permit");
        } catch (const sync::ProtocolError &e) {
            QCOMPARE(e.code(), sync::ErrorCode::Forbidden);
        }
    }

    void unassignPurgesAndRevokeRefuses()
    {
        const QString file = enrolmentFile(u"A1"_s, u"a2"_s);
        Profile a2(m_dir.path() + u"/a2"_s, kQuickMs, 3);
        const auto enrolled = sync::Enrolment::enroll(a2.db, file);
        QVERIFY(a2.sync().ok);
        QCOMPARE(count(a2.db, u"SELECT count(*) FROM permit"_s), 2);
        QCOMPARE(ctl({u"unassign"_s, u"A1"_s, m_district.permits[1]}), 0);
        const auto purged = a2.sync();
        QVERIFY2(purged.ok, qPrintable(purged.error));
        QCOMPARE(purged.purged, 1);
        QCOMPARE(count(a2.db, u"SELECT count(*) FROM permit"_s), 1);
        QCOMPARE(count(a2.db, u"SELECT count(*) FROM outlet"_s), 1);

        QString output;
        QCOMPARE(ctl({u"revoke"_s, enrolled.deviceId}, &output), 0);
        const auto refused = a2.sync(1);
        QVERIFY(!refused.ok);
    }

    // The ZAP handler refuses a revoked key in the handshake; the device says so at once
    // (HANDSHAKE_FAILED_AUTH from its socket monitor), not after its retries time out.
    void revokedDeviceIsToldAtOnce()
    {
        const QString file = enrolmentFile(u"A1"_s, u"a3"_s);
        Profile a3(m_dir.path() + u"/a3"_s, kQuickMs, 3);
        const auto enrolled = sync::Enrolment::enroll(a3.db, file);
        QVERIFY(a3.sync().ok);
        QCOMPARE(ctl({u"revoke"_s, enrolled.deviceId}), 0);
        auto config = sync::SyncClient::configFromStore(a3.db, a3.path);
        config.timeoutMs = 20'000;
        config.attempts = 3;
        QElapsedTimer timer;
        timer.start();
        const auto refused = sync::SyncClient(a3.db, config).syncOnce();
        const auto elapsed = timer.elapsed();
        QVERIFY(!refused.ok);
        QCOMPARE(refused.failure, sync::SyncClient::Result::Failure::KeyRefused);
        QVERIFY2(refused.error.contains(u"revoked"_s), qPrintable(refused.error));
        QVERIFY2(elapsed < config.timeoutMs, qPrintable(QString::number(elapsed)));
        qInfo("revoked device told in %lld ms", qint64(elapsed));
    }

    void adminCommandsOnUnknownNamesAreNotFound_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("revoke") << QStringList {u"revoke"_s, u"no-such-device"_s}
                                << u"no device with id 'no-such-device'"_s;
        QTest::newRow("enroll") << QStringList {u"enroll"_s, u"Z9"_s, u"--out"_s,
            m_dir.path() + u"/z9.enrol"_s}
                                << u"no active inspector with code or id 'Z9'"_s;
        QTest::newRow("assign inspector") << QStringList {u"assign"_s, u"Z9"_s,
            m_district.permits[0]} << u"no active inspector with code or id 'Z9'"_s;
        QTest::newRow("assign permit") << QStringList {u"assign"_s, u"B1"_s, m_district.permits[2],
            u"NO-PERMIT"_s} << u"no permit with number or id 'NO-PERMIT'"_s;
        QTest::newRow("unassign permit") << QStringList {u"unassign"_s, u"A1"_s, u"NO-PERMIT"_s}
                                         << u"no permit with number or id 'NO-PERMIT'"_s;
    }

    void adminCommandsOnUnknownNamesAreNotFound()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        auto db = server::ServerStore::open(m_data);
        const auto assignments = count(*db, u"SELECT count(*) FROM assignment"_s);
        QString output;
        QCOMPARE(ctl(arguments, &output), 3);
        QVERIFY2(output.contains(u"(NOT_FOUND)"_s) && output.contains(message), qPrintable(output));
        // Nothing changed: a command naming one unknown permit assigns none of the others.
        QCOMPARE(count(*db, u"SELECT count(*) FROM assignment"_s), assignments);
        QVERIFY(!QFile::exists(m_dir.path() + u"/z9.enrol"_s));
    }

    void cleanupTestCase() { m_server->stop(); }
};

QTEST_GUILESS_MAIN(TestSyncCurve)
#include "tst_synccurve.moc"
