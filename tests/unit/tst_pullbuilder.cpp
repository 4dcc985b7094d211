// PULL replies are built under the device's size bounds: a row no reply can carry is
// withheld (named in the server log and in "w") while every other row flows, and a reply,
// a snapshot included, that would pass a bound is split, the cursor staying where the next
// reply must begin.
#include "server/syncengine.h"
#include "sync/opbodycodec.h"
#include "sync/pullapplier.h"
#include "synctesthelpers.h"

#include <QCborArray>
#include <QTest>

#include <sqlite3.h>

using namespace synctest;
using namespace outfall;

class TestPullBuilder : public QObject
{
    Q_OBJECT

private:
    static server::Peer adminPeer()
    {
        server::Peer admin;
        admin.role = u"admin"_s;
        return admin;
    }

    // A store with A1 assigned permits[0] (with `values` more reported values), the engine
    // answering with the given bounds, and A1's phone (plain mode) beside it.
    struct Engine
    {
        Engine(const server::PullBuilder::Limits &limits, int values)
            : db(server::ServerStore::initialise(dir.path()))
            , district(seedDistrict(*db))
            , reader(server::ServerStore::databasePath(dir.path()))
            , engine(*db, reader, dir.path(), 2000, limits)
            , phone(makePhone(dir, *db, district))
        {
            server::DeviceRegistry(*db).assign(adminPeer(), u"A1"_s, {district.permits[0]});
            addReportedValues(*db, district.outlets[0], values);
        }

        static std::unique_ptr<Device> makePhone(
            const QTemporaryDir &dir, store::Database &db, const District &district)
        {
            const QString id = domain::UuidV7Generator().next();
            db.prepare(u"INSERT INTO device (id, inspector_id, role, public_key, enrolled_at)"
                       u" VALUES (?, ?, 'device', 'plain', 0)"_s)
                .bind(1, id)
                .bind(2, district.inspectorA)
                .exec();
            QDir().mkpath(dir.path() + u"/phone"_s);
            return std::make_unique<Device>(
                dir.path() + u"/phone"_s, id, district.inspectorA, u"tcp://unused"_s);
        }

        QTemporaryDir dir;
        std::unique_ptr<store::Database> db;
        District district;
        store::Database reader;
        server::SyncEngine engine;
        std::unique_ptr<Device> phone;
    };

    // A row larger than a reply may carry (16 MiB), as a bad import could leave one.
    static QString oversized() { return QString(17 * 1024 * 1024, u'N'); }

    // Daily reported values of an outlet, from `firstDay` days ago back: rows enough to pass
    // a small reply bound, all within the 12 months a device is sent.
    static void addReportedValues(
        store::Database &db, const QString &outlet, int count, int firstDay = 1)
    {
        domain::UuidV7Generator ids;
        for (int i = 0; i < count; ++i) {
            db.prepare(u"INSERT INTO reported_value (id, outlet_id, pollutant, kind, period,"
                       u" value, unit) VALUES (?, ?, 'SO2', 'sample', ?, ?, 'mg/m3')"_s)
                .bind(1, ids.next())
                .bind(2, outlet)
                .bind(3, QDate::currentDate().addDays(-firstDay - i).toString(u"yyyy-MM-dd"_s))
                .bind(4, double(i))
                .exec();
        }
    }

    // Pulls through the engine until the server has nothing more, as SyncClient does,
    // checking that no reply passes the bounds. Returns the replies it took.
    static int pullAll(server::SyncEngine &engine, Device &device,
        const server::PullBuilder::Limits &limits, int maxOps = 2000)
    {
        sync::OpCodec codec;
        codec.setDictionary(sync::ZstdDictionary::builtin());
        sync::PullApplier applier(device.db, codec);
        for (int replies = 1; replies < 1000; ++replies) {
            sync::Message pull = plainRequest(sync::Command::Pull, device.config.deviceId);
            pull.header.insert(u"c"_s,
                qint64(count(device.db, u"SELECT pull_cursor FROM sync_state WHERE id = 1"_s)));
            pull.header.insert(u"m"_s, maxOps);
            QCborArray held;
            auto permits = device.db.prepare(u"SELECT permit_id, as_of FROM held_permit"_s);
            while (permits.step())
                held.append(QCborArray {permits.text(0), qint64(permits.int64(1))});
            pull.header.insert(u"h"_s, held);
            const sync::Message reply = engine.handle(engine.identify({}, pull), pull);
            if (reply.command != sync::Command::PullReply)
                qFatal("pull answered with %s", sync::commandName(reply.command).constData());
            const QByteArray body =
                reply.body.isEmpty() ? QByteArray() : codec.decompressBody(reply.body);
            if (std::size_t(body.size()) > limits.bodyBytes)
                qFatal("a reply body of %lld bytes passed the bound", qint64(body.size()));
            if (std::size_t(reply.header.toCborValue().toCbor().size()) > limits.headerBytes)
                qFatal("a reply header passed the bound");
            applier.apply(reply);
            if (!reply.header.value(u"more"_s).toBool())
                return replies;
        }
        qFatal("the pull never ended");
    }

