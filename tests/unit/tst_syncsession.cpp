// Device and server sync over tcp://127.0.0.1 in one process: round trip, convergence of
// several devices, ownership, scope and purge, and retries that must not double anything.
#include "sync/opbodycodec.h"
#include "sync/opcodec.h"
#include "sync/requestchannel.h"
#include "synctesthelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <future>

using namespace synctest;
using namespace outfall;

class TestSyncSession : public QObject
{
    Q_OBJECT

private:
    static QString summaryOf(store::Database &db, const sync::Uuid &inspection)
    {
        auto statement = db.prepare(u"SELECT summary FROM inspection WHERE id = ?"_s);
        statement.bind(1, inspection.toText());
        return statement.step() ? statement.text(0) : u"<missing>"_s;
    }

    // Stops the server once the device is past HELLO and about to push: the batch is stored
    // and sent, and no acknowledgement comes.
    static sync::SyncClient::ProgressCallback stopServerAtPush(World &world)
    {
        return [&world](const sync::SyncClient::Progress &p) {
            if (p.phase == u"push" && p.done == 0)
                world.server->stop();
        };
    }

private Q_SLOTS:
    void snapshotsThatFillAPageStillLeadToTheGlobalRows()
    {
        // A first sync whose permit snapshots fill every reply must go on to the change log:
        // the checklist templates and inspectors come only from there.
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        for (int maxOps : {1, 2, 3, 5, 8}) {
            auto fresh = world.device(world.district.inspectorA, u"fresh-%1"_s.arg(maxOps));
            fresh->config.pullMaxOps = maxOps;
            const auto result = fresh->sync();
            QVERIFY2(result.ok, qPrintable(result.error));
            QCOMPARE(count(fresh->db, u"SELECT count(*) FROM permit"_s), 2);
            QCOMPARE(count(fresh->db, u"SELECT count(*) FROM checklist_item"_s), 1);
            QVERIFY(count(fresh->db, u"SELECT count(*) FROM inspector"_s) >= 1);
        }
    }

    void pushAndPullRoundTrip()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        auto a2 = world.device(world.district.inspectorA, u"a2"_s);
        auto first = a1->sync();
        QVERIFY2(first.ok, qPrintable(first.error));
        // Scope: A's two permits, their outlet, limit and recent reported value only.
        QCOMPARE(count(a1->db, u"SELECT count(*) FROM permit"_s), 2);
        QCOMPARE(count(a1->db, u"SELECT count(*) FROM outlet"_s), 2);
        QCOMPARE(count(a1->db, u"SELECT count(*) FROM emission_limit"_s), 2);
        QCOMPARE(count(a1->db, u"SELECT count(*) FROM reported_value"_s), 2);
        QCOMPARE(count(a1->db, u"SELECT count(*) FROM checklist_item"_s), 1);
        QCOMPARE(count(a1->db, u"SELECT count(*) FROM assignment"_s), 2);

        const auto inspection = a1->startInspection(world.district.permits[0]);
        for (int i = 0; i < 25; ++i)
            a1->measure(inspection, 40.0 + i);
        a1->setSummary(inspection, u"outlet sign missing"_s);
        a1->config.pushBatchOps = 10; // several batches
        const auto pushed = a1->sync();
        QVERIFY2(pushed.ok, qPrintable(pushed.error));
        QCOMPARE(pushed.pushed, 27);
        QCOMPARE(pushed.rejected, 0);
        QCOMPARE(a1->outbox.pendingCount(), 0);

        auto server = world.serverDb();
        QCOMPARE(count(*server, u"SELECT count(*) FROM measurement"_s), 25);
        QCOMPARE(count(*server, u"SELECT count(*) FROM sync_op"_s), 27);
        QCOMPARE(summaryOf(*server, inspection), u"outlet sign missing"_s);

        const auto pulled = a2->sync();
        QVERIFY2(pulled.ok, qPrintable(pulled.error));
        QCOMPARE(count(a2->db, u"SELECT count(*) FROM measurement"_s), 25);
        QCOMPARE(summaryOf(a2->db, inspection), u"outlet sign missing"_s);
        // A second sync changes nothing and sends nothing back to its author.
        const auto again = a1->sync();
        QVERIFY(again.ok);
        QCOMPARE(again.pushed, 0);
        QCOMPARE(count(a1->db, u"SELECT count(*) FROM measurement"_s), 25);

