// The bulk change capture of imports (store/bulkcapture.h, migration 0025): an import's
// inserts reach ref_row in one statement a table instead of four writes a row, and the devices
// must not be able to tell. Every fixture imported once with bulk capture and once with the
// per-row triggers alone gives the same ref_row rows, numbered in the same order; a revision
// that drops and adds rows, and a failed import, leave the capture as they found it.
#include "importer/checklistimporter.h"
#include "importer/permitimporter.h"
#include "importer/reportimporter.h"
#include "importer/staffimporter.h"
#include "importtesthelpers.h"
#include "rowbyrowcapture.h"
#include "store/bulkcapture.h"
#include "store/sqliteerror.h"

#include <QHash>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall;
using namespace importtest;

class TestBulkCapture : public QObject
{
    Q_OBJECT

private:
    // A store whose imports capture row by row, as before 0025.
    static std::unique_ptr<store::Database> perRowStore()
    {
        auto db = freshStore();
        captureRowByRow(*db);
        return db;
    }

    static void importAll(store::Database &db)
    {
        QVERIFY(importer::StaffImporter(db).importFile(fixture(u"staff.csv"_s)).ok());
        QVERIFY(importer::ChecklistImporter(db).importFile(fixture(u"checklists.json"_s)).ok());
        QVERIFY(importer::PermitImporter(db).importFile(fixture(u"permits.jsonl"_s)).ok());
        QVERIFY(importer::ReportImporter(db).importFile(fixture(u"reports.csv"_s)).ok());
    }

    // What a device is told of each row, and in which order it was told. Ids differ from
    // store to store (each import makes its own), so a row is named by its entity and the
    // rank of its id among that entity's (ids are UUIDv7, made in the order the rows were
    // written, the same in both stores), and so are the permit or enterprise of its scope.
    static QStringList told(store::Database &db, const QString &order = u"seq"_s)
    {
        QHash<QString, QString> names;
        auto ids = db.prepare(u"SELECT entity, row_id, rank() OVER (PARTITION BY entity"
                              u" ORDER BY row_id) FROM ref_row"_s);
        while (ids.step())
            names.insert(ids.text(1), u"%1#%2"_s.arg(ids.text(0), ids.text(2)));
        const auto name = [&names](const QString &id) {
            return names.value(id, id);
        };
        QStringList rows;
        auto s = db.prepare(u"SELECT row_id, scope, ifnull(scope_id, '-'), ifnull(owner, '-'),"
                            u" ifnull(period, '-'), deleted FROM ref_row ORDER BY "_s
            + order);
        while (s.step())
            rows << u"%1 %2 %3 %4 %5 %6"_s.arg(
                name(s.text(0)), s.text(1), name(s.text(2)), name(s.text(3)), s.text(4), s.text(5));
        if (order != u"seq")
            rows.sort();
        return rows;
    }

    static void verifyClosed(store::Database &db)
    {
        QCOMPARE(count(db, u"captured_insert"_s), 0);
        QCOMPARE(count(db, u"capture_pause"_s), 0);
        // The counter is where the last change put it: the next write numbers after it.
        QCOMPARE(scalar(db, u"SELECT seq FROM sync_counter"_s),
            scalar(db, u"SELECT max(seq) FROM ref_row"_s));
    }

private Q_SLOTS:
    // A reference table's insert trigger has its paused partner and its capture view (0025);
    // one without them would lose every row an import inserts into it.
    void everyInsertTriggerHasItsBulkPartner()
    {
        auto db = freshStore();
        auto triggers = db->prepare(u"SELECT name, tbl_name, sql FROM sqlite_schema WHERE type ="
                                    u" 'trigger' AND name LIKE 'ref\\_%\\_insert' ESCAPE '\\'"_s);
        int checked = 0;
        while (triggers.step()) {
            const QString name = triggers.text(0);
            const QString table = triggers.text(1);
            QVERIFY2(triggers.text(2).contains(u"NOT EXISTS (SELECT 1 FROM capture_pause)"_s),
                qPrintable(name + u" captures even while paused"_s));
            const QString entity =
                QRegularExpression(u"VALUES \\((\\d+),"_s).match(triggers.text(2)).captured(1);
            QVERIFY2(!entity.isEmpty(), qPrintable(name + u": no entity number"_s));
            QVERIFY2(
                !scalar(*db,
                    u"SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name = '%1_paused'"
                    u" AND tbl_name = '%2'"_s.arg(name, table))
                     .isEmpty(),
                qPrintable(name + u" has no paused partner"_s));
            QVERIFY2(scalar(*db,
                         u"SELECT sql FROM sqlite_schema WHERE type = 'view' AND name ="
                         u" 'ref_capture_%1'"_s.arg(entity))
                         .contains(u"FROM "_s + table + u' '),
                qPrintable(u"no view ref_capture_%1 over %2"_s.arg(entity, table)));
            ++checked;
        }
        QVERIFY(checked >= 15);
    }

