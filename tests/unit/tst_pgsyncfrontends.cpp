// Issue 14 part 2 at the level of devices: two SyncServer front-ends, each with its own
// connections, serve one PostgreSQL store at once. A push whose acknowledgement was lost on one
// is retried on the other and applied once; devices that switch front-ends at random, through
// networks that drop, double and reorder messages, syncing at the same moment, end with the same
// records as the store, nothing lost and nothing doubled.
#include "faultproxy.h"
#include "synctesthelpers.h"

#include <QRandomGenerator>
#include <QTest>

#include <future>

using namespace synctest;

namespace {

// The World's first front-end again, with its photos in the database like the other's.
void photosInTheDatabase(World &world)
{
    world.server.reset();
    world.blobsUrl = world.dbUrl;
    world.startServer();
}

bool syncThrough(Device &device, const QString &endpoint)
{
    device.config.endpoint = endpoint;
    // A lossy route loses a reply now and then (a 300 ms wait each); what is asserted is that
    // nothing is lost or doubled, not how fast, so the device keeps trying.
    for (int attempt = 0; attempt < 40; ++attempt) {
        if (device.sync().ok)
            return true;
    }
    return false;
}

QStringList ids(store::Database &db, const QString &sql)
{
    auto statement = db.prepare(sql);
    QStringList found;
    while (statement.step())
        found << statement.text(0);
    return found;
}

} // namespace

