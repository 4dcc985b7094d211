// The server refuses evidence no instrument or place can produce (sync::EvidenceBounds), even
// from a device that skipped its own checks: a 1e308 concentration, O2 of 21 %, a latitude of
// 91°, an accuracy of 1e308 m, text in a numeric field, an unknown unit, a photo of 0 bytes.
// Each is rejected alone with OUT_OF_RANGE naming the field, and nothing of it is stored.
#include "server/syncengine.h"
#include "synctesthelpers.h"

#include <QTest>

#include <limits>

using namespace synctest;
using namespace outfall;

class TestPushBounds : public QObject
{
    Q_OBJECT

    using E = sync::Entity;

    static sync::Uuid measurement(Device &device, const sync::Uuid &inspection,
        sync::FieldValue value, const QString &unit, std::optional<double> o2 = std::nullopt)
    {
        const sync::Uuid id = device.newId();
        std::vector<sync::Op::Field> fields {
            {field(E::Measurement, u"inspection_id"), inspection.toText()},
            {field(E::Measurement, u"pollutant"), u"SO2"_s},
            {field(E::Measurement, u"value"), std::move(value)},
            {field(E::Measurement, u"unit"), unit},
            {field(E::Measurement, u"recorded_at"), std::int64_t(1'760'000'000'500)}};
        if (o2)
            fields.push_back({field(E::Measurement, u"o2_pct"), *o2});
        device.outbox.insert(E::Measurement, id, std::move(fields));
        return id;
    }

    // A measurement with the position the device recorded it at (0020).
    static sync::Uuid measurementAt(
        Device &device, const sync::Uuid &inspection, double lat, double accuracy)
    {
        const sync::Uuid id = device.newId();
        device.outbox.insert(E::Measurement, id,
            {{field(E::Measurement, u"inspection_id"), inspection.toText()},
                {field(E::Measurement, u"pollutant"), u"SO2"_s},
                {field(E::Measurement, u"value"), 30.0},
                {field(E::Measurement, u"unit"), u"mg/m3"_s},
                {field(E::Measurement, u"recorded_at"), std::int64_t(1'760'000'000'500)},
                {field(E::Measurement, u"lat"), lat}, {field(E::Measurement, u"lon"), 114.0},
                {field(E::Measurement, u"accuracy_m"), accuracy},
                {field(E::Measurement, u"position_at"), std::int64_t(1'760'000'000'400)}});
        return id;
    }

    static sync::Uuid fix(Device &device, const sync::Uuid &inspection, double lat, double accuracy)
    {
        const sync::Uuid id = device.newId();
        device.outbox.insert(E::PositionFix, id,
            {{field(E::PositionFix, u"inspection_id"), inspection.toText()},
                {field(E::PositionFix, u"purpose"), u"arrival"_s},
                {field(E::PositionFix, u"lat"), lat}, {field(E::PositionFix, u"lon"), 114.0},
                {field(E::PositionFix, u"accuracy_m"), accuracy},
                {field(E::PositionFix, u"recorded_at"), std::int64_t(1'760'000'000'600)}});
        return id;
    }

    static sync::Uuid photo(Device &device, const sync::Uuid &inspection, std::int64_t bytes)
    {
        const sync::Uuid id = device.newId();
        device.outbox.insert(E::Photo, id,
            {{field(E::Photo, u"inspection_id"), inspection.toText()},
                {field(E::Photo, u"sha256"), QString(64, u'b')},
                {field(E::Photo, u"byte_size"), bytes}, {field(E::Photo, u"mime"), u"image/jpeg"_s},
                {field(E::Photo, u"taken_at"), std::int64_t(1'760'000'000'700)}});
        return id;
    }

private Q_SLOTS:
    void impossibleValuesAreRefusedOneByOne()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        QVERIFY(a1->sync().ok);
        const auto inspection = a1->startInspection(world.district.permits[0]);
        // The device's own CHECKs would stop some of these: off, to plant what a hostile or
        // broken device could send.
        a1->db.exec(u"PRAGMA ignore_check_constraints = ON"_s);
        const auto good = measurement(*a1, inspection, 420.5, u"mg/m3"_s, 8.0);
        const auto goodAt = measurementAt(*a1, inspection, 22.5, 6.0);
        struct Bad
        {
            sync::Uuid id;
            QString says;
        };
        const std::vector<Bad> bad {
            {measurement(*a1, inspection, 1e308, u"mg/m3"_s), u"measurement.value 1e+308 mg/m3"_s},
            {measurement(*a1, inspection, std::numeric_limits<double>::infinity(), u"mg/m3"_s),
                u"measurement.value inf"_s},
            {measurement(*a1, inspection, -5.0, u"mg/m3"_s), u"measurement.value -5 mg/m3"_s},
            {measurement(*a1, inspection, 40.0, u"mg/m3"_s, 21.0), u"measurement.o2_pct 21 %"_s},
            {measurement(*a1, inspection, u"forty"_s, u"mg/m3"_s),
                u"measurement.value is not a number"_s},
            {measurement(*a1, inspection, 40.0, u"furlongs"_s),
                u"measurement.unit \"furlongs\" is not a known unit"_s},
            {measurementAt(*a1, inspection, 91.0, 5.0), u"measurement.lat 91 is outside"_s},
            {measurementAt(*a1, inspection, 22.5, 0.0), u"measurement.accuracy_m 0 m"_s},
            {fix(*a1, inspection, 91.0, 5.0), u"position_fix.lat 91 is outside"_s},
            {fix(*a1, inspection, 22.5, 1e308), u"position_fix.accuracy_m 1e+308 m"_s},
            {photo(*a1, inspection, 0), u"photo.byte_size 0 bytes"_s},
        };
        const auto goodFix = fix(*a1, inspection, 22.5, 8.0);

        const auto result = a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rejected, int(bad.size()));
        QCOMPARE(result.rejections.size(), qsizetype(bad.size()));
        for (std::size_t i = 0; i < bad.size(); ++i) {
            const QString &said = result.rejections[qsizetype(i)];
            QVERIFY2(said.startsWith(u"OUT_OF_RANGE: "_s), qPrintable(said));
            QVERIFY2(said.contains(bad[i].says), qPrintable(said + u" / "_s + bad[i].says));
            QVERIFY2(said.size() < 300, "a refusal quotes briefly");
        }
        auto server = world.serverDb();
        QCOMPARE(count(*server, u"SELECT count(*) FROM measurement"_s), 2);
        QCOMPARE(count(*server,
                     u"SELECT count(*) FROM measurement WHERE id = '%1'"_s.arg(good.toText())),
            1);
        // The position arrives with the measurement and is stored with it.
        QCOMPARE(count(*server,
                     u"SELECT count(*) FROM measurement WHERE id = '%1' AND lat = 22.5 AND"
                     u" lon = 114.0 AND accuracy_m = 6.0 AND position_at = 1760000000400"_s.arg(
                         goodAt.toText())),
            1);
        QCOMPARE(count(*server, u"SELECT count(*) FROM position_fix"_s), 1);
        QCOMPARE(count(*server,
                     u"SELECT count(*) FROM position_fix WHERE id = '%1'"_s.arg(goodFix.toText())),
            1);
        QCOMPARE(count(*server, u"SELECT count(*) FROM photo"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestPushBounds)
#include "tst_pushbounds.moc"