    // A ref_row insert (one per captured row: millions in a large import) checks its scope
    // without an ephemeral table (0026: an OR chain, not an IN list), and still refuses a
    // scope that is none of the three.
    void refRowScopeIsCheckedWithoutAnEphemeralTable()
    {
        auto db = freshStore();
        const QString insert = u"INSERT INTO ref_row (entity, row_id, scope, seq)"
                               u" VALUES (16, 'x', '%1', 1)"_s;
        auto plan = db->prepare(u"EXPLAIN "_s + insert.arg(u"global"_s));
        int ephemeral = 0;
        while (plan.step())
            ephemeral += plan.text(1) == u"OpenEphemeral";
        QCOMPARE(ephemeral, 0);
        QVERIFY_THROWS_EXCEPTION(store::SqliteError, db->exec(insert.arg(u"district"_s)));
        db->exec(insert.arg(u"global"_s));
        QCOMPARE(count(*db, u"ref_row"_s), 1);
    }

    void devicesAreToldTheSameAsRowByRow()
    {
        auto bulk = freshStore();
        auto perRow = perRowStore();
        importAll(*bulk);
        importAll(*perRow);
        const QStringList expected = told(*perRow);
        QVERIFY(expected.size() > 20);
        QCOMPARE(told(*bulk), expected);
        verifyClosed(*bulk);
        // Numbered without a gap from where the store began.
        QCOMPARE(scalar(*bulk, u"SELECT count(*) FROM ref_row"_s),
            scalar(*bulk, u"SELECT max(seq) FROM ref_row"_s));
    }

    // A revision drops outlets and limits (row-by-row tombstones, under the pause) and adds
    // others (captured in bulk): the same rows as row by row, each told once, as it is now.
    // (Not in the same order: updates and deletes are numbered as they happen, inserts at the
    // end. A device applies a pull with foreign keys off, so the order within one import does
    // not matter to it.)
    void aRevisionIsToldTheSameAsRowByRow()
    {
        auto bulk = freshStore();
        auto perRow = perRowStore();
        importAll(*bulk);
        importAll(*perRow);
        const QStringList beforeRevision = told(*bulk);
        for (auto *db : {bulk.get(), perRow.get()})
            QVERIFY(
                importer::PermitImporter(*db).importFile(fixture(u"permits_rev2.jsonl"_s)).ok());
        QVERIFY(told(*bulk) != beforeRevision);
        QCOMPARE(told(*bulk, u"row_id"_s), told(*perRow, u"row_id"_s));
        verifyClosed(*bulk);
        // Later writes outside an import are captured row by row again.
        bulk->exec(u"UPDATE permit SET authority = authority || ' (updated)'"_s);
        QCOMPARE(scalar(*bulk, u"SELECT seq FROM sync_counter"_s),
            scalar(*bulk, u"SELECT max(seq) FROM ref_row WHERE entity = 9"_s));
    }