class TestPgSyncFrontEnds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = pgtest::notInstalledReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        qputenv("OUTFALL_TEST_STORE", "postgresql"); // World's store: a database of its own
    }

    void aPushWhoseAckIsLostIsAppliedOnceWhenRetriedOnTheOtherFrontEnd()
    {
        World world;
        photosInTheDatabase(world);
        auto second = world.anotherFrontEnd(u"second"_s, world.dbUrl);
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        QVERIFY(a1->sync().ok);
        const auto inspection = a1->startInspection(world.district.permits[0]);
        for (int i = 0; i < 10; ++i)
            a1->measure(inspection, i);
        const QByteArray jpeg(70'000, 'p');
        addPhoto(*a1, inspection,
            QString::fromLatin1(QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex()),
            jpeg);
        {
            // The first front-end welcomes the device and applies its push; the push's
            // acknowledgement never reaches the device.
            FaultProxy deaf(world.endpoint, {0, 0, 0, true, 1}, 1);
            a1->config.endpoint = deaf.endpoint();
            a1->config.timeoutMs = 200;
            a1->config.attempts = 2;
            QVERIFY(!a1->sync().ok);
        }
        QCOMPARE(a1->outbox.pendingCount(), 12); // nothing forgotten without an ack
        QCOMPARE(count(*world.serverDb(), u"SELECT count(*) FROM measurement"_s), 10);

        // The device's next sync reaches the other front-end: the same batch, applied once.
        a1->config.endpoint = second->endpoint();
        a1->config.timeoutMs = 1500;
        a1->config.attempts = 4;
        const auto retried = a1->sync();
        QVERIFY2(retried.ok, qPrintable(retried.error));
        QCOMPARE(retried.pushed, 12);
        QCOMPARE(a1->outbox.pendingCount(), 0);
        auto store = world.serverDb();
        QCOMPARE(count(*store, u"SELECT count(*) FROM measurement"_s), 10);
        QCOMPARE(count(*store, u"SELECT count(*) FROM photo"_s), 1);
        QCOMPARE(count(*store, u"SELECT count(*) FROM sync_op"_s), 12);
        QCOMPARE(count(*store, u"SELECT count(*) FROM blob"_s), 1);

        // Another tablet of the inspector, on the first front-end, receives each record once.
        auto a2 = world.device(world.district.inspectorA, u"a2"_s);
        QVERIFY(a2->sync().ok);
        QCOMPARE(count(a2->db, u"SELECT count(*) FROM measurement"_s), 10);
        QCOMPARE(count(a2->db, u"SELECT count(*) FROM photo"_s), 1);
    }

    void devicesSwitchingFrontEndsAtRandomConverge_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed = 21; seed <= 23; ++seed)
            QTest::addRow("seed %llu", seed) << seed;
    }
    void devicesSwitchingFrontEndsAtRandomConverge()
    {
        QFETCH(quint64, seed);
        World world;
        auto second = world.anotherFrontEnd(u"second"_s, world.dbUrl);
        FaultProxy lossyFirst(world.endpoint, {15, 10, 10, false}, seed);
        FaultProxy lossySecond(second->endpoint(), {15, 10, 10, false}, seed + 100);
        const QStringList routes {
            world.endpoint, second->endpoint(), lossyFirst.endpoint(), lossySecond.endpoint()};
        QRandomGenerator random(seed);

        // Two tablets of inspector A, each with an inspection of its own, and one of B.
        std::vector<std::unique_ptr<Device>> devices;
        devices.push_back(world.device(world.district.inspectorA, u"a1"_s));
        devices.push_back(world.device(world.district.inspectorA, u"a2"_s));
        devices.push_back(world.device(world.district.inspectorB, u"b1"_s));
        const QStringList permits {
            world.district.permits[0], world.district.permits[1], world.district.permits[2]};
        std::vector<sync::Uuid> inspections;
        for (std::size_t d = 0; d < devices.size(); ++d) {
            devices[d]->config.timeoutMs = 300;
            devices[d]->config.attempts = 6;
            devices[d]->config.pushBatchOps = 5;
            QVERIFY(syncThrough(*devices[d], routes[random.bounded(routes.size())]));
            inspections.push_back(devices[d]->startInspection(permits[d]));
        }

        const int rounds = 5;
        int measurements = 0;
        for (int round = 0; round < rounds; ++round) {
            for (std::size_t d = 0; d < devices.size(); ++d) {
                for (int n = 1 + int(random.bounded(4)); n > 0; --n, ++measurements)
                    devices[d]->measure(inspections[d], measurements);
                devices[d]->setSummary(inspections[d], u"device %1 round %2"_s.arg(d).arg(round));
            }
            // All three at once, each through a route drawn for it: both front-ends write to
            // the store at the same moment.
            std::vector<std::future<bool>> syncs;
            for (auto &device : devices) {
                const QString route = routes[random.bounded(routes.size())];
                syncs.push_back(std::async(
                    std::launch::async, [&device, route] { return syncThrough(*device, route); }));
            }
            for (auto &done : syncs)
                QVERIFY(done.get());
        }
        // Two quiet passes, straight to a front-end: the second brings each device what the
        // others pushed in the first.
        for (int pass = 0; pass < 2; ++pass) {
            for (std::size_t d = 0; d < devices.size(); ++d)
                QVERIFY(syncThrough(*devices[d], routes[int((d + pass) % 2)]));
        }
        QVERIFY(lossyFirst.dropped() + lossySecond.dropped() + lossyFirst.duplicated()
                + lossySecond.duplicated()
            > 0);

        auto store = world.serverDb();
        QCOMPARE(count(*store, u"SELECT count(*) FROM measurement"_s), measurements);
        // Ops: three inspections, a summary a round each, the measurements; none twice.
        QCOMPARE(count(*store, u"SELECT count(*) FROM sync_op"_s), measurements + 3 + 3 * rounds);
        for (auto &device : devices)
            QCOMPARE(device->outbox.pendingCount(), 0);
        // Every tablet holds what the store holds of its inspector, down to the ids.
        const QString ofInspector = u"SELECT m.id FROM measurement m JOIN inspection i"
                                    u" ON i.id = m.inspection_id WHERE i.inspector_id = '%1'"
                                    u" ORDER BY m.id"_s;
        const QStringList ofA = ids(*store, ofInspector.arg(world.district.inspectorA));
        const QStringList ofB = ids(*store, ofInspector.arg(world.district.inspectorB));
        QCOMPARE(ofA.size() + ofB.size(), measurements);
        QCOMPARE(ids(devices[0]->db, ofInspector.arg(world.district.inspectorA)), ofA);
        QCOMPARE(ids(devices[1]->db, ofInspector.arg(world.district.inspectorA)), ofA);
        QCOMPARE(ids(devices[2]->db, ofInspector.arg(world.district.inspectorB)), ofB);
        for (std::size_t d = 0; d < devices.size(); ++d) {
            const QString last = u"device %1 round %2"_s.arg(d).arg(rounds - 1);
            QCOMPARE(text(*store,
                         u"SELECT summary FROM inspection WHERE id = '%1'"_s.arg(
                             inspections[d].toText())),
                last);
            QCOMPARE(devices[d]->summaryOf(inspections[d]), last);
        }
        QCOMPARE(devices[1]->summaryOf(inspections[0]), u"device 0 round %1"_s.arg(rounds - 1));
    }
};

QTEST_GUILESS_MAIN(TestPgSyncFrontEnds)
#include "tst_pgsyncfrontends.moc"
