// Sync with the programs as separate processes: `outfall-server run` SIGKILLed in the
// middle of a device's push and restarted on the same data directory (with the store in
// PostgreSQL: the device goes on with another front-end on the same database), and
// `outfall-device sync` SIGKILLed while it runs and run again. Both must converge with every
// acknowledged op kept, the rest delivered by the next sync, nothing doubled and the outbox empty.
#include "server/ctlcli.h"
#include "server/deviceregistry.h"
#include "server/pgengine.h"
#include "server/serverkeys.h"
#include "sync/enrolment.h"
#include "synctesthelpers.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <optional>
#include <thread>
#include <zmq.hpp>

using namespace synctest;
using namespace outfall;

namespace {

// A loopback port nobody listens on right now (the system picks it; closed again at once).
int freePort()
{
    zmq::context_t context;
    zmq::socket_t socket(context, zmq::socket_type::router);
    socket.set(zmq::sockopt::linger, 0);
    socket.bind("tcp://127.0.0.1:*");
    return QString::fromStdString(socket.get(zmq::sockopt::last_endpoint))
        .section(u':', -1)
        .toInt();
}

// `outfall-server run` on a loopback port, ready once it printed "serving"; the store in
// DATA, or in PostgreSQL (--db) when dbUrl is given.
class ServerProcess
{
public:
    ServerProcess(QString dataDir, int port, QString dbUrl = {})
        : m_dataDir(std::move(dataDir))
        , m_dbUrl(std::move(dbUrl))
        , m_port(port)
    { }
    ~ServerProcess() { kill(); }

    QString endpoint() const { return u"tcp://127.0.0.1:%1"_s.arg(m_port); }
    qint64 pid() const { return m_process.processId(); }

    bool start()
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList arguments {u"run"_s, u"--data"_s, m_dataDir, u"--bind"_s, endpoint()};
        if (!m_dbUrl.isEmpty())
            arguments << u"--db"_s << m_dbUrl << u"--blobs"_s << m_dbUrl;
        m_process.start(QStringLiteral(OUTFALL_SERVER_EXE), arguments);
        QByteArray out;
        while (!out.contains("serving") && m_process.waitForReadyRead(10'000))
            out += m_process.readAllStandardOutput();
        return out.contains("serving");
    }

    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(10'000);
    }

    // After an outside SIGKILL: reaps the process.
    bool waitKilled()
    {
        return m_process.waitForFinished(10'000) && m_process.exitStatus() == QProcess::CrashExit;
    }

private:
    QString m_dataDir;
    QString m_dbUrl;
    int m_port;
    QProcess m_process;
};

} // namespace

class TestSyncProcesses : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_data;
    QString m_dbUrl; // the store in PostgreSQL (storeOnPostgres); empty: DATA/outfall.db
    District m_district;
    int m_port = 0;
    std::unique_ptr<pgtest::Cluster> m_standby; // promotedStandbyHoldsEveryAcknowledgedOp's

    std::unique_ptr<store::Database> openStore()
    {
        return m_dbUrl.isEmpty() ? server::ServerStore::open(m_data)
                                 : server::ServerStore::openPostgres(m_dbUrl);
    }

    // A second front-end's directory: its own, holding the first's keys (a device knows the
    // server by its public key, the evidence log is signed with one key).
    QString otherFrontEndDir()
    {
        return frontEndDirLike(m_data, m_dir.path() + u"/second-front-end"_s);
    }

    int ctl(const QString &endpoint, const QStringList &arguments)
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        return server::CtlCli(&outStream, &errStream)
            .run(QStringList {u"outfallctl"_s, u"--server"_s, endpoint, u"--credential"_s,
                     server::ServerKeys::credentialPath(m_data)}
                + arguments);
    }

    QString enrolmentFile(const QString &endpoint, const QString &name)
    {
        const QString file = m_dir.path() + u'/' + name + u".enrol"_s;
        return ctl(endpoint, {u"enroll"_s, u"A1"_s, u"--out"_s, file}) == 0 ? file : QString();
    }

