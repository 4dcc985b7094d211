// Authorisation of pushed ops beyond ownership: an inspection (and every record under it)
// on a permit its inspector was not assigned when it started is refused with NOT_ASSIGNED,
// and a record may point only within its own inspection and permit.
#include "server/syncengine.h"
#include "synctesthelpers.h"

#include <QCborArray>
#include <QDateTime>
#include <QTest>

using namespace synctest;
using namespace outfall;

class TestPushAuthorisation : public QObject
{
    Q_OBJECT

private:
    using E = sync::Entity;

    static sync::Uuid record(Device &device, E entity, std::vector<sync::Op::Field> fields)
    {
        const sync::Uuid id = device.newId();
        device.outbox.insert(entity, id, std::move(fields));
        return id;
    }

    // An answer, a position fix, a photo, a signature and the submission: every kind of
    // record an inspection holds, besides the measurement.
    static void recordEverything(
        Device &device, const sync::Uuid &inspection, const District &district)
    {
        const QString parent = inspection.toText();
        const std::int64_t at = 1'760'000'000'100;
        record(device, E::ChecklistAnswer,
            {{field(E::ChecklistAnswer, u"inspection_id"), parent},
                {field(E::ChecklistAnswer, u"item_id"), district.itemId},
                {field(E::ChecklistAnswer, u"answer"), u"compliant"_s},
                {field(E::ChecklistAnswer, u"recorded_at"), at}});
        const sync::Uuid fix = record(device, E::PositionFix,
            {{field(E::PositionFix, u"inspection_id"), parent},
                {field(E::PositionFix, u"purpose"), u"arrival"_s},
                {field(E::PositionFix, u"lat"), 22.5}, {field(E::PositionFix, u"lon"), 114.0},
                {field(E::PositionFix, u"accuracy_m"), 5.0},
                {field(E::PositionFix, u"recorded_at"), at}});
        record(device, E::ObservedOutlet,
            {{field(E::ObservedOutlet, u"inspection_id"), parent},
                {field(E::ObservedOutlet, u"fix_id"), fix.toText()},
                {field(E::ObservedOutlet, u"medium"), u"water"_s},
                {field(E::ObservedOutlet, u"description"), u"pipe"_s},
                {field(E::ObservedOutlet, u"recorded_at"), at}});
        record(device, E::Photo,
            {{field(E::Photo, u"inspection_id"), parent},
                {field(E::Photo, u"sha256"), QString(64, u'a')},
                {field(E::Photo, u"byte_size"), std::int64_t(10)},
                {field(E::Photo, u"mime"), u"image/jpeg"_s}, {field(E::Photo, u"taken_at"), at}});
        record(device, E::Signature,
            {{field(E::Signature, u"inspection_id"), parent},
                {field(E::Signature, u"signer_role"), u"inspector"_s},
                {field(E::Signature, u"signer_name"), u"B"_s},
                {field(E::Signature, u"signed_at"), at}});
        device.outbox.update(E::Inspection, inspection,
            {{field(E::Inspection, u"status"), u"submitted"_s},
                {field(E::Inspection, u"submitted_at"), at}});
    }

