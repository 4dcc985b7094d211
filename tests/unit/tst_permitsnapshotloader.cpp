// PermitSnapshotLoader: one permit's terms, the reported rows of the 13-month window and the
// field records with corrections applied, from the tables the server and the device share.
#include "store/database.h"
#include "store/migrator.h"
#include "store/permitsnapshotloader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall;
using store::Database;
using store::PermitSnapshotLoader;

namespace {

const QDate kAsOf(2026, 11, 1);

// Two permits; p1 has one current and one removed outlet, rows in and out of the window, an
// inspection in the window (with corrections) and one before it. p2's rows must not leak.
void plant(Database &db)
{
    db.exec(uR"(
        INSERT INTO enterprise (id, uscc, name, industry_code, lat, lon, updated_at)
        VALUES ('e1', '91440300MA5AAAAA1X', '甲公司', '4411', 22.5, 113.9, 0),
               ('e2', '91440300MA5AAAAB1X', '乙公司', '4411', NULL, NULL, 0);
        INSERT INTO permit (id, number, enterprise_id, revision, valid_from, valid_to, issued_on,
                            authority, industry_code, content_hash, updated_at)
        VALUES ('p1', 'N1', 'e1', 2, '2024-01-01', '2028-12-31', '2023-12-20', 'A', '4411', 'h', 0),
               ('p2', 'N2', 'e2', 1, '2024-01-01', '2028-12-31', '2023-12-20', 'A', '4411', 'h', 0);
        INSERT INTO report_schedule (id, permit_id, kind, due_day, due_month_offset)
        VALUES ('s1', 'p1', 'quarterly', 15, 1), ('s2', 'p1', 'annual', 31, 3);
        INSERT INTO execution_report (id, permit_id, kind, period, filed_on)
        VALUES ('x1', 'p1', 'quarterly', '2026-Q3', '2026-10-12'),
               ('x2', 'p2', 'quarterly', '2026-Q3', '2026-10-12');
        INSERT INTO outlet (id, permit_id, code, name, medium, category, lat, lon, removed_in_revision)
        VALUES ('o1', 'p1', 'DA001', 'Stack', 'air', 'main', 22.501, 113.901, NULL),
               ('o2', 'p1', 'DW001', 'Old outfall', 'water', 'general', 22.502, 113.902, 2),
               ('o3', 'p2', 'DA001', 'Stack', 'air', 'main', 22.6, 113.95, NULL);
        INSERT INTO emission_limit (id, outlet_id, pollutant, max_value, min_value, unit,
                                    reference_o2_pct, basis, annual_t)
        VALUES ('l1', 'o1', 'SO2', 35, NULL, 'mg/Nm3', 6, 'hourly', 120.5),
               ('l2', 'o3', 'SO2', 50, NULL, 'mg/Nm3', 6, 'hourly', NULL);
        INSERT INTO monitoring_requirement (id, outlet_id, pollutant, mode, frequency)
        VALUES ('m1', 'o1', 'SO2', 'automatic', 'continuous');
        INSERT INTO reported_value (id, outlet_id, pollutant, kind, period, value, unit, qualifier,
                                    validity, no_data, o2_pct, flow_m3h, valid_count)
        VALUES ('r-old', 'o1', 'SO2', 'month_amount', '2025-09', 3, 't', '=', 'valid', NULL, NULL, NULL, NULL),
               ('r-first', 'o1', 'SO2', 'month_amount', '2025-10', 3, 't', '=', 'valid', NULL, NULL, NULL, NULL),
               ('r-day', 'o1', 'SO2', 'cems_day', '2026-10-31', 20, 'mg/Nm3', '=', 'valid', NULL, 6.5, 1200, 24),
               ('r-hour', 'o1', 'SO2', 'cems_hour', '2026-11-01T15', NULL, 'mg/Nm3', '=', 'shutdown', 'C', NULL, NULL, NULL),
               ('r-late', 'o1', 'SO2', 'cems_day', '2026-11-03', 20, 'mg/Nm3', '=', 'valid', NULL, NULL, NULL, NULL),
               ('r-p2', 'o3', 'SO2', 'cems_day', '2026-10-31', 20, 'mg/Nm3', '=', 'valid', NULL, NULL, NULL, NULL);
        INSERT INTO inspector (id, code, name, role) VALUES ('i1', 'I1', 'Li', 'inspector');
        INSERT INTO checklist_template (id, code, phase, title_zh, title_en)
        VALUES ('t1', 'T1', 'post_issuance', '模板', 'Template');
        INSERT INTO checklist_item (id, template_id, ordinal, code, severity, text_zh, text_en)
        VALUES ('c1', 't1', 1, 'A1', 'major', '台账', 'Ledger'),
               ('c2', 't1', 2, 'A2', 'minor', '标识', 'Sign');
        -- 2026-10-20 10:00 CST and 2025-01-05 (before the window).
        INSERT INTO inspection (id, permit_id, inspector_id, phase, status, started_at, production_load)
        VALUES ('n1', 'p1', 'i1', 'post_issuance', 'submitted', 1792461600000, 'running'),
               ('n0', 'p1', 'i1', 'post_issuance', 'submitted', 1736035200000, NULL);
        INSERT INTO checklist_answer (id, inspection_id, item_id, answer, note, recorded_at, supersedes_id)
        VALUES ('a1', 'n1', 'c1', 'compliant', NULL, 1792461700000, NULL),
               ('a2', 'n1', 'c1', 'non_compliant', 'no ledger', 1792461800000, 'a1'),
               ('a3', 'n1', 'c2', 'compliant', NULL, 1792461750000, NULL),
               ('a0', 'n0', 'c1', 'non_compliant', NULL, 1736035300000, NULL);
        INSERT INTO measurement (id, inspection_id, outlet_id, pollutant, value, unit, o2_pct, recorded_at, supersedes_id)
        VALUES ('me1', 'n1', 'o1', 'SO2', 52, 'mg/Nm3', 8.2, 1792461900000, NULL),
               ('me2', 'n1', 'o1', 'SO2', 48, 'mg/Nm3', 8.0, 1792462000000, 'me1');
        INSERT INTO position_fix (id, inspection_id, outlet_id, purpose, lat, lon, accuracy_m, samples, recorded_at)
        VALUES ('f1', 'n1', 'o1', 'outlet_check', 22.503, 113.903, 4, 10, 1792461650000),
               ('f2', 'n1', NULL, 'undeclared_outlet', 22.504, 113.904, 5, 10, 1792461660000);
        INSERT INTO observed_outlet (id, inspection_id, fix_id, medium, description, recorded_at)
        VALUES ('u1', 'n1', 'f2', 'water', 'pipe to ditch', 1792461670000);
        INSERT INTO photo (id, inspection_id, sha256, byte_size, mime, lat, lon, taken_at, imported)
        VALUES ('ph1', 'n1', 'aa', 10, 'image/jpeg', 22.505, 113.905, 1792461680000, 1),
               ('ph2', 'n1', 'bb', 10, 'image/jpeg', NULL, NULL, 1792461690000, NULL);
    )"_s);
}

QStringList ids(const auto &rows)
{
    QStringList result;
    for (const auto &row : rows)
        result << row.id;
    result.sort();
    return result;
}

} // namespace

class TestPermitSnapshotLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownPermitIsNothing()
    {
        Database db(u":memory:"_s);
        store::Migrator::migrate(db, store::StoreRole::Server);
        QVERIFY(!PermitSnapshotLoader(db).load(u"nope"_s, kAsOf));
    }

    void windowCoversThirteenMonthsInCst()
    {
        const auto window = PermitSnapshotLoader::window(kAsOf);
        QCOMPARE(window.first, QDate(2025, 10, 1));
        QCOMPARE(window.firstPeriod, u"2025-09-30"_s);
        QCOMPARE(window.endPeriod, u"2026-11-03"_s);
        // 2025-10-01 00:00 CST is 2025-09-30 16:00 UTC.
        QCOMPARE(window.firstMs,
            QDateTime(QDate(2025, 9, 30), QTime(16, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(
            window.endMs, QDateTime(QDate(2026, 11, 1), QTime(16, 0), Qt::UTC).toMSecsSinceEpoch());
    }

    void termsOfOnePermit()
    {
        for (const auto role : {store::StoreRole::Server, store::StoreRole::Device}) {
            Database db(u":memory:"_s);
            store::Migrator::migrate(db, role);
            plant(db);
            const auto snapshot = PermitSnapshotLoader(db).load(u"p1"_s, kAsOf);
            QVERIFY(snapshot);
            QCOMPARE(snapshot->permitNumber, u"N1"_s);
            QCOMPARE(snapshot->enterpriseName, u"甲公司"_s);
            QCOMPARE(snapshot->siteLat.value_or(0), 22.5);
            QCOMPARE(snapshot->validTo, QDate(2028, 12, 31));
            QCOMPARE(snapshot->revision, 2);
            QCOMPARE(snapshot->jurisdiction, u"cn"_s);
            QCOMPARE(ids(snapshot->outlets), (QStringList {u"o1"_s, u"o2"_s}));
            const auto *stack = snapshot->outlet(u"o1"_s);
            QVERIFY(stack && !stack->removed);
            QVERIFY(snapshot->outlet(u"o2"_s)->removed);
            QCOMPARE(stack->limits.size(), 1);
            QCOMPARE(stack->limits[0].max.value_or(0), 35.0);
            QVERIFY(!stack->limits[0].min);
            QCOMPARE(stack->limits[0].referenceO2Pct.value_or(0), 6.0);
            QCOMPARE(stack->limits[0].annualT.value_or(0), 120.5);
            QCOMPARE(stack->limits[0].basis, u"hourly"_s);
            QCOMPARE(stack->monitoring.size(), 1);
            QCOMPARE(stack->monitoring[0].frequency, u"continuous"_s);
            QCOMPARE(snapshot->schedule.size(), 2);
            QCOMPARE(ids(snapshot->executionReports), QStringList {u"x1"_s});
            QCOMPARE(snapshot->executionReports[0].filedOn, QDate(2026, 10, 12));
        }
    }

    void reportedRowsOfTheWindowOnly()
    {
        Database db(u":memory:"_s);
        store::Migrator::migrate(db, store::StoreRole::Server);
        plant(db);
        const auto snapshot = PermitSnapshotLoader(db).load(u"p1"_s, kAsOf);
        // r-old is 14 months back, r-late after asOf, r-p2 another permit's.
        QCOMPARE(ids(snapshot->reported), (QStringList {u"r-day"_s, u"r-first"_s, u"r-hour"_s}));
        for (const auto &row : snapshot->reported) {
            if (row.id == u"r-hour") {
                QVERIFY(!row.value); // a no-data code is not a zero
                QCOMPARE(row.noData, u"C"_s);
                QCOMPARE(row.validity, u"shutdown"_s);
            }
            if (row.id == u"r-day") {
                QCOMPARE(row.o2Pct.value_or(0), 6.5);
                QCOMPARE(row.flowM3h.value_or(0), 1200.0);
                QCOMPARE(row.validCount.value_or(0), 24);
            }
        }
    }

    void fieldRecordsWithCorrectionsApplied()
    {
        Database db(u":memory:"_s);
        store::Migrator::migrate(db, store::StoreRole::Device);
        plant(db);
        const auto snapshot = PermitSnapshotLoader(db).load(u"p1"_s, kAsOf);
        // n0 started before the window: neither it nor its answer is read.
        QCOMPARE(ids(snapshot->inspections), QStringList {u"n1"_s});
        QCOMPARE(snapshot->inspections[0].productionLoad, u"running"_s);
        QCOMPARE(ids(snapshot->answers), (QStringList {u"a2"_s, u"a3"_s}));
        for (const auto &answer : snapshot->answers) {
            if (answer.id == u"a2") {
                QCOMPARE(answer.answer, u"non_compliant"_s);
                QCOMPARE(answer.itemCode, u"A1"_s);
                QCOMPARE(answer.severity, u"major"_s);
                QCOMPARE(answer.note, u"no ledger"_s);
            }
        }
        QCOMPARE(ids(snapshot->measurements), QStringList {u"me2"_s});
        QCOMPARE(snapshot->measurements[0].o2Pct.value_or(0), 8.0);
        QCOMPARE(snapshot->measurements[0].outletId, u"o1"_s);
        QCOMPARE(ids(snapshot->fixes), (QStringList {u"f1"_s, u"f2"_s}));
        QCOMPARE(snapshot->fixes[0].accuracyM, 4.0);
        QCOMPARE(snapshot->fixes[0].samples, 10);
        QCOMPARE(ids(snapshot->observedOutlets), QStringList {u"u1"_s});
        QCOMPARE(snapshot->observedOutlets[0].fixId, u"f2"_s);
        QCOMPARE(ids(snapshot->photos), (QStringList {u"ph1"_s, u"ph2"_s}));
        QVERIFY(snapshot->photos[0].imported);
        QCOMPARE(snapshot->photos[0].lat.value_or(0), 22.505);
        QVERIFY(!snapshot->photos[1].lat);
    }

    void answerCorrectedTwiceKeepsTheLastCorrection()
    {
        Database db(u":memory:"_s);
        store::Migrator::migrate(db, store::StoreRole::Server);
        plant(db);
        // A correction recorded with an earlier clock than the row it corrects still wins.
        db.exec(
            uR"(INSERT INTO checklist_answer (id, inspection_id, item_id, answer, recorded_at, supersedes_id)
                    VALUES ('a4', 'n1', 'c1', 'compliant', 1792461799000, 'a2'))"_s);
        const auto snapshot = PermitSnapshotLoader(db).load(u"p1"_s, kAsOf);
        QCOMPARE(ids(snapshot->answers), (QStringList {u"a3"_s, u"a4"_s}));
    }

    void renewalAndMeasurementPositionAreLoaded()
    {
        for (const auto role : {store::StoreRole::Server, store::StoreRole::Device}) {
            Database db(u":memory:"_s);
            store::Migrator::migrate(db, role);
            plant(db);
            db.exec(uR"(UPDATE permit SET renewal_applied_on = '2028-09-30' WHERE id = 'p1';
                UPDATE measurement SET lat = 22.51, lon = 113.91, accuracy_m = 6,
                    position_at = 1792461990000 WHERE id = 'me2')"_s);
            const auto snapshot = PermitSnapshotLoader(db).load(u"p1"_s, kAsOf);
            QCOMPARE(snapshot->renewalAppliedOn, QDate(2028, 9, 30));
            QCOMPARE(snapshot->measurements[0].lat.value_or(0), 22.51);
            QCOMPARE(snapshot->measurements[0].lon.value_or(0), 113.91);
            QCOMPARE(snapshot->measurements[0].accuracyM.value_or(0), 6.0);
            QCOMPARE(snapshot->measurements[0].positionAtMs.value_or(0), 1792461990000);
            // None on record: no date, no position.
            const auto other = PermitSnapshotLoader(db).load(u"p2"_s, kAsOf);
            QVERIFY(!other->renewalAppliedOn.isValid());
        }
    }
};

QTEST_GUILESS_MAIN(TestPermitSnapshotLoader)
#include "tst_permitsnapshotloader.moc"
