// The server's schema on PostgreSQL (store/pgdialect.h, store/migrations-postgresql/): the
// numbered migrations that build the SQLite store build the same tables, columns and triggers
// in a database of a throw-away cluster, and the triggers do there what they do in SQLite.
#include "pgtestcluster.h"
#include "server/pgengine.h"
#include "server/serverstore.h"
#include "store/database.h"
#include "store/migrator.h"
#include "store/pgdialect.h"
#include "store/sqliteerror.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall;

namespace {

QSet<QString> strings(store::Statement statement)
{
    QSet<QString> found;
    while (statement.step())
        found.insert(statement.text(0));
    return found;
}

std::int64_t number(store::Database &db, const QString &sql)
{
    auto statement = db.prepare(sql);
    return statement.step() ? statement.int64(0) : -1;
}

} // namespace

class TestPgSchema : public QObject
{
    Q_OBJECT

    pgtest::Cluster m_cluster;
    QTemporaryDir m_dir;
    int m_databases = 0;

    std::unique_ptr<store::Database> freshPostgres()
    {
        ++m_databases;
        return server::ServerStore::initialisePostgres(m_dir.filePath(u"pg%1"_s.arg(m_databases)),
            m_cluster.createDatabase(u"schema%1"_s.arg(m_databases)));
    }

private Q_SLOTS:
    void init() { PGTEST_REQUIRE(m_cluster); }

    // Table.column for every column of both stores, and every trigger: the same, except the
    // SQLite bulk capture's paused-insert triggers (store/migrations-postgresql/0025).
    void theServerSchemaIsTheSameOnBothEngines()
    {
        auto lite = server::ServerStore::initialise(m_dir.filePath(u"lite"_s));
        auto pg = freshPostgres();
        QCOMPARE(pg->userVersion(), store::Migrator::latestVersion());
        const QSet<QString> liteColumns =
            strings(lite->prepare(u"SELECT m.name || '.' || c.name FROM sqlite_master m,"
                                  u" pragma_table_info(m.name) c WHERE m.type = 'table'"_s));
        const QSet<QString> pgColumns = strings(pg->prepare(
            u"SELECT table_name || '.' || column_name FROM information_schema.columns"
            u" WHERE table_schema = 'public' AND table_name <> 'outfall_user_version'"_s));
        QVERIFY(liteColumns.size() > 400);
        QCOMPARE(pgColumns - liteColumns, QSet<QString>());
        QCOMPARE(liteColumns - pgColumns, QSet<QString>());

        QSet<QString> liteTriggers =
            strings(lite->prepare(u"SELECT name FROM sqlite_master WHERE type = 'trigger'"_s));
        const QSet<QString> paused = strings(lite->prepare(
            u"SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_paused'"_s));
        QCOMPARE(paused.size(), 15);
        liteTriggers -= paused;
        const QSet<QString> pgTriggers =
            strings(pg->prepare(u"SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"_s));
        QCOMPARE(pgTriggers - liteTriggers, QSet<QString>());
        QCOMPARE(liteTriggers - pgTriggers, QSet<QString>());
    }

    // The change capture numbers every insert, update and delete of reference data, as the
    // devices' pulls need (docs/protocol.md 4.5).
    void referenceChangesAreNumberedAsInSQLite()
    {
        auto pg = freshPostgres();
        pg->exec(u"INSERT INTO enterprise (id, uscc, name, industry_code, updated_at)"
                 u" VALUES ('e1', '91440300MA5FXXXX1X', 'Plant', '4411', 0)"_s);
        pg->exec(u"UPDATE enterprise SET name = 'Plant 2' WHERE id = 'e1'"_s);
        QCOMPARE(number(*pg, u"SELECT seq FROM sync_counter"_s), 2);
        auto row = pg->prepare(u"SELECT scope, scope_id, seq, deleted FROM ref_row"
                               u" WHERE entity = 8 AND row_id = 'e1'"_s);
        QVERIFY(row.step());
        QCOMPARE(row.text(0), u"enterprise"_s);
        QCOMPARE(row.text(1), u"e1"_s);
        QCOMPARE(row.int64(2), 2);
        QCOMPARE(row.int64(3), 0);
        QVERIFY(!row.step());
        pg->exec(u"DELETE FROM enterprise WHERE id = 'e1'"_s);
        QCOMPARE(
            number(*pg,
                u"SELECT seq * 10 + deleted FROM ref_row WHERE entity = 8 AND row_id = 'e1'"_s),
            31);
    }