    static QStringList codes(store::Database &db)
    {
        QStringList list;
        auto statement = db.prepare(u"SELECT code FROM sync_rejection ORDER BY device_seq"_s);
        while (statement.step())
            list << statement.text(0);
        return list;
    }

private Q_SLOTS:
    void inspectionOnAPermitNotAssignedIsRefusedWithEverythingUnderIt_data()
    {
        QTest::addColumn<int>("batchOps");
        QTest::addRow("in one batch") << 1000;
        QTest::addRow("one op a batch") << 1; // the records come after the refusal
    }
    void inspectionOnAPermitNotAssignedIsRefusedWithEverythingUnderIt()
    {
        QFETCH(int, batchOps);
        // B is assigned permits[2] only; the reference rows of A's permit are copied into
        // B's store (foreign keys off: B never pulled them).
        World world;
        auto b1 = world.device(world.district.inspectorB, u"b1"_s);
        QVERIFY(b1->sync().ok);
        b1->db.exec(u"PRAGMA foreign_keys = OFF"_s);
        const auto inspection = b1->startInspection(world.district.permits[0]);
        b1->measure(inspection, 999.0);
        recordEverything(*b1, inspection, world.district);
        b1->config.pushBatchOps = batchOps;
        const auto result = b1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.pushed, 8);
        QCOMPARE(result.rejected, 8);
        QCOMPARE(codes(b1->db), QStringList(8, u"NOT_ASSIGNED"_s));
        // The device shows each, with the reason naming the permit.
        QCOMPARE(result.rejections.size(), 8);
        QVERIFY2(result.rejections[0].contains(world.district.permits[0]),
            qPrintable(result.rejections[0]));
        QVERIFY(result.rejections[0].startsWith(u"NOT_ASSIGNED: "_s));
        auto server = world.serverDb();
        for (const QString &table : {u"inspection"_s, u"measurement"_s, u"checklist_answer"_s,
                 u"position_fix"_s, u"observed_outlet"_s, u"photo"_s, u"signature"_s})
            QCOMPARE(count(*server, u"SELECT count(*) FROM %1"_s.arg(table)), 0);
        QCOMPARE(count(*server, u"SELECT count(*) FROM sync_op"_s), 0);
        // A's devices never hear of it.
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        QVERIFY(a1->sync().ok);
        QCOMPARE(count(a1->db, u"SELECT count(*) FROM measurement"_s), 0);
    }

    void inspectionStartedAfterTheWithdrawalIsRefused()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        QVERIFY(a1->sync().ok);
        // Started while assigned (the tablet offline), pushed after the withdrawal: accepted.
        const auto before = a1->startInspection(world.district.permits[0]);
        {
            auto server = world.serverDb();
            server::DeviceRegistry(*server).unassign(
                world.admin, u"A1"_s, {world.district.permits[0]});
        }
        // Started an hour after the withdrawal (the tablet had not synced): refused.
        const std::int64_t later = QDateTime::currentMSecsSinceEpoch() + 3'600'000;
        const auto after = a1->startInspection(world.district.permits[0], later);
        a1->measure(after, 1.0);
        const auto result = a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rejected, 2);
        auto server = world.serverDb();
        QCOMPARE(count(*server,
                     u"SELECT count(*) FROM inspection WHERE id = '%1'"_s.arg(before.toText())),
            1);
        QCOMPARE(count(*server,
                     u"SELECT count(*) FROM inspection WHERE id = '%1'"_s.arg(after.toText())),
            0);
        QCOMPARE(codes(a1->db), (QStringList {u"NOT_ASSIGNED"_s, u"NOT_ASSIGNED"_s}));
        // Assigned again: a new inspection is accepted.
        server::DeviceRegistry(*server).assign(world.admin, u"A1"_s, {world.district.permits[0]});
        QVERIFY(a1->sync().ok); // the permit back on the tablet
        a1->startInspection(world.district.permits[0], later);
        const auto again = a1->sync();
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.rejected, 0);
        QCOMPARE(count(*server, u"SELECT count(*) FROM inspection"_s), 2);
    }

    void recordsPointOnlyWithinTheirInspection()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        auto b1 = world.device(world.district.inspectorB, u"b1"_s);
        QVERIFY(a1->sync().ok);
        QVERIFY(b1->sync().ok);
        const auto theirs = a1->startInspection(world.district.permits[0]);
        const auto theirMeasurement = a1->measure(theirs, 40.0);
        QVERIFY(a1->sync().ok);

        b1->db.exec(u"PRAGMA foreign_keys = OFF"_s);
        const auto mine = b1->startInspection(world.district.permits[2]);
        // A measurement at an outlet of A's permit, in B's own inspection.
        const auto elsewhere = record(*b1, E::Measurement,
            {{field(E::Measurement, u"inspection_id"), mine.toText()},
                {field(E::Measurement, u"outlet_id"), world.district.outlets[0]},
                {field(E::Measurement, u"pollutant"), u"COD"_s},
                {field(E::Measurement, u"value"), 999.0},
                {field(E::Measurement, u"unit"), u"mg/L"_s},
                {field(E::Measurement, u"recorded_at"), std::int64_t(1'760'000'000'500)}});
        // A correction that supersedes A's measurement.
        record(*b1, E::Measurement,
            {{field(E::Measurement, u"inspection_id"), mine.toText()},
                {field(E::Measurement, u"pollutant"), u"COD"_s},
                {field(E::Measurement, u"value"), 1.0}, {field(E::Measurement, u"unit"), u"mg/L"_s},
                {field(E::Measurement, u"recorded_at"), std::int64_t(1'760'000'000'600)},
                {field(E::Measurement, u"supersedes_id"), theirMeasurement.toText()}});
        // Its own outlet is fine.
        record(*b1, E::Measurement,
            {{field(E::Measurement, u"inspection_id"), mine.toText()},
                {field(E::Measurement, u"outlet_id"), world.district.outlets[2]},
                {field(E::Measurement, u"pollutant"), u"COD"_s},
                {field(E::Measurement, u"value"), 12.0},
                {field(E::Measurement, u"unit"), u"mg/L"_s},
                {field(E::Measurement, u"recorded_at"), std::int64_t(1'760'000'000'700)}});
        const auto result = b1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rejected, 2);
        QCOMPARE(codes(b1->db), (QStringList {u"NOT_ASSIGNED"_s, u"NOT_OWNER"_s}));
        QVERIFY(result.rejections[0].contains(elsewhere.toText()));
        QVERIFY(result.rejections[0].contains(world.district.outlets[0]));
        auto server = world.serverDb();
        QCOMPARE(count(*server,
                     u"SELECT count(*) FROM measurement WHERE inspection_id = '%1'"_s.arg(
                         mine.toText())),
            1);
    }
};

QTEST_GUILESS_MAIN(TestPushAuthorisation)
#include "tst_pushauthorisation.moc"
