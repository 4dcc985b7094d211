// The entity schema against the real migrated SQLite schema: every synced table and
// column present, in order, with matching storage class and nullability; policies.
#include "store/database.h"
#include "store/migrator.h"
#include "sync/entityschema.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall::store;
using namespace outfall::sync;

namespace {

QString declaredTypeFor(EntitySchema::FieldType type)
{
    switch (type) {
    case EntitySchema::FieldType::Uuid:
    case EntitySchema::FieldType::Text:
        return u"TEXT"_s;
    case EntitySchema::FieldType::Integer:
    case EntitySchema::FieldType::Instant:
        return u"INTEGER"_s;
    case EntitySchema::FieldType::Real:
        return u"REAL"_s;
    case EntitySchema::FieldType::Blob:
        return u"BLOB"_s;
    }
    return {};
}

} // namespace

class TestEntitySchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTableOfTheSharedMigrationsIsAnEntity()
    {
        // Migrations 0001 and 0002 made the shared entity tables; later ones append columns.
        Database db(u":memory:"_s);
        Migrator::migrate(db, StoreRole::Server, 2);
        auto tables = db.prepare(u"SELECT name FROM sqlite_schema WHERE type = 'table'"_s);
        int covered = 0;
        while (tables.step()) {
            const QString table = tables.text(0);
            const auto *info = EntitySchema::findTable(table);
            if (table == u"permit_revision") {
                QVERIFY(!info);
                continue;
            }
            QVERIFY2(info, qPrintable(u"table not in the entity schema: "_s + table));
            ++covered;
        }
        // Tables made by later migrations and appended as entities since: 0015's team, 0017's
        // review decisions, 0018 and 0019's signed evidence records, 0022's declarations before
        // issuance.
        const QStringList later {u"inspection_inspector"_s, u"inspection_review"_s,
            u"evidence_record"_s, u"treatment_facility"_s, u"declaration_check"_s,
            u"application_decision"_s};
        QCOMPARE(std::size_t(covered) + std::size_t(later.size()), EntitySchema::entities().size());
        Database latest(u":memory:"_s);
        Migrator::migrate(latest, StoreRole::Server);
        for (const QString &table : later) {
            auto exists = latest.prepare(u"SELECT 1 FROM sqlite_schema WHERE name = ?"_s);
            exists.bind(1, table);
            QVERIFY2(exists.step(), qPrintable(table));
            QVERIFY(EntitySchema::findTable(table));
        }
    }

    void matchesTheMigratedTables_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("server") << int(StoreRole::Server);
        QTest::newRow("device") << int(StoreRole::Device);
    }
    void matchesTheMigratedTables()
    {
        // Every column of every entity, in order, at the latest version of both roles.
        QFETCH(int, role);
        Database db(u":memory:"_s);
        Migrator::migrate(db, StoreRole(role));
        for (const auto &entity : EntitySchema::entities()) {
            const auto *info = &entity;
            const QString table = info->table;
            auto columns =
                db.prepare(u"SELECT name, type, \"notnull\", pk FROM pragma_table_info(?)"
                           u" ORDER BY cid"_s);
            columns.bind(1, table);
            QVERIFY(columns.step());
            QCOMPARE(columns.text(0), u"id"_s); // the op's row id
            QCOMPARE(columns.integer(3), 1);
            std::size_t index = 0;
            while (columns.step()) {
                const QString where = table + u'.' + columns.text(0);
                QVERIFY2(index < info->fields.size(), qPrintable(where));
                const auto &field = info->fields[index];
                QCOMPARE(field.name, columns.text(0));
                QVERIFY2(declaredTypeFor(field.type) == columns.text(1), qPrintable(where));
                QVERIFY2(field.nullable == (columns.integer(2) == 0), qPrintable(where));
                QCOMPARE(info->fieldNumber(field.name), std::uint8_t(index + 1));
                QCOMPARE(info->field(int(index + 1)), &field);
                ++index;
            }
            QCOMPARE(index, info->fields.size());
        }
    }

    // The server's change capture (ref_row triggers, written by hand in the migrations)
    // names each row by its entity's wire number: every number in every trigger must be the
    // number of the table the trigger is on, and every server-owned entity must have its
    // insert, update and delete trigger, or devices silently miss changes.
    void changeCaptureTriggersUseTheirTablesWireNumber()
    {
        Database db(u":memory:"_s);
        Migrator::migrate(db, StoreRole::Server);
        auto triggers = db.prepare(u"SELECT name, tbl_name, sql FROM sqlite_schema"
                                   u" WHERE type = 'trigger' AND sql LIKE '%ref_row%'"_s);
        QHash<QString, QSet<QString>> eventsByTable;
        const QRegularExpression number(uR"((?:entity\s*=\s*|VALUES\s*\()(\d+))"_s);
        while (triggers.step()) {
            const QString name = triggers.text(0);
            const QString table = triggers.text(1);
            const auto *info = EntitySchema::findTable(table);
            QVERIFY2(info, qPrintable(name + u": table "_s + table + u" is not an entity"_s));
            QCOMPARE(info->owner, EntitySchema::Owner::Server);
            int numbers = 0;
            for (const auto &match : number.globalMatch(triggers.text(2))) {
                QVERIFY2(match.captured(1).toInt() == int(info->entity),
                    qPrintable(u"%1 writes entity %2 for %3, whose wire number is %4"_s.arg(
                        name, match.captured(1), table, QString::number(int(info->entity)))));
                ++numbers;
            }
            QVERIFY2(numbers >= 2, qPrintable(name + u": no entity number found"_s));
            for (const QString &event : {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s}) {
                if (triggers.text(2).contains(u"AFTER "_s + event, Qt::CaseInsensitive))
                    eventsByTable[table].insert(event);
            }
        }
        for (const auto &entity : EntitySchema::entities()) {
            if (entity.owner != EntitySchema::Owner::Server)
                continue;
            // 0017 runs on both roles, so its table cannot carry triggers naming the server's
            // ref_row: server::ReviewRecords writes the row's version with each decision
            // (tst_reviewworkflow: the decision reaches the device).
            if (entity.table == u"inspection_review")
                continue;
            QVERIFY2(eventsByTable.value(entity.table).size() == 3,
                qPrintable(entity.table + u" lacks an insert, update or delete trigger"_s));
        }
    }

    void wireNumbersAreDense()
    {
        const auto all = EntitySchema::entities();
        for (std::size_t i = 0; i < all.size(); ++i) {
            QCOMPARE(std::size_t(all[i].entity), i + 1);
            QCOMPARE(EntitySchema::find(all[i].entity), &all[i]);
        }
        QVERIFY(!EntitySchema::find(Entity(0)));
        QVERIFY(!EntitySchema::find(Entity(all.size() + 1)));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, EntitySchema::info(Entity(200)));
        // Pinned: these numbers are in the golden wire fixtures.
        QCOMPARE(int(EntitySchema::findTable(u"measurement")->entity), 3);
        QCOMPARE(EntitySchema::info(Entity::Measurement).fieldNumber(u"value"), 4);
        // Appended by 0009 after the fields of 0002: existing numbers never move.
        QCOMPARE(EntitySchema::info(Entity::PositionFix).fieldNumber(u"recorded_at"), 8);
        QCOMPARE(EntitySchema::info(Entity::PositionFix).fieldNumber(u"far_from_site"), 11);
        QCOMPARE(EntitySchema::info(Entity::Photo).fieldNumber(u"supersedes_id"), 11);
        QCOMPARE(EntitySchema::info(Entity::Photo).fieldNumber(u"far_from_site"), 13);
        // Appended by 0011.
        QCOMPARE(EntitySchema::info(Entity::Photo).fieldNumber(u"imported"), 14);
        QCOMPARE(EntitySchema::info(Entity::Photo).fieldNumber(u"exif_taken_at"), 15);
        // Appended by 0015: the team, who signed and the refusal's witness, the load.
        QCOMPARE(int(EntitySchema::findTable(u"inspection_inspector"_s)->entity), 21);
        QCOMPARE(
            EntitySchema::findTable(u"inspection_inspector"_s)->owner, EntitySchema::Owner::Device);
        QCOMPARE(EntitySchema::info(Entity::Signature).fieldNumber(u"covers_sha256"), 7);
        QCOMPARE(EntitySchema::info(Entity::Signature).fieldNumber(u"inspector_id"), 8);
        QCOMPARE(EntitySchema::info(Entity::Signature).fieldNumber(u"witness_strokes"), 11);
        QCOMPARE(EntitySchema::info(Entity::Inspection).fieldNumber(u"production_load"), 10);
        QCOMPARE(EntitySchema::info(Entity::Inspection).fieldNumber(u"production_load_pct"), 11);
        QCOMPARE(EntitySchema::info(Entity::Inspector).fieldNumber(u"certificate_no"), 6);
    }

    void evidenceIsInsertOnlyAndImmutable()
    {
        for (const auto &info : EntitySchema::entities()) {
            if (!info.insertOnly)
                continue;
            QCOMPARE(info.owner, EntitySchema::Owner::Device);
            for (const auto &field : info.fields)
                QCOMPARE(field.merge, EntitySchema::Merge::Immutable);
        }
        for (const auto *table : {u"checklist_answer", u"measurement", u"position_fix",
                 u"observed_outlet", u"photo", u"signature", u"inspection_inspector"})
            QVERIFY(EntitySchema::findTable(table)->insertOnly);
    }

    void inspectionMixesPolicies()
    {
        const auto &inspection = EntitySchema::info(Entity::Inspection);
        QVERIFY(!inspection.insertOnly);
        QCOMPARE(inspection.owner, EntitySchema::Owner::Device);
        using M = EntitySchema::Merge;
        QCOMPARE(inspection.field(inspection.fieldNumber(u"status"))->merge, M::Workflow);
        QCOMPARE(inspection.field(inspection.fieldNumber(u"summary"))->merge, M::LastWriterWins);
        QCOMPARE(inspection.field(inspection.fieldNumber(u"permit_id"))->merge, M::Immutable);
        QCOMPARE(inspection.fieldNumber(u"no_such_column"), std::uint8_t(0));
        QVERIFY(!inspection.field(0));
        QVERIFY(!inspection.field(int(inspection.fields.size()) + 1));
    }

    void referenceDataIsServerOwned()
    {
        for (const auto *table : {u"enterprise", u"permit", u"outlet", u"emission_limit",
                 u"assignment", u"reported_value", u"checklist_item", u"flag"})
            QCOMPARE(EntitySchema::findTable(table)->owner, EntitySchema::Owner::Server);
    }
};

QTEST_GUILESS_MAIN(TestEntitySchema)
#include "tst_entityschema.moc"
