// `outfall-server migrate --from-sqlite DIR --db URL [--blobs URL]` (issue 14 part 3): a SQLite
// store that devices have synced with, moved into PostgreSQL, verified, and served from there
// to the same devices as if nothing had happened; and the ways it refuses, each leaving both
// stores as they were.
#include "pgtestcluster.h"
#include "server/fileblobbytes.h"
#include "server/pgblobbytes.h"
#include "server/pgengine.h"
#include "server/sqlitetopostgres.h"
#include "server/storesummary.h"
#include "servertesthelpers.h"
#include "synctesthelpers.h"

#include <QTest>

using namespace synctest;

namespace {

// A World whose server store (SQLite) holds what a day of syncing leaves: inspections,
// measurements, a photo, the op log, the evidence log, flags.
struct SyncedWorld
{
    SyncedWorld()
    {
        a1 = world.device(world.district.inspectorA, u"a1"_s);
        if (!a1->sync().ok)
            qFatal("the first sync failed");
        const auto inspection = a1->startInspection(world.district.permits[0]);
        for (int i = 0; i < 5; ++i)
            a1->measure(inspection, 40.0 + i * 0.1); // 0.1: a real no decimal text keeps exactly
        addPhoto(*a1, inspection,
            QString::fromLatin1(QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex()),
            jpeg);
        const auto synced = a1->sync();
        if (!synced.ok || synced.pushed != 7)
            qFatal("the day's sync failed: %s", qPrintable(synced.error));
        world.server.reset(); // the server is stopped before its store moves
        // Empty text is not NULL: a region left blank must arrive blank.
        world.serverDb()->exec(
            u"UPDATE inspector SET region = '' WHERE id = '%1'"_s.arg(world.district.inspectorB));
    }

    QString dataDir() const { return world.dir.path() + u"/server"_s; }

    World world;
    std::unique_ptr<Device> a1;
    const QByteArray jpeg = QByteArray(90'000, 'j');
};

std::int64_t scalar(store::Database &db, const QString &sql)
{
    auto statement = db.prepare(sql);
    return statement.step() ? statement.int64(0) : -1;
}

store::Database postgres(const QString &url)
{
    return store::Database(std::make_unique<server::PgEngine>(url));
}

} // namespace

class TestPgMigrate : public QObject
{
    Q_OBJECT

    pgtest::Cluster m_cluster;
    int m_databases = 0;