    void aFailedImportLeavesNoPauseAndNoRow()
    {
        auto db = freshStore();
        importAll(*db);
        const QStringList before = told(*db);
        QTemporaryDir dir;
        // The first rows are good (and inserted, under the pause) before the bad one fails.
        QByteArray text = readFixture(u"reports.csv"_s);
        text.replace("2025-03-04,42.5", "2025-03-05,42.5");
        text += "sample,91440300MA5D8G6X2R001P,DW001,COD,2025-03-06,-1,mg/L,,,,,,,\n";
        const auto report =
            importer::ReportImporter(*db).importFile(writeFile(dir, u"bad.csv"_s, text));
        QVERIFY(!report.ok());
        QCOMPARE(told(*db), before);
        verifyClosed(*db);
        // And the next write is captured row by row.
        db->exec(u"UPDATE enterprise SET address = address || '.'"_s);
        QVERIFY(told(*db).size() == before.size());
        QCOMPARE(scalar(*db, u"SELECT seq FROM sync_counter"_s),
            scalar(*db, u"SELECT max(seq) FROM ref_row WHERE entity = 8"_s));
    }

    // A row inserted and deleted under the pause leaves its tombstone; one whose rowid a later
    // insert takes is told as the later row.
    void insertsDeletedUnderThePauseAreTombstones()
    {
        auto db = freshStore();
        importAll(*db);
        store::Transaction transaction(*db);
        store::BulkCapture capture(*db);
        db->exec(u"INSERT INTO inspector (id, code, name, role) VALUES"
                 u" ('0190a000-0000-7000-8000-00000000aa01', 'T1', 'T1', 'inspector')"_s);
        db->exec(u"DELETE FROM inspector WHERE code = 'T1'"_s);
        db->exec(u"INSERT INTO inspector (id, code, name, role) VALUES"
                 u" ('0190a000-0000-7000-8000-00000000aa02', 'T2', 'T2', 'inspector')"_s);
        QCOMPARE(capture.finish(), 2);
        transaction.commit();
        QCOMPARE(scalar(*db,
                     u"SELECT deleted FROM ref_row WHERE row_id ="
                     u" '0190a000-0000-7000-8000-00000000aa01'"_s),
            u"1"_s);
        QCOMPARE(scalar(*db,
                     u"SELECT deleted FROM ref_row WHERE row_id ="
                     u" '0190a000-0000-7000-8000-00000000aa02'"_s),
            u"0"_s);
        verifyClosed(*db);
    }

    // finish() writes in slices of captured rows (to bound the statement journal): slices of
    // three, with a deleted row whose rowid the next insert takes, tell devices the rows that
    // row-by-row capture tells (the delete's tombstone is numbered as it happens, so compared
    // by row, as for a revision).
    void slicesTellTheSameAsRowByRow()
    {
        auto bulk = freshStore();
        auto perRow = perRowStore();
        for (auto *db : {bulk.get(), perRow.get()}) {
            importAll(*db);
            store::Transaction transaction(*db);
            store::BulkCapture capture(*db, 3);
            const auto add = [db](int n) {
                db->exec(
                    u"INSERT INTO inspector (id, code, name, role) VALUES"
                    u" ('0190a000-0000-7000-8000-0000000000%1', 'S%1', 'S%1', 'inspector')"_s.arg(
                        n, 2, 10, QChar(u'0')));
            };
            for (int n = 1; n <= 5; ++n)
                add(n);
            db->exec(u"DELETE FROM inspector WHERE code = 'S05'"_s);
            for (int n = 6; n <= 11; ++n)
                add(n);
            capture.finish();
            transaction.commit();
        }
        const QStringList expected = told(*perRow, u"row_id"_s);
        QVERIFY(expected.filter(QRegularExpression(u"^16#"_s)).size() >= 11);
        QCOMPARE(told(*bulk, u"row_id"_s), expected);
        verifyClosed(*bulk);
    }
};

QTEST_GUILESS_MAIN(TestBulkCapture)
#include "tst_bulkcapture.moc"
