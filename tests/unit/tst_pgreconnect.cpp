// A PostgreSQL connection that breaks (the database restarted, a failover, a network cut) is
// made again by PgEngine between transactions, and never in the middle of one: a front-end
// goes on serving after PostgreSQL comes back, without a restart, and no transaction is ever
// half written or carried on over a new connection as if it were whole.
#include "server/pgengine.h"
#include "store/sqliteerror.h"
#include "synctesthelpers.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <sqlite3.h>
#include <thread>

using namespace synctest;

namespace {

std::int64_t backendOf(store::Database &db)
{
    auto pid = db.prepare(u"SELECT pg_backend_pid()"_s);
    return pid.step() ? pid.int64(0) : -1;
}

// What an administrator's pg_terminate_backend, or PostgreSQL's own restart, does to a session.
void cut(const QString &url, std::int64_t backend)
{
    store::Database other(std::make_unique<server::PgEngine>(url));
    // With a timeout it returns once the backend is gone, its goodbye sent.
    auto terminate = other.prepare(u"SELECT pg_terminate_backend(?, 10000)"_s);
    terminate.bind(1, backend);
    if (!terminate.step() || terminate.int64(0) != 1)
        qFatal("could not end backend %lld", static_cast<long long>(backend));
}

} // namespace

class TestPgReconnect : public QObject
{
    Q_OBJECT