    QString newDatabase() { return m_cluster.createDatabase(u"m%1"_s.arg(++m_databases)); }

private Q_SLOTS:
    void aSyncedStoreMovesAndDevicesGoOnWithIt()
    {
        PGTEST_REQUIRE(m_cluster);
        SyncedWorld synced;
        const QString db = newDatabase();
        const QString blobs = newDatabase();
        const QString before = server::StoreSummary::read(*synced.world.serverDb()).toText();

        const auto moved = servertest::run({u"migrate"_s, u"--from-sqlite"_s, synced.dataDir(),
            u"--db"_s, db, u"--blobs"_s, blobs});
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        QVERIFY2(moved.out.contains(u"row counts and digests agree on both engines"_s),
            qPrintable(moved.out));
        QVERIFY2(moved.out.contains(u"photos: 1 copied"_s), qPrintable(moved.out));
        QVERIFY2(moved.out.contains(u"  measurement"_s), qPrintable(moved.out)); // per table

        // What `summary` says of the store is the same on both engines, and so is each table
        // (SqliteToPostgres compared them; here, a few by hand).
        auto pg = server::ServerStore::openPostgres(db);
        QCOMPARE(server::StoreSummary::read(*pg).toText(), before);
        auto sqlite = synced.world.serverDb();
        for (const QString &sql : {u"SELECT count(*) FROM sync_op"_s,
                 u"SELECT count(*) FROM evidence_log"_s, u"SELECT seq FROM sync_counter"_s,
                 u"SELECT count(*) FROM inspector WHERE region = ''"_s,
                 u"SELECT count(*) FROM measurement WHERE value = 40.1"_s})
            QCOMPARE(scalar(*pg, sql), scalar(*sqlite, sql));
        QCOMPARE(scalar(*pg, u"SELECT count(*) FROM inspector WHERE region = ''"_s), 1);
        QCOMPARE(scalar(*pg, u"SELECT count(*) FROM measurement"_s), 5);
        // The identity columns go on past the copied rows.
        int checked = 0;
        {
            auto identities =
                pg->prepare(u"SELECT table_name, column_name FROM information_schema.columns"
                            u" WHERE table_schema = current_schema() AND is_identity = 'YES'"_s);
            while (identities.step()) {
                const QString table = identities.text(0);
                const QString column = identities.text(1);
                const std::int64_t next = scalar(*pg,
                    u"SELECT nextval(pg_get_serial_sequence('%1', '%2'))"_s.arg(table, column));
                const std::int64_t highest =
                    scalar(*pg, u"SELECT coalesce(max(%2), 0) FROM %1"_s.arg(table, column));
                QVERIFY2(next > highest, qPrintable(table));
                ++checked;
            }
        }
        QVERIFY(checked >= 3);
        pg.reset();
        sqlite.reset();

        // A front-end on the moved store, with the directory's keys: the device goes on as it
        // was, its next op numbered after everything the store held, and another tablet of the
        // inspector receives everything, the photo's bytes from PostgreSQL included.
        synced.world.dbUrl = db;
        synced.world.blobsUrl = blobs;
        synced.world.startServer();
        synced.a1->config.endpoint = synced.world.endpoint;
        // The one counter every op and reference change is numbered from came across.
        const std::int64_t counter =
            scalar(*synced.world.serverDb(), u"SELECT seq FROM sync_counter"_s);
        const std::int64_t ops =
            scalar(*synced.world.serverDb(), u"SELECT count(*) FROM sync_op"_s);
        const auto inspection = synced.a1->startInspection(synced.world.district.permits[1]);
        synced.a1->measure(inspection, 12.5);
        const auto after = synced.a1->sync();
        QVERIFY2(after.ok, qPrintable(after.error));
        QCOMPARE(after.pushed, 2);
        auto store = synced.world.serverDb();
        QCOMPARE(scalar(*store, u"SELECT count(*) FROM measurement"_s), 6);
        QCOMPARE(scalar(*store, u"SELECT count(*) FROM sync_op"_s), ops + 2);
        QCOMPARE(scalar(*store, u"SELECT count(*) FROM sync_op WHERE seq > %1"_s.arg(counter)), 2);
        auto a2 = synced.world.device(synced.world.district.inspectorA, u"a2"_s);
        const auto pulled = a2->sync();
        QVERIFY2(pulled.ok, qPrintable(pulled.error));
        QCOMPARE(scalar(a2->db, u"SELECT count(*) FROM measurement"_s), 6);
        server::PgBlobBytes photos(blobs);
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(synced.jpeg, QCryptographicHash::Sha256).toHex());
        QCOMPARE(photos.read(sha, 0, 1 << 20), synced.jpeg);
    }

