// `outfall-server init|summary|supervisor-credential --db postgresql://…` (issue 14 part 1;
// `run --db` is tst_syncprocesses_postgresql's): the store in a
// PostgreSQL database of a throw-away cluster, the front-end's keys in --data; and every other
// command refusing --db with a clear word instead of silently using SQLite.
#include "pgtestcluster.h"
#include "server/pgengine.h"
#include "servertesthelpers.h"
#include "store/database.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPgCli : public QObject
{
    Q_OBJECT

    pgtest::Cluster m_cluster;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initAndSummaryPutTheStoreInPostgres()
    {
        PGTEST_REQUIRE(m_cluster);
        const QString url = m_cluster.createDatabase(u"cli"_s);
        const QString data = m_dir.filePath(u"front"_s);
        const auto init = servertest::run({u"init"_s, u"--data"_s, data, u"--db"_s, url});
        QCOMPARE(init.exitCode, 0);
        QVERIFY2(init.out.startsWith(u"initialised store postgresql:///cli?host="_s),
            qPrintable(init.out));
        QVERIFY2(init.out.contains(u"(schema version 28)"_s), qPrintable(init.out));
        QVERIFY(QFileInfo::exists(data + u"/server.key"_s));
        QVERIFY(!QFileInfo::exists(data + u"/outfall.db"_s)); // nothing of the store in DIR

        const auto summary = servertest::run({u"summary"_s, u"--data"_s, data, u"--db"_s, url});
        QCOMPARE(summary.exitCode, 0);
        QVERIFY2(summary.out.contains(u"permit"_s), qPrintable(summary.out));

        // A supervisor's credential, recorded in the database (the key file in DIR).
        const QString credential = m_dir.filePath(u"admin.credential"_s);
        const auto issued = servertest::run({u"supervisor-credential"_s, u"--data"_s, data,
            u"--db"_s, url, u"--out"_s, credential});
        QCOMPARE(issued.exitCode, 0);
        QVERIFY(QFileInfo::exists(credential));
        {
            outfall::store::Database db(std::make_unique<outfall::server::PgEngine>(url));
            auto admins = db.prepare(u"SELECT count(*) FROM device WHERE role = 'admin'"_s);
            QVERIFY(admins.step());
            QCOMPARE(admins.int64(0), 2); // init's and this one
        }

        const auto again = servertest::run({u"init"_s, u"--data"_s, data, u"--db"_s, url});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"a store already exists in postgresql:///cli?host="_s)
                && again.err.contains(u"(schema version 28)"_s),
            qPrintable(again.err));

        const QString empty = m_cluster.createDatabase(u"empty"_s);
        const auto none = servertest::run({u"summary"_s, u"--data"_s, data, u"--db"_s, empty});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(u"no store in postgresql:///empty?host="_s)
                && none.err.contains(u"run `outfall-server init --data DIR --db URL` first"_s),
            qPrintable(none.err));
    }

    void otherCommandsRefuseTheDatabaseOption()
    {
        const QString data = m_dir.filePath(u"any"_s);
        const auto import = servertest::run({u"import"_s, u"--data"_s, data, u"--db"_s,
            u"postgresql:///x"_s, u"permits"_s, u"p.jsonl"_s});
        QCOMPARE(import.exitCode, 2);
        QVERIFY2(import.err.contains(u"import does not run on PostgreSQL yet: --db is for init,"
                                     u" summary, run, supervisor-credential, migrate (issue 14)"_s),
            qPrintable(import.err));
        const auto notPostgres =
            servertest::run({u"init"_s, u"--data"_s, data, u"--db"_s, u"mysql://host/db"_s});
        QCOMPARE(notPostgres.exitCode, 2);
        QVERIFY2(notPostgres.err.contains(
                     u"--db must be a PostgreSQL URL (postgresql://...), not mysql://host/db"_s),
            qPrintable(notPostgres.err));
        QVERIFY(!QFileInfo::exists(data)); // refused before anything was made
    }
};

QTEST_GUILESS_MAIN(TestPgCli)
#include "tst_pgcli.moc"