    QString m_url;
    std::unique_ptr<store::Database> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = pgtest::notInstalledReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        qputenv("OUTFALL_TEST_STORE", "postgresql"); // World's store: a database of its own
    }

    void init()
    {
        m_url = newPostgresStore();
        m_db = std::make_unique<store::Database>(std::make_unique<server::PgEngine>(m_url));
        m_db->exec(u"CREATE TABLE t (n bigint NOT NULL)"_s);
    }

    void cleanup() { m_db.reset(); }

    // The server closed the connection while it was idle: the next statement, one prepared
    // before, runs on a new connection without an error.
    void aConnectionClosedWhileIdleIsMadeAgainBeforeTheNextStatement()
    {
        auto rows = m_db->cached(u"SELECT count(*) FROM t"_s);
        QVERIFY(rows.step());
        rows.reset();
        m_db->setBusyTimeout(0);
        const std::int64_t before = backendOf(*m_db);
        cut(m_url, before);
        QVERIFY(rows.step());
        QCOMPARE(rows.int64(0), 0);
        rows.reset();
        QVERIFY(backendOf(*m_db) != before);
        // The session's settings came with it: the busy timeout the caller set.
        auto timeout = m_db->prepare(u"SELECT current_setting('lock_timeout')"_s);
        QVERIFY(timeout.step());
        QCOMPARE(timeout.text(0), u"1ms"_s);
    }

    // The connection broke while a statement ran: that statement fails, saying so; the next
    // runs on a new connection.
    void aStatementRunningWhenTheConnectionBreaksFailsAndTheNextRuns()
    {
        const std::int64_t before = backendOf(*m_db);
        std::thread cutter([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cut(m_url, before);
        });
        try {
            m_db->prepare(u"SELECT pg_sleep(5)"_s).step();
            cutter.join();
            QFAIL("a statement outlived its connection");
        } catch (const store::SqliteError &e) {
            cutter.join();
            QCOMPARE(e.code(), SQLITE_IOERR);
            QVERIFY2(e.message().contains(u"the connection broke"_s), qPrintable(e.message()));
        }
        QCOMPARE(count(*m_db, u"SELECT count(*) FROM t"_s), 0);
        QVERIFY(backendOf(*m_db) != before);
    }

    void aTransactionWhoseConnectionBrokeIsNeitherHalfWrittenNorCarriedOn()
    {
        {
            store::Transaction transaction(*m_db);
            m_db->prepare(u"INSERT INTO t (n) VALUES (1)"_s).exec();
            cut(m_url, backendOf(*m_db));
            QVERIFY_THROWS_EXCEPTION(
                store::SqliteError, m_db->prepare(u"INSERT INTO t (n) VALUES (2)"_s).exec());
            // Not on a new connection either: its first half would be gone, its second written.
            try {
                m_db->prepare(u"INSERT INTO t (n) VALUES (3)"_s).exec();
                QFAIL("a transaction went on over a new connection");
            } catch (const store::SqliteError &e) {
                QCOMPARE(e.code(), SQLITE_IOERR);
                QVERIFY2(e.message().contains(u"broke during this transaction"_s),
                    qPrintable(e.message()));
            }
            QVERIFY_THROWS_EXCEPTION(store::SqliteError, transaction.commit());
        } // the caller's rollback: nothing to undo, no error
        QVERIFY(!m_db->inTransaction());
        QCOMPARE(count(*m_db, u"SELECT count(*) FROM t"_s), 0);
        store::Transaction next(*m_db);
        m_db->prepare(u"INSERT INTO t (n) VALUES (4)"_s).exec();
        next.commit();
        QCOMPARE(count(*m_db, u"SELECT count(*) FROM t"_s), 1);
    }

    // A connection found broken at BEGIN had nothing of the caller's on it: the transaction
    // begins on a new one rather than failing (a front-end's first push after an outage).
    void aTransactionBegunOnABrokenConnectionBeginsOnANewOne()
    {
        const std::int64_t before = backendOf(*m_db);
        cut(m_url, before);
        store::Transaction transaction(*m_db);
        m_db->prepare(u"INSERT INTO t (n) VALUES (5)"_s).exec();
        transaction.commit();
        QCOMPARE(count(*m_db, u"SELECT count(*) FROM t WHERE n = 5"_s), 1);
        QVERIFY(backendOf(*m_db) != before);
    }

    void aFrontEndServesOnAfterPostgresRestarts()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        QVERIFY(a1->sync().ok);
        const auto inspection = a1->startInspection(world.district.permits[0]);
        a1->measure(inspection, 41.0);

        QVERIFY2(postgresCluster().stop(), qPrintable(postgresCluster().problem()));
        a1->config.timeoutMs = 1000;
        a1->config.attempts = 1;
        const auto down = a1->sync();
        QVERIFY(!down.ok);
        QCOMPARE(a1->outbox.pendingCount(), 2); // kept for the next sync

        QVERIFY2(postgresCluster().start(), qPrintable(postgresCluster().problem()));
        // The same front-end, not restarted: its connections are made again.
        a1->config.timeoutMs = 3000;
        a1->config.attempts = 3;
        const auto up = a1->sync();
        QVERIFY2(up.ok, qPrintable(up.error));
        QCOMPARE(up.pushed, 2);
        QCOMPARE(a1->outbox.pendingCount(), 0);
        QCOMPARE(count(*world.serverDb(), u"SELECT count(*) FROM measurement"_s), 1);
        auto a2 = world.device(world.district.inspectorA, u"a2"_s);
        const auto pulled = a2->sync();
        QVERIFY2(pulled.ok, qPrintable(pulled.error));
        QCOMPARE(count(a2->db, u"SELECT count(*) FROM measurement"_s), 1);
    }

    // Failover with a libpq multi-host URL naming the primary and its standby (docs/deploy.md):
    // the primary crashes, the standby is promoted, and the same front-end, not restarted,
    // finds the new primary at its next connection and serves the device's next sync.
    // Last of the slots: the program's cluster is gone after it.
    void aFrontEndOnAMultiHostUrlFollowsAFailover()
    {
        World world;
        pgtest::Cluster &primary = postgresCluster();
        auto standby = pgtest::Cluster::standbyOf(primary);
        QVERIFY2(standby->running(), qPrintable(standby->problem()));
        const QUrl single(world.dbUrl);
        const QString database = single.path().mid(1);
        QUrlQuery both(single);
        const QString primaryHost = both.queryItemValue(u"host"_s);
        const QString standbyHost =
            QUrlQuery(QUrl(standby->url(database))).queryItemValue(u"host"_s);
        world.server.reset();
        world.dbUrl = u"postgresql:///%1?host=%2,%3&user=%4&target_session_attrs=read-write"_s.arg(
            database, primaryHost, standbyHost, both.queryItemValue(u"user"_s));
        world.startServer();

        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        QVERIFY(a1->sync().ok);
        const auto inspection = a1->startInspection(world.district.permits[0]);
        a1->measure(inspection, 41.0);
        QVERIFY(a1->sync().ok);
        // Replication is asynchronous here: wait until the standby has the push.
        {
            store::Database replica(std::make_unique<server::PgEngine>(standby->url(database)));
            QTRY_COMPARE_WITH_TIMEOUT(
                count(replica, u"SELECT count(*) FROM measurement"_s), std::int64_t(1), 20'000);
        }

        QVERIFY2(primary.crash(), qPrintable(primary.problem()));
        QVERIFY2(standby->promote(), qPrintable(standby->problem()));
        a1->measure(inspection, 42.0);
        a1->config.attempts = 3;
        const auto after = a1->sync();
        QVERIFY2(after.ok, qPrintable(after.error));
        QCOMPARE(a1->outbox.pendingCount(), 0);
        store::Database promoted(std::make_unique<server::PgEngine>(standby->url(database)));
        QCOMPARE(count(promoted, u"SELECT count(*) FROM measurement"_s), 2);
        world.server.reset();
    }
};

QTEST_GUILESS_MAIN(TestPgReconnect)
#include "tst_pgreconnect.moc"