        // Another inspector's device sees none of it.
        auto b1 = world.device(world.district.inspectorB, u"b1"_s);
        QVERIFY(b1->sync().ok);
        QCOMPARE(count(b1->db, u"SELECT count(*) FROM permit"_s), 1);
        QCOMPARE(count(b1->db, u"SELECT count(*) FROM measurement"_s), 0);
        QCOMPARE(count(b1->db, u"SELECT count(*) FROM inspection"_s), 0);
    }

    void devicesConvergeUnderRandomOrders_data()
    {
        QTest::addColumn<int>("devices");
        QTest::addColumn<quint64>("seed");
        for (quint64 seed = 1; seed <= 3; ++seed) {
            QTest::addRow("two devices, seed %llu", seed) << 2 << seed;
            QTest::addRow("three devices, seed %llu", seed) << 3 << seed;
        }
    }
    void devicesConvergeUnderRandomOrders()
    {
        QFETCH(int, devices);
        QFETCH(quint64, seed);
        World world;
        std::vector<std::unique_ptr<Device>> all;
        for (int i = 0; i < devices; ++i) {
            all.push_back(world.device(world.district.inspectorA, u"d%1"_s.arg(i)));
            QVERIFY(all.back()->sync().ok);
        }
        const auto inspection = all[0]->startInspection(world.district.permits[1]);
        QVERIFY(all[0]->sync().ok);
        for (auto &device : all)
            QVERIFY(device->sync().ok);
        QRandomGenerator random(seed);
        int measurements = 0;
        for (int step = 0; step < 40; ++step) {
            Device &device = *all[random.bounded(devices)];
            switch (random.bounded(3)) {
            case 0:
                device.setSummary(inspection, u"edit %1"_s.arg(step));
                break;
            case 1:
                device.measure(inspection, step);
                ++measurements;
                break;
            default:
                QVERIFY(device.sync().ok);
            }
        }
        for (int round = 0; round < 2; ++round) {
            for (auto &device : all)
                QVERIFY(device->sync().ok);
        }
        auto server = world.serverDb();
        const QString expected = summaryOf(*server, inspection);
        QCOMPARE(count(*server, u"SELECT count(*) FROM measurement"_s), measurements);
        for (auto &device : all) {
            QCOMPARE(summaryOf(device->db, inspection), expected);
            QCOMPARE(count(device->db, u"SELECT count(*) FROM measurement"_s), measurements);
            QCOMPARE(device->outbox.pendingCount(), 0);
        }
    }

    void anotherInspectorsInspectionIsRejected()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        auto b1 = world.device(world.district.inspectorB, u"b1"_s);
        QVERIFY(a1->sync().ok);
        const auto inspection = a1->startInspection(world.district.permits[0]);
        QVERIFY(a1->sync().ok);
        // B forges a measurement on A's inspection (its store has no such parent: FKs off
        // only to plant the op).
        b1->db.exec(u"PRAGMA foreign_keys = OFF"_s);
        b1->measure(inspection, 99.0);
        const auto result = b1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rejected, 1);
        auto reason = b1->db.prepare(u"SELECT code, reason FROM sync_rejection"_s);
        QVERIFY(reason.step());
        QCOMPARE(reason.text(0), u"NOT_OWNER"_s);
        QVERIFY(reason.text(1).contains(inspection.toText()));
        QCOMPARE(count(*world.serverDb(), u"SELECT count(*) FROM measurement"_s), 0);
    }

    // The server applies evidence without a savepoint per op: a row that breaks a constraint
    // must still be rejected alone, leaving no trace, while its neighbours apply and get
    // consecutive sequence numbers.
    void aRowBreakingAConstraintIsRejectedAloneInItsBatch()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        QVERIFY(a1->sync().ok);
        const auto inspection = a1->startInspection(world.district.permits[0]);
        a1->measure(inspection, 10.0);
        // A position fix "teleport" breaks position_fix's CHECK on its purpose on the server
        // (the device's check is switched off only to plant it; impossible numbers are refused
        // earlier, as OUT_OF_RANGE, by sync::EvidenceBounds: tst_pushbounds).
        a1->db.exec(u"PRAGMA ignore_check_constraints = ON"_s);
        using E = sync::Entity;
        const auto bad = a1->newId();
        a1->outbox.insert(E::PositionFix, bad,
            {{field(E::PositionFix, u"inspection_id"), inspection.toText()},
                {field(E::PositionFix, u"purpose"), u"teleport"_s},
                {field(E::PositionFix, u"lat"), 22.5}, {field(E::PositionFix, u"lon"), 114.0},
                {field(E::PositionFix, u"accuracy_m"), 5.0},
                {field(E::PositionFix, u"recorded_at"), std::int64_t(1'760'000'000'700)}});
        a1->measure(inspection, 12.0);
        const auto result = a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.pushed, 4);
        QCOMPARE(result.rejected, 1);
        auto reason = a1->db.prepare(u"SELECT code, reason FROM sync_rejection"_s);
        QVERIFY(reason.step());
        QCOMPARE(reason.text(0), u"CONSTRAINT"_s);
        QVERIFY2(reason.text(1).contains(bad.toText()), qPrintable(reason.text(1)));

        auto server = world.serverDb();
        QCOMPARE(count(*server, u"SELECT count(*) FROM measurement"_s), 2);
        QCOMPARE(count(*server, u"SELECT count(*) FROM position_fix"_s), 0);
        QCOMPARE(
            count(*server, u"SELECT count(*) FROM sync_op WHERE row_id = '%1'"_s.arg(bad.toText())),
            0);
        // Three ops sequenced, numbers without a gap, and the counter where the last one is.
        QCOMPARE(count(*server, u"SELECT count(*) FROM sync_op"_s), 3);
        QCOMPARE(count(*server, u"SELECT max(seq) - min(seq) FROM sync_op"_s), 2);
        QCOMPARE(count(*server, u"SELECT seq FROM sync_counter"_s),
            count(*server, u"SELECT max(seq) FROM sync_op"_s));
        QCOMPARE(a1->outbox.pendingCount(), 0);
    }

    void workflowTransitionsAreChecked()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        QVERIFY(a1->sync().ok);
        const auto inspection = a1->startInspection(world.district.permits[0]);
        a1->sign(inspection, u"inspector"_s);
        a1->sign(inspection, u"representative"_s, true);
        a1->setStatus(inspection, u"reviewed"_s);
        a1->setStatus(inspection, u"submitted"_s);
        const auto result = a1->sync();
        QVERIFY(result.ok);
        QCOMPARE(result.rejected, 1);
        auto reason = a1->db.prepare(u"SELECT code, reason FROM sync_rejection"_s);
        QVERIFY(reason.step());
        QCOMPARE(reason.text(0), u"INVALID_TRANSITION"_s);
        QVERIFY2(
            reason.text(1).contains(u"from in_progress to reviewed"_s), qPrintable(reason.text(1)));
        auto server = world.serverDb();
        auto row = server->prepare(u"SELECT status FROM inspection WHERE id = ?"_s);
        row.bind(1, inspection.toText());
        QVERIFY(row.step());
        QCOMPARE(row.text(0), u"submitted"_s);
    }

    void aChangeAfterSigningNeedsSigningAgain()
    {
        // Submitting, and reviewing, need both signatures in force over the records as the
        // server holds them: a correction made after signing voids them (docs/decisions.md).
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        QVERIFY(a1->sync().ok);
        const QString item = world.district.itemId;
        const auto unsignedOne = a1->startInspection(world.district.permits[0]);
        a1->answer(unsignedOne, item, u"compliant"_s);
        a1->setStatus(unsignedOne, u"submitted"_s); // no signature at all
        const auto inspection = a1->startInspection(world.district.permits[0]);
        const auto first = a1->answer(inspection, item, u"compliant"_s);
        a1->sign(inspection, u"inspector"_s);
        a1->sign(inspection, u"representative"_s);
        a1->setStatus(inspection, u"submitted"_s);
        auto result = a1->sync();
        QVERIFY(result.ok);
        QCOMPARE(result.rejected, 1);
        auto server = world.serverDb();
        auto status = [&](const sync::Uuid &id) {
            return text(
                *server, u"SELECT status FROM inspection WHERE id = '%1'"_s.arg(id.toText()));
        };
        QCOMPARE(status(unsignedOne), u"in_progress"_s);
        QCOMPARE(status(inspection), u"submitted"_s);
        QVERIFY(text(a1->db, u"SELECT reason FROM sync_rejection"_s)
                    .contains(u"cannot be submitted: it lacks the inspector's signature and the"
                              u" representative's signature or refusal"_s));

        // After submission a correction waits for a supervisor to return the inspection
        // (tst_reviewworkflow): refused, so the signatures stay in force over what they cover.
        a1->answer(inspection, item, u"non_compliant"_s, first.toText());
        result = a1->sync();
        QCOMPARE(result.rejected, 1);
        QVERIFY2(text(a1->db, u"SELECT reason FROM sync_rejection ORDER BY id DESC LIMIT 1"_s)
                     .contains(u"waits for a supervisor's review"_s),
            qPrintable(text(a1->db, u"SELECT reason FROM sync_rejection ORDER BY id DESC"_s)));
        const auto inForce = sync::SignatureCoverage::inForce(*server, inspection.toText());
        QVERIFY(inForce.complete());
        QCOMPARE(inForce.voided, 0);
        server.reset();
        auto supervisor = world.device(world.district.supervisor, u"s1"_s);
        // The supervisor's tablet holds the inspection row it reviews (its scope is not under
        // test here; the server's check is).
        supervisor->db.exec(u"PRAGMA foreign_keys = OFF"_s);
        supervisor->db
            .prepare(u"INSERT INTO inspection (id, permit_id, inspector_id, phase,"
                     u" status, started_at) VALUES (?, ?, ?, 'post_issuance',"
                     u" 'submitted', 0)"_s)
            .bind(1, inspection.toText())
            .bind(2, world.district.permits[0])
            .bind(3, world.district.inspectorA)
            .exec();
        supervisor->setStatus(inspection, u"reviewed"_s);
        result = supervisor->sync();
        QCOMPARE(result.rejected, 0);
        server = world.serverDb();
        QCOMPARE(status(inspection), u"reviewed"_s);
    }

    void withdrawnAssignmentIsPurgedExceptUnacknowledgedEvidence()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        QVERIFY(a1->sync().ok);
        const auto acked = a1->startInspection(world.district.permits[0]);
        QVERIFY(a1->sync().ok);
        const auto pending = a1->startInspection(world.district.permits[1]);
        a1->measure(pending, 12.5);
        {
            auto server = world.serverDb();
            server::DeviceRegistry(*server).unassign(
                world.admin, u"A1"_s, {world.district.permits[0], world.district.permits[1]});
        }
        // A pull while the evidence on permits[1] is still unpushed.
        a1->config.push = false;
        const auto result = a1->sync();
        a1->config.push = true;
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.purged, 1);
        // permits[0]: gone with its acknowledged inspection; permits[1]: the pending
        // inspection, its measurement, permit and outlet stay until acknowledged.
        QCOMPARE(count(a1->db, u"SELECT count(*) FROM permit"_s), 1);
        QCOMPARE(count(a1->db, u"SELECT count(*) FROM reported_value"_s), 0);
        QCOMPARE(count(a1->db, u"SELECT count(*) FROM emission_limit"_s), 0);
        QCOMPARE(
            count(a1->db, u"SELECT count(*) FROM inspection WHERE id = '%1'"_s.arg(acked.toText())),
            0);
        QCOMPARE(count(a1->db, u"SELECT count(*) FROM measurement"_s), 1);
        QCOMPARE(count(a1->db, u"SELECT count(*) FROM purge_pending"_s), 1);
        // The next sync pushes the evidence, then finishes the purge.
        const auto next = a1->sync();
        QVERIFY2(next.ok, qPrintable(next.error));
        QCOMPARE(next.pushed, 2);
        QCOMPARE(count(a1->db, u"SELECT count(*) FROM permit"_s), 0);
        QCOMPARE(count(a1->db, u"SELECT count(*) FROM purge_pending"_s), 0);
        QCOMPARE(count(*world.serverDb(), u"SELECT count(*) FROM measurement"_s), 1);
    }

    // HLC receive rule on pull: a device whose wall clock is behind edits a field after
    // pulling an edit stamped by a device whose clock runs ahead. Its edit is the later one
    // and must win everywhere, which it does only if its clock observed the pulled one.
    void pulledClocksOrderTheNextLocalEdit()
    {
        World world;
        auto ahead = world.device(world.district.inspectorA, u"ahead"_s);
        auto behind = world.device(world.district.inspectorA, u"behind"_s);
        // Two minutes ahead: within the server's 5 min clamp, so its clock is kept as is.
        ahead->clock = sync::HybridLogicalClock(
            ahead->clock.node(), [] { return QDateTime::currentMSecsSinceEpoch() + 120'000; });
        QVERIFY(ahead->sync().ok);
        QVERIFY(behind->sync().ok);
        const auto inspection = ahead->startInspection(world.district.permits[0]);
        ahead->setSummary(inspection, u"seen first (clock ahead)"_s);
        QVERIFY(ahead->sync().ok);
        QVERIFY(behind->sync().ok);
        QCOMPARE(behind->summaryOf(inspection), u"seen first (clock ahead)"_s);

        behind->setSummary(inspection, u"written after seeing it"_s);
        const auto aheadStamp = ahead->clock.last();
        QVERIFY2(behind->clock.last().word > aheadStamp.word,
            "the pulled clock was not observed: the later edit carries an older clock");
        QVERIFY(behind->sync().ok);
        QVERIFY(ahead->sync().ok);
        auto server = world.serverDb();
        QCOMPARE(text(*server,
                     u"SELECT summary FROM inspection WHERE id = '%1'"_s.arg(inspection.toText())),
            u"written after seeing it"_s);
        QCOMPARE(ahead->summaryOf(inspection), u"written after seeing it"_s);
        QCOMPARE(behind->summaryOf(inspection), u"written after seeing it"_s);
    }

    // 100 edits of one note between two syncs reach the server as one op; the seqs the
    // merged edits used are covered by the batch's range. Edits made while a batch is in
    // flight (sent, not acknowledged) are not merged into it: it goes as it was stored.
    void repeatedEditsArePushedOnce()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        QVERIFY(a1->sync().ok);
        const auto inspection = a1->startInspection(world.district.permits[0]);
        for (int i = 1; i <= 100; ++i)
            a1->setSummary(inspection, u"note %1"_s.arg(i));
        QCOMPARE(a1->outbox.pendingCount(), 2);
        const auto merged = a1->sync();
        QVERIFY2(merged.ok, qPrintable(merged.error));
        QCOMPARE(merged.pushed, 2);
        auto server = world.serverDb();
        const QString deviceOps =
            u"SELECT count(*) FROM sync_op WHERE device_id = '%1'"_s.arg(a1->config.deviceId);
        QCOMPARE(count(*server, deviceOps), 2);
        QCOMPARE(text(*server,
                     u"SELECT summary FROM inspection WHERE id = '%1'"_s.arg(inspection.toText())),
            u"note 100"_s);
        QCOMPARE(count(*server,
                     u"SELECT last_seq FROM device WHERE id = '%1'"_s.arg(a1->config.deviceId)),
            101);

        // A batch in flight: the server goes after the welcome, the device keeps the batch
        // it sent.
        a1->setSummary(inspection, u"in flight"_s);
        a1->config.attempts = 1;
        a1->config.timeoutMs = 300;
        QVERIFY(!sync::SyncClient(a1->db, a1->config).syncOnce(stopServerAtPush(world)).ok);
        const QByteArray frame = blob(a1->db, u"SELECT frame FROM push_batch"_s);
        QVERIFY(!frame.isEmpty());
        for (int i = 1; i <= 10; ++i)
            a1->setSummary(inspection, u"after %1"_s.arg(i));
        QCOMPARE(a1->outbox.pendingCount(), 2); // the op in flight and one merged edit
        QCOMPARE(blob(a1->db, u"SELECT frame FROM push_batch"_s), frame);
        world.restartServerFor(*a1);
        const auto resumed = a1->sync();
        QVERIFY2(resumed.ok, qPrintable(resumed.error));
        QCOMPARE(resumed.pushed, 2);
        QCOMPARE(a1->outbox.pendingCount(), 0);
        server = world.serverDb();
        QCOMPARE(count(*server, deviceOps), 4);
        QCOMPARE(text(*server,
                     u"SELECT summary FROM inspection WHERE id = '%1'"_s.arg(inspection.toText())),
            u"after 10"_s);
        QCOMPARE(a1->summaryOf(inspection), u"after 10"_s);
    }

    void serverDownThenBackLosesNothing()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        QVERIFY(a1->sync().ok);
        const auto inspection = a1->startInspection(world.district.permits[0]);
        for (int i = 0; i < 5; ++i)
            a1->measure(inspection, i);
        // The server goes away; the device stores its batch, sends it into the void and
        // keeps it. After the restart it sends the same batch (same id) again.
        a1->config.attempts = 1;
        a1->config.timeoutMs = 300;
        QVERIFY(!sync::SyncClient(a1->db, a1->config).syncOnce(stopServerAtPush(world)).ok);
        QCOMPARE(a1->outbox.pendingCount(), 6);
        QCOMPARE(count(a1->db, u"SELECT count(*) FROM push_batch"_s), 1);
        world.restartServerFor(*a1);
        const auto retried = a1->sync();
        QVERIFY2(retried.ok, qPrintable(retried.error));
        QCOMPARE(retried.pushed, 6);
        const auto replay = a1->sync();
        QVERIFY(replay.ok);
        QCOMPARE(replay.pushed, 0);
        auto server = world.serverDb();
        QCOMPARE(count(*server, u"SELECT count(*) FROM measurement"_s), 5);
        QCOMPARE(count(*server, u"SELECT count(*) FROM sync_op"_s), 6);
        QCOMPARE(count(*server, u"SELECT count(*) FROM push_batch"_s), 1);
    }

    // A1's sync on another thread, noting when it reaches its push.
    static std::future<sync::SyncClient::Result> syncAside(
        Device &device, std::atomic<bool> &pushing)
    {
        return std::async(std::launch::async, [&device, &pushing] {
            return sync::SyncClient(device.db, device.config)
                .syncOnce([&pushing](const sync::SyncClient::Progress &p) {
                    if (p.phase == u"push")
                        pushing = true;
                });
        });
    }

    void aPushWaitingForTheStoreLockHoldsUpNoOneElse()
    {
        // An import holds the store's write lock a chunk at a time. A push that comes then
        // waits for the lock aside while other devices are answered; the serving thread
        // waiting in SQLite's busy handler kept every device's request queued behind it.
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        auto b1 = world.device(world.district.inspectorB, u"b1"_s);
        QVERIFY(a1->sync().ok);
        QVERIFY(b1->sync().ok);
        a1->measure(a1->startInspection(world.district.permits[0]), 7);
        a1->config.timeoutMs = 5000;

        auto importer = world.serverDb(); // another writer, as an import's chunk
        importer->exec(u"BEGIN IMMEDIATE"_s);
        std::atomic<bool> pushing = false;
        auto a1Sync = syncAside(*a1, pushing);
        QTRY_VERIFY(pushing.load());
        QTest::qWait(200); // the push reaches the server and waits for the lock there
        const auto b1Result = b1->sync();
        QVERIFY2(b1Result.ok, qPrintable(b1Result.error));
        QVERIFY2(a1Sync.wait_for(std::chrono::seconds(0)) == std::future_status::timeout,
            "A1's push was answered while the lock was held");
        importer->exec(u"COMMIT"_s);

        const auto a1Result = a1Sync.get();
        QVERIFY2(a1Result.ok, qPrintable(a1Result.error));
        QCOMPARE(a1Result.pushed, 2);
        QCOMPARE(count(*world.serverDb(), u"SELECT count(*) FROM measurement"_s), 1);
    }

    void aPushWaitingTooLongForTheStoreLockIsRefusedAsBusy()
    {
        // Past sync::limits::serverLockWaitMs the waiting push is refused, saying why, before
        // the device would send it again; it stays on the device and goes with the next sync.
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        QVERIFY(a1->sync().ok);
        a1->measure(a1->startInspection(world.district.permits[0]), 7);
        a1->config.timeoutMs = 5000;
        a1->config.attempts = 1;

        auto importer = world.serverDb();
        importer->exec(u"BEGIN IMMEDIATE"_s);
        std::atomic<bool> pushing = false;
        const auto refused = syncAside(*a1, pushing).get();
        importer->exec(u"COMMIT"_s);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(u"busy with another writer"_s), qPrintable(refused.error));
        QCOMPARE(a1->outbox.pendingCount(), 2);

        const auto retried = a1->sync();
        QVERIFY2(retried.ok, qPrintable(retried.error));
        QCOMPARE(retried.pushed, 2);
        QCOMPARE(count(*world.serverDb(), u"SELECT count(*) FROM measurement"_s), 1);
    }

    void duplicateBatchReplaysTheStoredAck()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        QVERIFY(a1->sync().ok);
        const auto inspection = a1->startInspection(world.district.permits[0]);
        a1->measure(inspection, 1.0);
        QVERIFY(a1->sync().ok);
        // The device "crashes" after the server applied the batch but before it deleted its
        // outbox rows: put the batch and the rows back and sync again.
        auto server = world.serverDb();
        auto stored = server->prepare(u"SELECT batch_id, first_seq, last_seq FROM push_batch"_s);
        QVERIFY(stored.step());
        const QByteArray batchId = stored.blob(0);
        auto device = a1->db.prepare(u"INSERT INTO push_batch (id, batch_id, request_id, first_seq,"
                                     u" last_seq, frame) VALUES (1, ?, ?, ?, ?, ?)"_s);
        sync::OpCodec codec;
        const auto ops = a1->outbox.pending(10); // empty now: rebuild from the server's log
        QVERIFY(ops.empty());
        std::vector<sync::Op> sent;
        auto log = server->prepare(u"SELECT body FROM sync_op ORDER BY seq"_s);
        while (log.step()) {
            auto decoded = sync::OpBodyCodec::decode(log.blob(0));
            sent.insert(sent.end(), decoded.begin(), decoded.end());
        }
        device.bind(1, batchId)
            .bind(2, sync::Message::newRequestId())
            .bind(3, stored.int64(1))
            .bind(4, stored.int64(2))
            .bind(5, codec.encode(sent))
            .exec();
        const auto result = a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.pushed, 2);
        QCOMPARE(count(*server, u"SELECT count(*) FROM measurement"_s), 1);
        QCOMPARE(count(*server, u"SELECT count(*) FROM sync_op"_s), 2);
    }

    void photoUploadResumesAndCorruptionIsRejected()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        QVERIFY(a1->sync().ok);
        const auto inspection = a1->startInspection(world.district.permits[0]);
        QByteArray jpeg(700 * 1024, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(jpeg.data()), jpeg.size() / 4);
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex());
        addPhoto(*a1, inspection, sha, jpeg);
        // An interrupted upload: the server holds the first 300 KiB already.
        const QString partial = world.dir.path() + u"/server/blobs/partial/"_s + sha;
        QFile part(partial);
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(jpeg.left(300 * 1024));
        part.close();
        const auto result = a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.photosUploaded, 1);
        QFile stored(world.dir.path() + u"/server/blobs/"_s + sha.left(2) + u'/' + sha.mid(2));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), jpeg);
        QVERIFY(!QFile::exists(partial));
        // Offering it again is acknowledged at once; nothing more is sent.
        QCOMPARE(a1->sync().photosUploaded, 0);

        // A photo whose bytes do not match their hash is refused and discarded.
        QByteArray other = jpeg;
        other[5] = char(other[5] ^ 0x55);
        const QString claimed = QString::fromLatin1(
            QCryptographicHash::hash(other + "x", QCryptographicHash::Sha256).toHex());
        addPhoto(*a1, inspection, claimed, other);
        const auto corrupt = a1->sync();
        QVERIFY(!corrupt.ok);
        QVERIFY2(corrupt.error.contains(u"BLOB_CORRUPT"_s), qPrintable(corrupt.error));
        QVERIFY(!QFile::exists(world.dir.path() + u"/server/blobs/partial/"_s + claimed));
        QCOMPARE(count(*world.serverDb(), u"SELECT count(*) FROM blob"_s), 1);
    }

    // A photo over the upload bound (taken before capture refused such files) is reported and
    // stays on the device; the push, the other photos and the pull (a new assignment) go on.
    void photoOverTheUploadBoundDoesNotStopTheSync()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        QVERIFY(a1->sync().ok);
        const auto inspection = a1->startInspection(world.district.permits[0]);
        const QString hugeSha = QString(64, u'b');
        QDir().mkpath(a1->config.photoDir);
        QFile huge(a1->config.photoDir + u'/' + hugeSha);
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(300LL * 1024 * 1024)); // sparse: nothing written
        huge.close();
        using E = sync::Entity;
        a1->outbox.insert(E::Photo, a1->newId(),
            {{field(E::Photo, u"inspection_id"), inspection.toText()},
                {field(E::Photo, u"sha256"), hugeSha},
                {field(E::Photo, u"byte_size"), std::int64_t(300LL * 1024 * 1024)},
                {field(E::Photo, u"mime"), u"image/jpeg"_s},
                {field(E::Photo, u"taken_at"), std::int64_t(1'760'000'000'000)}});
        const QByteArray small(1000, 's');
        const QString smallSha = QString::fromLatin1(
            QCryptographicHash::hash(small, QCryptographicHash::Sha256).toHex());
        addPhoto(*a1, inspection, smallSha, small);
        a1->measure(inspection, 7.0);
        {
            auto server = world.serverDb();
            server::DeviceRegistry(*server).assign(
                world.admin, u"A1"_s, {world.district.permits[2]});
        }
        const auto result = a1->sync();
        QVERIFY(!result.ok);
        QCOMPARE(result.failure, sync::SyncClient::Result::Failure::Stuck);
        QVERIFY2(result.error.contains(hugeSha), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"268435456"_s), qPrintable(result.error));
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.pushed, 4);
        QCOMPARE(result.photosUploaded, 1);
        QCOMPARE(count(a1->db, u"SELECT count(*) FROM permit"_s), 3); // the pull ran
        auto server = world.serverDb();
        QCOMPARE(count(*server, u"SELECT count(*) FROM blob"_s), 1);
        QCOMPARE(count(*server, u"SELECT count(*) FROM measurement"_s), 1);
        // Each sync says so again, and nothing else is held up.
        a1->measure(inspection, 8.0);
        const auto again = a1->sync();
        QCOMPARE(again.failure, sync::SyncClient::Result::Failure::Stuck);
        QCOMPARE(again.pushed, 1);
        QCOMPARE(count(*server, u"SELECT count(*) FROM measurement"_s), 2);
    }

    // A chunk sent again because its answer was lost is acknowledged with what the server
    // holds (not BLOB_OFFSET, which would fail the sync), and the upload goes on from there.
    void retriedChunkIsAcknowledged()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        sync::RequestChannel::Options options;
        options.endpoint = world.endpoint;
        options.plainDeviceId = a1->config.deviceId;
        sync::RequestChannel channel(options);
        const QByteArray bytes(1000, 'j');
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const auto chunk = [&](qint64 offset, qint64 length) {
            sync::Message message;
            message.command = sync::Command::BlobChunk;
            message.header.insert(u"h"_s, sha);
            message.header.insert(u"n"_s, qint64(bytes.size()));
            message.header.insert(u"o"_s, offset);
            message.body = bytes.mid(offset, length);
            return channel.request(message).header;
        };
        QCOMPARE(chunk(0, 500).value(u"o"_s).toInteger(), 500);
        QCOMPARE(chunk(0, 500).value(u"o"_s).toInteger(), 500); // the retry
        QCOMPARE(chunk(100, 300).value(u"o"_s).toInteger(), 500); // inside what is held
        // A chunk that starts inside and runs past what is held is still refused.
        QVERIFY_THROWS_EXCEPTION(sync::ProtocolError, chunk(200, 500));
        const auto done = chunk(500, 500);
        QCOMPARE(done.value(u"o"_s).toInteger(), 1000);
        QVERIFY(done.value(u"done"_s).toBool());
        QCOMPARE(count(*world.serverDb(), u"SELECT count(*) FROM blob"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncSession)
#include "tst_syncsession.moc"