    // A device store enrolled through the server (keys, identity, clock node).
    std::unique_ptr<Device> enrolledDevice(const QString &endpoint, const QString &name)
    {
        const QString path = m_dir.path() + u'/' + name;
        QDir().mkpath(path);
        const QString file = enrolmentFile(endpoint, name);
        if (file.isEmpty())
            return {};
        sync::Enrolment::Result enrolled;
        {
            store::Database db(path + u"/device.db"_s);
            store::Migrator::migrate(db, store::StoreRole::Device);
            enrolled = sync::Enrolment::enroll(db, file);
        }
        auto device =
            std::make_unique<Device>(path, enrolled.deviceId, enrolled.inspectorId, endpoint);
        device->config = sync::SyncClient::configFromStore(device->db, path);
        // The assigned permits, which the device's inspection rows point at.
        if (!sync::SyncClient(device->db, device->config).syncOnce().ok)
            return {};
        return device;
    }

    // An inspection and its measurements: the row ids of everything written.
    static QSet<QString> recordMany(Device &device, const QString &permit, int measurements)
    {
        const sync::Uuid inspection = device.startInspection(permit);
        QSet<QString> ids {inspection.toText()};
        for (int i = 0; i < measurements; ++i)
            ids.insert(device.measure(inspection, 40.0 + i % 50).toText());
        // An enrolled device signs each measurement (docs/evidence.md): its record is a row
        // and an op too, pushed and acknowledged like the measurement.
        auto records = device.db.prepare(
            u"SELECT id FROM evidence_record WHERE id IN (SELECT row_id FROM outbox)"_s);
        while (records.step())
            ids.insert(records.text(0));
        return ids;
    }

    // Batches of 50 ops (so a push has many acknowledgements), two tries of timeoutMs.
    static void pushInSmallBatches(Device &device, int timeoutMs)
    {
        device.config.pushBatchOps = 50;
        device.config.timeoutMs = timeoutMs;
        device.config.attempts = 2;
    }

    static QSet<QString> outboxRows(Device &device)
    {
        QSet<QString> rows;
        auto statement = device.db.prepare(u"SELECT row_id FROM outbox"_s);
        while (statement.step())
            rows.insert(statement.text(0));
        return rows;
    }

    // The rows of the device's ops the server's store holds.
    QSet<QString> storedRowsOf(const QString &deviceId)
    {
        auto db = openStore();
        auto rows = db->prepare(u"SELECT row_id FROM sync_op WHERE device_id = ?"_s);
        rows.bind(1, deviceId);
        QSet<QString> stored;
        while (rows.step())
            stored.insert(rows.text(0));
        return stored;
    }