    // The SQLite virtual-machine instructions a connection runs while it lives: the work a
    // pull does, counted the same on any machine (a timed test could not say this).
    class VmInstructions
    {
    public:
        explicit VmInstructions(store::Database &db)
            : m_db(db)
        {
            sqlite3_progress_handler(m_db.handle(), 1, &VmInstructions::tick, &m_count);
        }
        ~VmInstructions() { sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr); }
        qint64 count() const { return m_count; }

    private:
        static int tick(void *count)
        {
            ++*static_cast<qint64 *>(count);
            return 0;
        }
        store::Database &m_db;
        qint64 m_count = 0;
    };

private Q_SLOTS:
    void rowLargerThanAnyReplyIsWithheldWhileEverythingElseFlows()
    {
        World world;
        {
            // Put straight into the store, as if an import had let them through: a staff name
            // every device pulls, and a permit field of A's first permit.
            auto db = world.serverDb();
            db->prepare(u"UPDATE inspector SET name = ? WHERE id = ?"_s)
                .bind(1, oversized())
                .bind(2, world.district.inspectorB)
                .exec();
            db->prepare(u"UPDATE permit SET capacity = ? WHERE id = ?"_s)
                .bind(1, oversized())
                .bind(2, world.district.permits[0])
                .exec();
        }
        for (const QString &name : {u"a1"_s, u"a2"_s}) { // a second, fresh device too
            auto device = world.device(world.district.inspectorA, name);
            const auto result = device->sync();
            QVERIFY2(result.ok, qPrintable(result.error));
            // Everything but the two rows: the other permit, both outlets, the other staff.
            QCOMPARE(count(device->db, u"SELECT count(*) FROM permit"_s), 1);
            QCOMPARE(count(device->db,
                         u"SELECT count(*) FROM permit WHERE id = '%1'"_s.arg(
                             world.district.permits[1])),
                1);
            QCOMPARE(count(device->db, u"SELECT count(*) FROM outlet"_s), 2);
            QCOMPARE(count(device->db, u"SELECT count(*) FROM checklist_item"_s), 1);
            QCOMPARE(count(device->db, u"SELECT count(*) FROM inspector"_s), 2);
            QCOMPARE(count(device->db,
                         u"SELECT count(*) FROM inspector WHERE id = '%1'"_s.arg(
                             world.district.inspectorB)),
                0);
            // The device is told what it did not get, row by row.
            QCOMPARE(result.problems.size(), 2);
            const QString problems = result.problems.join(u'\n');
            QVERIFY2(problems.contains(world.district.inspectorB), qPrintable(problems));
            QVERIFY2(problems.contains(world.district.permits[0]), qPrintable(problems));
            QVERIFY2(problems.contains(u"more than a reply may carry"_s), qPrintable(problems));
            // The cursor went past them: the next sync is quiet.
            const auto again = device->sync();
            QVERIFY2(again.ok, qPrintable(again.error));
            QVERIFY(again.problems.isEmpty());
        }
        // Corrected at the source, the row flows again.
        {
            auto db = world.serverDb();
            db->prepare(u"UPDATE inspector SET name = 'B. Fixed' WHERE id = ?"_s)
                .bind(1, world.district.inspectorB)
                .exec();
        }
        auto a3 = world.device(world.district.inspectorA, u"a3"_s);
        QVERIFY(a3->sync().ok);
        QCOMPARE(
            text(a3->db,
                u"SELECT name FROM inspector WHERE id = '%1'"_s.arg(world.district.inspectorB)),
            u"B. Fixed"_s);
    }

    void repliesAndSnapshotsAreSplitBySize()
    {
        // 2 KiB of body: a dozen rows a reply, so the 150-row snapshot cannot go in one.
        server::PullBuilder::Limits limits;
        limits.bodyBytes = 2048;
        Engine world(limits, 150);
        auto &[dir, db, district, reader, engine, phone] = world;
        QVERIFY(pullAll(engine, *phone, limits) > 10);
        QCOMPARE(count(phone->db, u"SELECT count(*) FROM reported_value"_s), 151);
        QCOMPARE(count(phone->db, u"SELECT count(*) FROM permit"_s), 1);
        QCOMPARE(count(phone->db, u"SELECT count(*) FROM checklist_item"_s), 1);
        QCOMPARE(count(phone->db, u"SELECT count(*) FROM inspector"_s), 3);

        // A permit assigned later, with a snapshot larger than a reply, to a device whose
        // cursor is at the head: split too, and nothing of either permit lost or doubled.
        server::DeviceRegistry(*db).assign(adminPeer(), u"A1"_s, {district.permits[1]});
        addReportedValues(*db, district.outlets[1], 120);
        addReportedValues(*db, district.outlets[0], 5, 200); // the held permit's, meanwhile
        QVERIFY(pullAll(engine, *phone, limits) > 10);
        QCOMPARE(count(phone->db, u"SELECT count(*) FROM reported_value"_s), 151 + 121 + 5);
        QCOMPARE(count(phone->db, u"SELECT count(*) FROM permit"_s), 2);
        QCOMPARE(count(phone->db, u"SELECT count(*) FROM held_permit"_s), 2);
        // Then quiet: one empty reply.
        QCOMPARE(pullAll(engine, *phone, limits), 1);
    }

    void headerListsAreSplitToo()
    {
        // Tombstones go in the header ("g"): many deletions at once come in several replies.
        server::PullBuilder::Limits limits;
        limits.headerBytes = 1024;
        Engine world(limits, 100);
        auto &[dir, db, district, reader, engine, phone] = world;
        pullAll(engine, *phone, limits);
        QCOMPARE(count(phone->db, u"SELECT count(*) FROM reported_value"_s), 101);
        db->exec(u"DELETE FROM reported_value WHERE pollutant = 'SO2'"_s);
        QVERIFY(pullAll(engine, *phone, limits) > 2);
        QCOMPARE(count(phone->db, u"SELECT count(*) FROM reported_value"_s), 1);
    }

    void aPullsWorkFollowsWhatTheDeviceHoldsNotTheStore()
    {
        // The log is read by scope: changes to permits the device does not hold cost its pull
        // nothing, however many there are (an import of 240,000 permits writes 8.4 M). Read in
        // seq order from the cursor instead, the pull after 5,000 of them does 100 times the
        // work of the pull after 50.
        server::PullBuilder::Limits limits;
        Engine world(limits, 10);
        auto &[dir, db, district, reader, engine, phone] = world;
        pullAll(engine, *phone, limits);
        int heldDay = 300;
        int notHeldDay = 1;
        const auto pullAfter = [&](int notHeld) {
            // permits[1]: not assigned; and one value of the permit it holds.
            addReportedValues(*db, district.outlets[1], notHeld, notHeldDay);
            notHeldDay += notHeld;
            addReportedValues(*db, district.outlets[0], 1, ++heldDay);
            const qint64 before = count(phone->db, u"SELECT count(*) FROM reported_value"_s);
            VmInstructions work(reader);
            pullAll(engine, *phone, limits);
            // The one change in scope arrives, and nothing of the other permit.
            if (count(phone->db, u"SELECT count(*) FROM reported_value"_s) != before + 1)
                qFatal("the pull did not bring exactly the held permit's new value");
            return work.count();
        };
        const qint64 afterFew = pullAfter(50);
        const qint64 afterMany = pullAfter(5000);
        QVERIFY2(afterMany < afterFew * 3 / 2,
            qPrintable(
                u"%1 VM instructions after 50 changes elsewhere, %2 after 5,000"_s.arg(afterFew)
                    .arg(afterMany)));
        QCOMPARE(count(phone->db,
                     u"SELECT count(*) FROM outlet WHERE id = '%1'"_s.arg(district.outlets[1])),
            0);
    }
};

QTEST_GUILESS_MAIN(TestPullBuilder)
#include "tst_pullbuilder.moc"