    void aValuePostgresCannotHoldStopsTheCopyNamingItAndNothingIsCopied()
    {
        PGTEST_REQUIRE(m_cluster);
        SyncedWorld synced;
        // SQLite lets an INTEGER column hold text; PostgreSQL's bigint does not.
        synced.world.serverDb()->exec(u"UPDATE blob SET byte_size = 'ninety thousand'"_s);
        const QString before = server::StoreSummary::read(*synced.world.serverDb()).toText();
        const QString db = newDatabase();
        const auto refused =
            servertest::run({u"migrate"_s, u"--from-sqlite"_s, synced.dataDir(), u"--db"_s, db});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(
            refused.err.contains(u"table blob, rowid 1, column byte_size holds text where"
                                 u" PostgreSQL's column takes an integer; nothing was copied"_s),
            qPrintable(refused.err));
        QVERIFY2(refused.err.contains(u"now holds an empty store (the schema, no rows): drop the"
                                      u" database and create it again before you retry"_s),
            qPrintable(refused.err));
        auto pg = postgres(db);
        QCOMPARE(scalar(pg, u"SELECT count(*) FROM permit"_s), 0);
        QCOMPARE(scalar(pg, u"SELECT count(*) FROM sync_op"_s), 0);
        QCOMPARE(server::StoreSummary::read(*synced.world.serverDb()).toText(), before);

        // Retried into the same database: refused before anything is read or written.
        const auto again =
            servertest::run({u"migrate"_s, u"--from-sqlite"_s, synced.dataDir(), u"--db"_s, db});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"a store already exists in"_s), qPrintable(again.err));
    }

    void theDigestsNoticeARowChangedAddedOrLostOnOneSide()
    {
        PGTEST_REQUIRE(m_cluster);
        SyncedWorld synced;
        // A table of many pages, so that reading PostgreSQL's a page at a time means many reads.
        synced.world.serverDb()->exec(
            u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)"
            u" INSERT INTO inspector (id, code, name, role) SELECT 'extra-' || i, 'X' || i,"
            u" 'Inspector ' || i, 'inspector' FROM n"_s);
        const QString db = newDatabase();
        QCOMPARE(
            servertest::run({u"migrate"_s, u"--from-sqlite"_s, synced.dataDir(), u"--db"_s, db})
                .exitCode,
            0);
        auto sqlite = synced.world.serverDb();
        auto pg = server::ServerStore::openPostgres(db);
        server::SqliteToPostgres migration(*sqlite, *pg);
        QList<server::TableShape> tables;
        for (const auto &table : migration.shapes()) {
            if (table.name == u"measurement" || table.name == u"inspector")
                tables << table;
        }
        QCOMPARE(tables.size(), 2);
        std::sort(tables.begin(), tables.end(),
            [](const auto &a, const auto &b) { return a.name < b.name; }); // inspector first
        auto digests = [&](store::Database &on) {
            QList<server::TableDigest> all;
            for (const auto &table : tables)
                all << server::TableDigest::of(on, table);
            return all;
        };
        const auto original = digests(*sqlite);
        QCOMPARE(digests(*pg), original);
        // PostgreSQL's side read a page at a time (a big table's way) is the same table: the
        // table with most pages.
        server::TableShape largest;
        std::int64_t mostPages = 0;
        for (const auto &table : migration.shapes()) {
            const std::int64_t pages =
                count(*pg, u"SELECT pg_relation_size('%1') / 8192"_s.arg(table.name));
            if (pages > mostPages) {
                mostPages = pages;
                largest = table;
            }
        }
        QVERIFY2(mostPages >= 10, qPrintable(largest.name));
        QCOMPARE(
            server::TableDigest::of(*pg, largest, 1), server::TableDigest::of(*sqlite, largest));

        // The same rows in another order are the same table.
        sqlite->exec(u"CREATE TABLE reversed AS SELECT * FROM measurement ORDER BY rowid DESC"_s);
        server::TableShape reversed = tables[1];
        const auto forwards = server::TableDigest::of(*sqlite, reversed);
        reversed.name = u"reversed"_s;
        QCOMPARE(server::TableDigest::of(*sqlite, reversed).digest, forwards.digest);

        pg->exec(u"UPDATE measurement SET value = value + 0.000001 WHERE value = 40.2"_s);
        QCOMPARE(server::SqliteToPostgres::differences(original, digests(*pg))
                     .join(u'\n')
                     .section(u':', 0, 0),
            u"measurement"_s);
        QVERIFY(server::SqliteToPostgres::differences(original, digests(*pg))
                    .first()
                    .contains(u"5 rows on both, but their digests differ"_s));
        pg->exec(u"UPDATE measurement SET value = value - 0.000001 WHERE value > 40.2"
                 u" AND value < 40.21"_s);
        pg->exec(u"UPDATE inspector SET region = NULL WHERE region = ''"_s); // blank is not NULL
        QCOMPARE(server::SqliteToPostgres::differences(original, digests(*pg)),
            QStringList {u"inspector: %1 rows on both, but their digests differ (%2 on SQLite, %3"
                         u" on PostgreSQL)"_s.arg(original[0].rows)
                             .arg(original[0].hex().left(16), digests(*pg)[0].hex().left(16))});
        pg->exec(u"DELETE FROM measurement WHERE value = 40.4"_s);
        QVERIFY(server::SqliteToPostgres::differences(original, digests(*pg))
                    .contains(u"measurement: 5 rows on SQLite, 4 on PostgreSQL"_s));
    }

    void aPhotoTheStoreListsButTheDirectoryLacksIsNamed()
    {
        PGTEST_REQUIRE(m_cluster);
        SyncedWorld synced;
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(synced.jpeg, QCryptographicHash::Sha256).toHex());
        QVERIFY(QFile::remove(server::FileBlobBytes(synced.dataDir()).pathOf(sha)));
        const QString db = newDatabase();
        const auto moved = servertest::run({u"migrate"_s, u"--from-sqlite"_s, synced.dataDir(),
            u"--db"_s, db, u"--blobs"_s, newDatabase()});
        QCOMPARE(moved.exitCode, 1);
        QVERIFY2(moved.err.contains(
                     u"photo %1 (90000 bytes) is in the store's blob table but"_s.arg(sha))
                && moved.err.contains(u"does not hold it whole; the rows are copied"_s),
            qPrintable(moved.err));
        QVERIFY2(moved.out.contains(u"row counts and digests agree"_s), qPrintable(moved.out));
    }

    void theCommandLineSaysWhatMigrateNeeds()
    {
        const auto noDb = servertest::run({u"migrate"_s, u"--from-sqlite"_s, u"/nowhere"_s});
        QCOMPARE(noDb.exitCode, 2);
        QVERIFY2(noDb.err.contains(u"migrate needs --from-sqlite DIR and --db postgresql://..."_s),
            qPrintable(noDb.err));
        const auto data = servertest::run(
            {u"migrate"_s, u"--data"_s, u"/nowhere"_s, u"--db"_s, u"postgresql:///x"_s});
        QCOMPARE(data.exitCode, 2);
        QVERIFY2(data.err.contains(u"migrate takes --from-sqlite DIR, not --data"_s),
            qPrintable(data.err));
        const auto other = servertest::run(
            {u"summary"_s, u"--data"_s, u"/nowhere"_s, u"--from-sqlite"_s, u"/nowhere"_s});
        QCOMPARE(other.exitCode, 2);
        QVERIFY2(other.err.contains(u"summary takes no --from-sqlite"_s), qPrintable(other.err));
        const auto notPg = servertest::run(
            {u"migrate"_s, u"--from-sqlite"_s, u"/nowhere"_s, u"--db"_s, u"/tmp/x.db"_s});
        QCOMPARE(notPg.exitCode, 2);
        QVERIFY2(notPg.err.contains(u"--db must be a PostgreSQL URL"_s), qPrintable(notPg.err));
        PGTEST_REQUIRE(m_cluster);
        const auto noStore = servertest::run(
            {u"migrate"_s, u"--from-sqlite"_s, u"/nowhere"_s, u"--db"_s, newDatabase()});
        QCOMPARE(noStore.exitCode, 1);
        QVERIFY2(
            noStore.err.contains(u"no store at /nowhere/outfall.db"_s), qPrintable(noStore.err));
    }
};

QTEST_GUILESS_MAIN(TestPgMigrate)
#include "tst_pgmigrate.moc"
