// Schema migrations: from empty, from every older version, idempotent re-run, and
// refusal of a store newer than the program.
#include "store/database.h"
#include "store/migrator.h"
#include "store/sqliteerror.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall::store;

class TestMigrator : public QObject
{
    Q_OBJECT

private:
    static QStringList tables(Database &db)
    {
        QStringList names;
        auto stmt =
            db.prepare(u"SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"_s);
        while (stmt.step())
            names << stmt.text(0);
        return names;
    }

    static QString schemaDump(Database &db)
    {
        QString dump;
        auto stmt = db.prepare(u"SELECT type, name, sql FROM sqlite_schema "
                               u"WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"_s);
        while (stmt.step())
            dump += stmt.text(0) + u' ' + stmt.text(1) + u'\n' + stmt.text(2) + u'\n';
        return dump;
    }

private Q_SLOTS:
    void migrationsAreNumberedWithoutGaps()
    {
        const auto migrations = Migrator::available();
        QVERIFY(migrations.size() >= 3);
        for (qsizetype i = 0; i < migrations.size(); ++i)
            QCOMPARE(migrations[i].version, i + 1);
    }

    void fromEmptyServer()
    {
        Database db(u":memory:"_s);
        QCOMPARE(db.userVersion(), 0);
        const int applied = Migrator::migrate(db, StoreRole::Server);
        QCOMPARE(applied, Migrator::latestVersion());
        QCOMPARE(db.userVersion(), Migrator::latestVersion());
        const QStringList names = tables(db);
        for (const auto *table : {"enterprise", "permit", "outlet", "emission_limit",
                 "monitoring_requirement", "checklist_item", "inspection", "measurement", "photo",
                 "signature", "reported_value", "flag", "import_run"}) {
            QVERIFY2(names.contains(QString::fromLatin1(table)), table);
        }
    }

    void deviceSkipsServerBookkeeping()
    {
        Database db(u":memory:"_s);
        Migrator::migrate(db, StoreRole::Device);
        QCOMPARE(db.userVersion(), Migrator::latestVersion());
        QVERIFY(tables(db).contains(u"permit"_s));
        QVERIFY(!tables(db).contains(u"import_run"_s));
    }

    void secondRunDoesNothing()
    {
        Database db(u":memory:"_s);
        Migrator::migrate(db, StoreRole::Server);
        QCOMPARE(Migrator::migrate(db, StoreRole::Server), 0);
    }

    void fromEachOlderVersion_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("role");
        for (int v = 0; v < Migrator::latestVersion(); ++v) {
            QTest::addRow("server from v%d", v) << v << int(StoreRole::Server);
            QTest::addRow("device from v%d", v) << v << int(StoreRole::Device);
        }
    }

    void fromEachOlderVersion()
    {
        QFETCH(int, start);
        QFETCH(int, role);
        // A store left at an older version (by an older program) must end up with exactly
        // the schema a fresh store gets.
        Database fresh(u":memory:"_s);
        Migrator::migrate(fresh, StoreRole(role));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.db"_s);
        {
            Database old(path);
            Migrator::migrate(old, StoreRole(role), start);
            QCOMPARE(old.userVersion(), start);
        }
        Database reopened(path);
        QCOMPARE(Migrator::migrate(reopened, StoreRole(role)), Migrator::latestVersion() - start);
        QCOMPARE(schemaDump(reopened), schemaDump(fresh));
    }

    // 0026 rebuilds ref_row (its scope CHECK): the change capture written before it is kept
    // row for row, and the reference tables' triggers, which name ref_row, write to the new
    // table afterwards.
    void refRowRebuildKeepsCaptureAndTriggers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"server.db"_s);
        const auto capture = [](Database &db) {
            QStringList rows;
            auto s = db.prepare(u"SELECT rowid, entity, row_id, scope, ifnull(scope_id, '-'),"
                                u" seq, deleted FROM ref_row ORDER BY rowid"_s);
            while (s.step()) {
                QStringList fields;
                for (int c = 0; c < 7; ++c)
                    fields << s.text(c);
                rows << fields.join(u'|');
            }
            return rows;
        };
        QStringList before;
        {
            Database db(path);
            Migrator::migrate(db, StoreRole::Server, 25);
            db.exec(u"INSERT INTO inspector (id, code, name, role) VALUES"
                    u" ('0190a000-0000-7000-8000-000000000001', 'A1', 'A', 'inspector'),"
                    u" ('0190a000-0000-7000-8000-000000000002', 'A2', 'B', 'inspector')"_s);
            db.exec(u"DELETE FROM inspector WHERE code = 'A1'"_s);
            before = capture(db);
            QCOMPARE(before.size(), 2);
        }
        Database db(path);
        QCOMPARE(Migrator::migrate(db, StoreRole::Server), Migrator::latestVersion() - 25);
        QCOMPARE(capture(db), before);
        db.exec(u"UPDATE inspector SET name = 'C' WHERE code = 'A2'"_s);
        const QStringList after = capture(db);
        QCOMPARE(after.size(), 2);
        // A2's version, numbered after the counter the rebuild kept (3), beside A1's tombstone.
        QCOMPARE(after,
            (QStringList {
                before.last(), u"4|16|0190a000-0000-7000-8000-000000000002|global|-|4|0"_s}));
    }

    void newerStoreIsRefused()
    {
        Database db(u":memory:"_s);
        Migrator::migrate(db, StoreRole::Server);
        db.setUserVersion(Migrator::latestVersion() + 1);
        try {
            Migrator::migrate(db, StoreRole::Server);
            QFAIL("a newer store was accepted");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(u"newer than this program"_s), e.what());
        }
    }

    void failedMigrationLeavesPreviousVersion()
    {
        // Sabotage: a table the 0001 migration wants to create already exists, so
        // migration 1 fails; nothing of it must remain and the version stays 0.
        Database db(u":memory:"_s);
        db.exec(u"CREATE TABLE outlet (x)"_s);
        QVERIFY_THROWS_EXCEPTION(SqliteError, Migrator::migrate(db, StoreRole::Server));
        QCOMPARE(db.userVersion(), 0);
        QVERIFY(!tables(db).contains(u"enterprise"_s));
    }

    void constraintsRejectBadRows()
    {
        Database db(u":memory:"_s);
        Migrator::migrate(db, StoreRole::Server);
        // A limit whose minimum is not below its maximum violates the schema's CHECK.
        db.exec(u"INSERT INTO enterprise VALUES ('e', '91350100M000100Y43', 'n', NULL, NULL, NULL,"
                u" '4411', NULL, 22.5, 114.0, 0);"
                u"INSERT INTO permit (id, number, enterprise_id, revision, valid_from, valid_to,"
                u" issued_on, authority, industry_code, management, content_hash, updated_at)"
                u" VALUES ('p', 'n', 'e', 1, '2024-01-01', '2029-01-01', '2024-01-01', 'a',"
                u" '4411', 'key', 'h', 0);"
                u"INSERT INTO outlet VALUES ('o', 'p', 'DA001', 'n', 'air', 'main', 22.5, 114.0,"
                u" 80, NULL, NULL, NULL);"_s);
        QVERIFY_THROWS_EXCEPTION(SqliteError,
            db.exec(u"INSERT INTO emission_limit (id, outlet_id, pollutant, max_value, min_value,"
                    u" unit, basis) VALUES ('l', 'o', 'PH', 6, 9, 'pH', 'instant')"_s));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