    // The server store holds each of the device's rows once, each op once.
    void verifyServerHoldsOnce(const QString &deviceId, const QSet<QString> &ids)
    {
        auto db = openStore();
        QCOMPARE(count(*db, u"SELECT count(*) FROM sync_op WHERE device_id = '%1'"_s.arg(deviceId)),
            ids.size());
        QCOMPARE(count(*db,
                     u"SELECT count(DISTINCT row_id) FROM sync_op WHERE device_id = '%1'"_s.arg(
                         deviceId)),
            ids.size());
        auto rows = db->prepare(u"SELECT id FROM measurement UNION ALL SELECT id FROM inspection"
                                u" UNION ALL SELECT id FROM evidence_record"_s);
        QSet<QString> held;
        while (rows.step())
            held.insert(rows.text(0));
        QVERIFY(QSet<QString>(ids).subtract(held).isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_data = m_dir.path() + u"/server"_s;
        m_district = initialiseCurveStore(m_data, &m_dbUrl);
        auto db = openStore();
        server::Peer admin;
        admin.role = u"admin"_s;
        server::DeviceRegistry(*db).assign(
            admin, u"A1"_s, {m_district.permits[0], m_district.permits[1]});
        m_port = freePort();
    }

    void serverKilledMidPushLosesNothing()
    {
        ServerProcess server(m_data, m_port, m_dbUrl);
        QVERIFY(server.start());
        auto device = enrolledDevice(server.endpoint(), u"killserver"_s);
        QVERIFY(device);
        pushInSmallBatches(*device, 500);
        const QSet<QString> ids = recordMany(*device, m_district.permits[0], 1999);
        const qint64 total = ids.size();

        // SIGKILL a few ms after the first acknowledgement, while later batches are sent.
        std::thread killer;
        const qint64 pid = server.pid();
        const auto first =
            sync::SyncClient(device->db, device->config)
                .syncOnce([&](const sync::SyncClient::Progress &p) {
                    if (p.phase == u"push" && p.done > 0 && !killer.joinable()) {
                        killer = std::thread([pid] {
                            std::this_thread::sleep_for(std::chrono::milliseconds(3));
                            ::kill(pid_t(pid), SIGKILL);
                        });
                    }
                });
        QVERIFY(killer.joinable());
        killer.join();
        QVERIFY(server.waitKilled());
        QVERIFY2(!first.ok, "the push finished before the kill");
        QCOMPARE(first.failure, sync::SyncClient::Result::Failure::Unreachable);

        // Every op the device saw acknowledged left its outbox and is in the server's store.
        const QSet<QString> pending = outboxRows(*device);
        QSet<QString> acknowledged = ids;
        acknowledged.subtract(pending);
        QVERIFY(acknowledged.size() >= 50);
        QVERIFY(!pending.isEmpty());
        QCOMPARE(first.pushed, qint64(acknowledged.size()));
        {
            const QSet<QString> stored = storedRowsOf(device->config.deviceId);
            QVERIFY(QSet<QString>(acknowledged).subtract(stored).isEmpty());
            qInfo("acknowledged %lld of %lld ops before the kill; the store held %lld",
                qint64(acknowledged.size()), total, qint64(stored.size()));
        }

        // SQLite: the server restarted on its directory. PostgreSQL: the device goes on with
        // another front-end on the same database, the killed one left down.
        std::optional<ServerProcess> other;
        if (m_dbUrl.isEmpty()) {
            QVERIFY(server.start());
        } else {
            other.emplace(otherFrontEndDir(), freePort(), m_dbUrl);
            QVERIFY(other->start());
            device->config.endpoint = other->endpoint();
        }
        const auto second = sync::SyncClient(device->db, device->config).syncOnce();
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(count(device->db, u"SELECT count(*) FROM outbox"_s), 0);
        QCOMPARE(count(device->db, u"SELECT count(*) FROM push_batch"_s), 0);
        verifyServerHoldsOnce(device->config.deviceId, ids);
        server.kill();
    }

    void deviceKilledMidSyncConverges()
    {
        ServerProcess server(m_data, m_port, m_dbUrl);
        QVERIFY(server.start());
        auto device = enrolledDevice(server.endpoint(), u"killdevice"_s);
        QVERIFY(device);
        const QString profile = m_dir.path() + u"/killdevice"_s;
        const QString deviceId = device->config.deviceId;
        const QSet<QString> ids = recordMany(*device, m_district.permits[1], 4999);
        device.reset(); // the CLI opens the profile itself

        // Killed at a few points of its push (batches of 1000 ops), then run to the end.
        int killed = 0;
        for (const int afterMs : {0, 40, 120, 250}) {
            QProcess sync;
            sync.start(QStringLiteral(OUTFALL_DEVICE_EXE), {u"--profile"_s, profile, u"sync"_s});
            sync.setReadChannel(QProcess::StandardError);
            QVERIFY(sync.waitForStarted());
            QByteArray err;
            while (!err.contains("sync: push") && sync.waitForReadyRead(10'000))
                err += sync.readAllStandardError();
            QTest::qWait(afterMs);
            if (sync.state() == QProcess::Running) {
                ::kill(pid_t(sync.processId()), SIGKILL);
                ++killed;
            }
            // (waitForFinished is false for a process that is done already)
            QVERIFY(sync.state() == QProcess::NotRunning || sync.waitForFinished(10'000));
        }
        QVERIFY(killed > 0);
        QProcess sync;
        sync.start(
            QStringLiteral(OUTFALL_DEVICE_EXE), {u"--profile"_s, profile, u"sync"_s, u"--json"_s});
        QVERIFY(sync.waitForFinished(60'000));
        QVERIFY2(sync.exitCode() == 0, sync.readAllStandardError().constData());

        store::Database db(profile + u"/device.db"_s);
        QCOMPARE(count(db, u"SELECT count(*) FROM outbox"_s), 0);
        QCOMPARE(count(db, u"SELECT count(*) FROM push_batch"_s), 0);
        verifyServerHoldsOnce(deviceId, ids);
        // Same state on both sides: the device holds every measurement of its inspector (its
        // own and the other device's, pulled), as the server does.
        auto serverDb = openStore();
        const auto measurements = count(*serverDb, u"SELECT count(*) FROM measurement"_s);
        QVERIFY(measurements >= 4999);
        QCOMPARE(count(db, u"SELECT count(*) FROM measurement"_s), measurements);
        server.kill();
    }

    // A server that stops answering without closing its connections (SIGSTOP: the kernel
    // keeps the sockets) is noticed by the heartbeats, not after the request timeout.
    void stoppedServerIsNoticedByHeartbeats()
    {
        ServerProcess server(m_data, m_port, m_dbUrl);
        QVERIFY(server.start());
        auto device = enrolledDevice(server.endpoint(), u"stopped"_s);
        QVERIFY(device);
        pushInSmallBatches(*device, 30'000);
        device->config.heartbeatMs = 200; // a silent connection is dropped after 600 ms
        const QSet<QString> ids = recordMany(*device, m_district.permits[0], 499);
        const qint64 pid = server.pid();
        QElapsedTimer sinceStop;
        const auto cut = sync::SyncClient(device->db, device->config)
                             .syncOnce([&](const sync::SyncClient::Progress &p) {
                                 if (p.phase == u"push" && p.done > 0 && !sinceStop.isValid()) {
                                     ::kill(pid_t(pid), SIGSTOP);
                                     sinceStop.start();
                                 }
                             });
        const qint64 noticedAfter = sinceStop.elapsed();
        ::kill(pid_t(pid), SIGCONT);
        QVERIFY(sinceStop.isValid());
        QVERIFY(!cut.ok);
        QCOMPARE(cut.failure, sync::SyncClient::Result::Failure::Unreachable);
        qInfo("a stopped server was given up after %lld ms (2 tries of 30 s without heartbeats)",
            noticedAfter);
        QVERIFY(noticedAfter < device->config.timeoutMs);

        device->config.heartbeatMs = 5000;
        const auto resumed = sync::SyncClient(device->db, device->config).syncOnce();
        QVERIFY2(resumed.ok, qPrintable(resumed.error));
        QCOMPARE(count(device->db, u"SELECT count(*) FROM outbox"_s), 0);
        verifyServerHoldsOnce(device->config.deviceId, ids);
        server.kill();
    }

    // A revoked device's `outfall-device sync` exits 3 with a plain sentence, without
    // waiting for its retries to time out.
    void revokedDeviceSyncExitsThree()
    {
        ServerProcess server(m_data, m_port, m_dbUrl);
        QVERIFY(server.start());
        auto device = enrolledDevice(server.endpoint(), u"revoked"_s);
        QVERIFY(device);
        QCOMPARE(ctl(server.endpoint(), {u"revoke"_s, device->config.deviceId}), 0);
        device.reset();
        QProcess sync;
        QElapsedTimer timer;
        timer.start();
        sync.start(QStringLiteral(OUTFALL_DEVICE_EXE),
            {u"--profile"_s, m_dir.path() + u"/revoked"_s, u"sync"_s, u"--json"_s});
        QVERIFY(sync.waitForFinished(60'000));
        qInfo("outfall-device sync of a revoked device took %lld ms", qint64(timer.elapsed()));
        QCOMPARE(sync.exitCode(), 3);
        const QJsonObject json = QJsonDocument::fromJson(sync.readAllStandardOutput()).object();
        QCOMPARE(json.value(u"ok"_s).toBool(true), false);
        QCOMPARE(json.value(u"key_refused"_s).toBool(), true);
        QVERIFY2(json.value(u"error"_s).toString().contains(u"revoked"_s),
            qPrintable(json.value(u"error"_s).toString()));
        // The client's own budget would be 4 tries of 3 s; the refusal comes first.
        QVERIFY(timer.elapsed() < 12'000);
        server.kill();
    }

    // Issue 14 part 3: the store's database has a streaming-replication standby with
    // synchronous commit (docs/deploy.md). The primary crashes (every PostgreSQL process
    // killed) and its front-end is SIGKILLed while a device is pushing; the standby is promoted
    // and a new front-end serves from it (the crash comes once ten batches of the push were
    // acknowledged). Every op the device saw acknowledged is on the
    // promoted standby before the device tries again; then the rest arrives, each op once.
    // Last of the slots: the program's database is the promoted standby's from here on.
    void promotedStandbyHoldsEveryAcknowledgedOp()
    {
        if (m_dbUrl.isEmpty())
            QSKIP("a standby and its promotion are PostgreSQL's: tst_syncprocesses_postgresql");
        pgtest::Cluster &primary = postgresCluster();
        m_standby = pgtest::Cluster::standbyOf(primary);
        QVERIFY2(m_standby->running(), qPrintable(m_standby->problem()));
        {
            // A commit waits until the standby has its WAL on disk: the acknowledgement a
            // front-end sends after its commit then never names what a failover would lose.
            store::Database db(std::make_unique<server::PgEngine>(m_dbUrl));
            db.exec(u"ALTER SYSTEM SET synchronous_standby_names = '*'"_s);
            db.exec(u"SELECT pg_reload_conf()"_s);
            QTRY_VERIFY_WITH_TIMEOUT(count(db,
                                         u"SELECT count(*) FROM pg_stat_replication"
                                         u" WHERE sync_state = 'sync'"_s)
                    == 1,
                20'000);
        }
        ServerProcess server(m_data, freePort(), m_dbUrl);
        QVERIFY(server.start());
        auto device = enrolledDevice(server.endpoint(), u"failover"_s);
        QVERIFY(device);
        pushInSmallBatches(*device, 1000);
        const QSet<QString> ids = recordMany(*device, m_district.permits[1], 1999);

        std::thread crash;
        bool crashed = false;
        const qint64 pid = server.pid();
        const auto first =
            sync::SyncClient(device->db, device->config)
                .syncOnce([&](const sync::SyncClient::Progress &p) {
                    if (p.phase == u"push" && p.done >= 500 && !crash.joinable()) {
                        crash = std::thread([&, pid] {
                            std::this_thread::sleep_for(std::chrono::milliseconds(3));
                            crashed = primary.crash();
                            ::kill(pid_t(pid), SIGKILL);
                        });
                    }
                });
        QVERIFY(crash.joinable());
        crash.join();
        QVERIFY2(crashed, qPrintable(primary.problem()));
        QVERIFY(server.waitKilled());
        QVERIFY2(!first.ok, "the push finished before the crash");
        const QSet<QString> pending = outboxRows(*device);
        QSet<QString> acknowledged = ids;
        acknowledged.subtract(pending);
        QVERIFY(acknowledged.size() >= 500);
        QVERIFY(!pending.isEmpty());

        QVERIFY2(m_standby->promote(), qPrintable(m_standby->problem()));
        m_dbUrl = m_standby->url(QUrl(m_dbUrl).path().mid(1));
        {
            const QSet<QString> stored = storedRowsOf(device->config.deviceId);
            QVERIFY(QSet<QString>(acknowledged).subtract(stored).isEmpty());
            qInfo("acknowledged %lld of %lld ops before the crash; the promoted standby held %lld",
                qint64(acknowledged.size()), qint64(ids.size()), qint64(stored.size()));
        }

        ServerProcess promoted(otherFrontEndDir(), freePort(), m_dbUrl);
        QVERIFY(promoted.start());
        device->config.endpoint = promoted.endpoint();
        const auto second = sync::SyncClient(device->db, device->config).syncOnce();
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(count(device->db, u"SELECT count(*) FROM outbox"_s), 0);
        verifyServerHoldsOnce(device->config.deviceId, ids);
        promoted.kill();
    }
};

QTEST_GUILESS_MAIN(TestSyncProcesses)
#include "tst_syncprocesses.moc"
