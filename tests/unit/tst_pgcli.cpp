// `outfall-server init|summary|supervisor-credential --db postgresql://…` (issue 14 part 1;
// `run --db` is tst_syncprocesses_postgresql's): the store in a
// PostgreSQL database of a throw-away cluster, the front-end's keys in --data; and every other
// command refusing --db with a clear word instead of silently using SQLite.
#include "pgtestcluster.h"
#include "server/pgengine.h"
#include "servertesthelpers.h"
#include "store/database.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
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

    // The importers, the flag rules and the public site on PostgreSQL (issue 14 part 1): a
    // small demo district imported into a SQLite store and into a PostgreSQL one gives the same
    // store, the same flags and the same site, byte for byte.
    void theSameImportsGiveTheSameStoreFlagsAndSiteOnBothEngines()
    {
        PGTEST_REQUIRE(m_cluster);
        const QString district = m_dir.filePath(u"district"_s);
        QCOMPARE(servertest::run({u"generate-demo"_s, u"--out"_s, district, u"--enterprises"_s,
                                     u"8"_s, u"--months"_s, u"2"_s, u"--as-of"_s, u"2026-05-01"_s})
                     .exitCode,
            0);
        const QString sqlite = m_dir.filePath(u"on-sqlite"_s);
        const QString front = m_dir.filePath(u"on-postgres"_s);
        const QString url = m_cluster.createDatabase(u"imports"_s);
        const QStringList onSqlite {u"--data"_s, sqlite};
        const QStringList onPostgres {u"--data"_s, front, u"--db"_s, url};
        for (const QStringList &store : {onSqlite, onPostgres})
            QCOMPARE(servertest::run(QStringList {u"init"_s, u"--as-of"_s, u"2026-05-01"_s} + store)
                         .exitCode,
                0);
        // What a run prints, less how long it took.
        const auto untimed = [](QString text) {
            static const QRegularExpression timing(u" in \\d+ ms"_s);
            return text.remove(timing);
        };
        for (const auto &[kind, file] : std::initializer_list<std::pair<QString, QString>> {
                 {u"staff"_s, u"staff.csv"_s}, {u"checklists"_s, u"checklists.json"_s},
                 {u"permits"_s, u"permits.jsonl"_s}, {u"reports"_s, u"reports.csv"_s}}) {
            const QStringList import {u"import"_s, kind, district + u'/' + file, u"--quiet"_s};
            const auto a = servertest::run(import + onSqlite);
            const auto b = servertest::run(import + onPostgres);
            QVERIFY2(a.exitCode == 0, qPrintable(a.err));
            QVERIFY2(b.exitCode == 0, qPrintable(b.err));
            QCOMPARE(untimed(b.out), untimed(a.out));
        }
        const auto summaryA = servertest::run(QStringList {u"summary"_s} + onSqlite);
        const auto summaryB = servertest::run(QStringList {u"summary"_s} + onPostgres);
        QCOMPARE(summaryB.out, summaryA.out);
        QVERIFY2(summaryA.out.contains(u"reported_value"_s), qPrintable(summaryA.out));

        const QStringList evaluate {u"evaluate"_s, u"--quiet"_s};
        const auto evaluatedA = servertest::run(evaluate + onSqlite);
        const auto evaluatedB = servertest::run(evaluate + onPostgres);
        QCOMPARE(evaluatedB.exitCode, 0);
        QCOMPARE(untimed(evaluatedB.out), untimed(evaluatedA.out));
        const auto flagsOf = [](outfall::store::Database &db) {
            QStringList flags;
            // Not the ids: each import draws its own (a flag's id derives from its subject's).
            auto rows = db.prepare(
                u"SELECT p.number, f.rule_id, f.severity, f.status, f.pollutant, f.period,"
                u" f.message_en FROM flag f JOIN permit p ON p.id = f.permit_id"_s);
            while (rows.step()) {
                QStringList row;
                for (int c = 0; c < 7; ++c)
                    row << rows.text(c);
                flags << row.join(u" | "_s);
            }
            flags.sort();
            return flags;
        };
        outfall::store::Database sqliteStore(sqlite + u"/outfall.db"_s);
        outfall::store::Database postgresStore(std::make_unique<outfall::server::PgEngine>(url));
        const QStringList flags = flagsOf(sqliteStore);
        QVERIFY2(flags.size() >= 4, qPrintable(evaluatedA.out)); // the planted anomalies
        QCOMPARE(flagsOf(postgresStore), flags);

        // The public site: the same store and date give the same bytes.
        const QString siteA = m_dir.filePath(u"site-sqlite"_s);
        const QString siteB = m_dir.filePath(u"site-postgres"_s);
        const QStringList publish {u"publish"_s, u"--as-of"_s, u"2026-05-01"_s, u"--out"_s};
        QCOMPARE(servertest::run(publish + QStringList {siteA} + onSqlite).exitCode, 0);
        const auto published = servertest::run(publish + QStringList {siteB} + onPostgres);
        QVERIFY2(published.exitCode == 0, qPrintable(published.err));
        QDirIterator files(siteA, QDir::Files, QDirIterator::Subdirectories);
        int compared = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            QFile a(path);
            QFile b(siteB + path.mid(siteA.size()));
            QVERIFY2(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly),
                qPrintable(b.fileName()));
            QVERIFY2(a.readAll() == b.readAll(), qPrintable(path));
            ++compared;
        }
        QVERIFY(compared >= 8);

        // A file with a bad line changes nothing on PostgreSQL either.
        QFile bad(m_dir.filePath(u"bad-reports.csv"_s));
        QFile good(district + u"/reports.csv"_s);
        QVERIFY(bad.open(QIODevice::WriteOnly) && good.open(QIODevice::ReadOnly));
        bad.write(good.readLine()); // the header
        bad.write(good.readLine());
        bad.write("sample,NO-SUCH-PERMIT,DW001,COD,2026-04-02,1,mg/L,,,,,,,\n");
        bad.close();
        const auto refused = servertest::run(
            QStringList {u"import"_s, u"reports"_s, bad.fileName(), u"--quiet"_s} + onPostgres);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"bad-reports.csv:3: permit: unknown permit"_s),
            qPrintable(refused.err));
        QCOMPARE(servertest::run(QStringList {u"summary"_s} + onPostgres).out, summaryB.out);
    }

    void aCommandLineWithABadDatabaseUrlIsRefused()
    {
        const QString data = m_dir.filePath(u"any"_s);
        const auto publish = servertest::run({u"publish"_s, u"--data"_s, data, u"--out"_s,
            m_dir.filePath(u"site"_s), u"--db"_s, u"mysql://host/db"_s});
        QCOMPARE(publish.exitCode, 2);
        QVERIFY2(publish.err.contains(
                     u"--db must be a PostgreSQL URL (postgresql://...), not mysql://host/db"_s),
            qPrintable(publish.err));
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