    // The append-only triggers refuse with their own words.
    void appendOnlyTablesRefuseAChangeWithTheirReason()
    {
        auto pg = freshPostgres();
        pg->exec(u"INSERT INTO evidence_log (leaf_index, record_id, device_id, record_seq,"
                 u" record_sha256, record, signature, logged_at) VALUES (0, 'r1', 'd1', 1,"
                 u" '\\x00', '\\x00', '\\x00', 0)"_s);
        try {
            pg->exec(u"UPDATE evidence_log SET logged_at = 1"_s);
            QFAIL("the evidence log was changed");
        } catch (const store::SqliteError &e) {
            QVERIFY2(e.message().contains(u"the evidence log is append-only"_s),
                qPrintable(e.message()));
        }
        QCOMPARE(number(*pg, u"SELECT logged_at FROM evidence_log"_s), 0);
    }

    // A store that stopped at an earlier version goes on from there: what the later
    // migrations drop (triggers 0025 replaces) is found in the catalogue, not remembered.
    void aStoreMigratedInTwoStepsEndsTheSame()
    {
        auto pg = std::make_unique<store::Database>(
            std::make_unique<server::PgEngine>(m_cluster.createDatabase(u"steps"_s)));
        QCOMPARE(store::Migrator::migrate(*pg, store::StoreRole::Server, 12), 12);
        QCOMPARE(pg->userVersion(), 12);
        QCOMPARE(store::Migrator::migrate(*pg, store::StoreRole::Server),
            store::Migrator::latestVersion() - 12);
        QVERIFY(pg->hasTable(u"import_undo"_s));
        QCOMPARE(number(*pg, u"SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal"_s),
            number(*freshPostgres(), u"SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal"_s));
    }

    void theDialectTranslatesWhatDiffers()
    {
        const QString translated = store::PgDialect::migration(
            u"-- a comment; with a semicolon\n"
            u"PRAGMA legacy_alter_table = ON;\n"
            u"CREATE TABLE t (\n    id INTEGER PRIMARY KEY,\n    one INTEGER PRIMARY KEY CHECK "
            u"(one = 1),"
            u"\n    anything,\n    r REAL,\n"
            u"    b BLOB,\n    d TEXT CHECK (d GLOB '[0-9][0-9]-*')\n) WITHOUT ROWID;\n"
            u"CREATE TRIGGER t_kept BEFORE DELETE ON t WHEN OLD.id > 0 BEGIN\n"
            u"    SELECT RAISE(ABORT, 't: 100% kept');\nEND;\n"_s);
        QCOMPARE(translated,
            u"CREATE TABLE t (\n    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n"
            u"    one bigint PRIMARY KEY CHECK (one = 1),\n    anything text,\n"
            u"    r double precision,\n    b bytea,\n    d TEXT CHECK (d ~ "
            u"'^[0-9][0-9]\\-.*$')\n);\n"
            u"CREATE OR REPLACE FUNCTION t_kept_fn() RETURNS trigger LANGUAGE plpgsql AS"
            u" $outfall$\nBEGIN\nIF OLD.id > 0 THEN\nRAISE EXCEPTION '%', 't: 100% kept';\n"
            u"END IF;\nRETURN OLD;\nEND\n$outfall$;\n"
            u"CREATE TRIGGER t_kept BEFORE DELETE ON t FOR EACH ROW EXECUTE FUNCTION t_kept_fn();\n"_s);
        // Statements split at semicolons outside literals, a trigger kept whole.
        QCOMPARE(store::PgDialect::statements(
                     u"INSERT INTO a VALUES ('x;y'); CREATE TRIGGER z AFTER INSERT ON a BEGIN"
                     u" DELETE FROM b; DELETE FROM c; END; SELECT 1"_s),
            (QStringList {u"INSERT INTO a VALUES ('x;y');"_s,
                u"CREATE TRIGGER z AFTER INSERT ON a BEGIN DELETE FROM b; DELETE FROM c; END;"_s,
                u"SELECT 1"_s}));
    }
};

QTEST_GUILESS_MAIN(TestPgSchema)
#include "tst_pgschema.moc"
