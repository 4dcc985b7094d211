// Push batches are built under the server's frame bound by size, not only by count; a
// change too large for any push is refused when it is recorded; and a batch the server
// refuses as too large is made again smaller instead of being resent for ever.
#include "sync/opbodycodec.h"
#include "sync/opcodec.h"
#include "synctesthelpers.h"

#include <QRandomGenerator>
#include <QTest>

using namespace synctest;
using namespace outfall;

class TestPushBatches : public QObject
{
    Q_OBJECT

private:
    // Printable ASCII zstd cannot shrink much (to about 82 %): a long pasted note.
    static QString longNote(int bytes, quint32 seed)
    {
        QRandomGenerator random(seed);
        QString note(bytes, Qt::Uninitialized);
        for (QChar &c : note)
            c = QChar(char16_t(0x21 + random.bounded(94)));
        return note;
    }

    static sync::Uuid answer(
        Device &device, const sync::Uuid &inspection, const QString &itemId, const QString &note)
    {
        using E = sync::Entity;
        const sync::Uuid id = device.newId();
        device.outbox.insert(E::ChecklistAnswer, id,
            {{field(E::ChecklistAnswer, u"inspection_id"), inspection.toText()},
                {field(E::ChecklistAnswer, u"item_id"), itemId},
                {field(E::ChecklistAnswer, u"answer"), u"non_compliant"_s},
                {field(E::ChecklistAnswer, u"note"), note},
                {field(E::ChecklistAnswer, u"recorded_at"), std::int64_t(1'760'000'000'100)}});
        return id;
    }

    // A device with A's permits and an inspection holding `notes` answers of 90 KB notes,
    // not pushed yet.
    static sync::Uuid inspectionWithLongNotes(World &world, Device &device, int notes)
    {
        if (!device.sync().ok)
            qFatal("the first sync failed");
        const auto inspection = device.startInspection(world.district.permits[0]);
        for (int i = 0; i < notes; ++i)
            answer(device, inspection, world.district.itemId, longNote(90'000, quint32(i)));
        return inspection;
    }

private Q_SLOTS:
    void longNotesArePushedInBatchesUnderTheBound()
    {
        // 130 notes of 90 KB: 11.8 MB in one batch of 1000 ops, above the server's 8 MiB.
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        inspectionWithLongNotes(world, *a1, 130);
        const auto result = a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.pushed, 131);
        QCOMPARE(result.rejected, 0);
        QCOMPARE(a1->outbox.pendingCount(), 0);
        QCOMPARE(count(*world.serverDb(), u"SELECT count(*) FROM checklist_answer"_s), 130);
    }

    void changeTooLargeForAnyPushIsRefusedWhenRecorded()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        QVERIFY(a1->sync().ok);
        const auto inspection = a1->startInspection(world.district.permits[0]);
        const qint64 before = a1->outbox.pendingCount();
        try {
            answer(*a1, inspection, world.district.itemId, longNote(9 * 1024 * 1024, 1));
            QFAIL("a 9 MiB note was recorded");
        } catch (const sync::OpTooLarge &e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains(u"checklist_answer"_s), qPrintable(message));
            QVERIFY2(message.contains(QString::number(sync::OutboxRepository::maxOpBytes)),
                qPrintable(message));
            QVERIFY(e.bytes() > e.bound());
        }
        // Nothing written: no row, no op, no seq used.
        QCOMPARE(a1->outbox.pendingCount(), before);
        QCOMPARE(count(a1->db, u"SELECT count(*) FROM checklist_answer"_s), 0);
        // Just under the bound is recorded, and pushed.
        answer(*a1, inspection, world.district.itemId,
            longNote(int(sync::OutboxRepository::maxOpBytes) - 400, 2));
        const auto result = a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(count(*world.serverDb(), u"SELECT count(*) FROM checklist_answer"_s), 1);
    }

    void storedBatchAboveTheBoundIsMadeAgainSmaller()
    {
        // A device of an earlier version stored an 11.8 MB batch: it must not be resent.
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        inspectionWithLongNotes(world, *a1, 130);
        sync::OpCodec codec;
        codec.setDictionary(sync::ZstdDictionary::builtin());
        const auto ops = a1->outbox.pending(1000);
        const QByteArray frame = codec.encode(ops);
        QVERIFY(frame.size() > 8 * 1024 * 1024);
        a1->db
            .prepare(u"INSERT INTO push_batch (id, batch_id, request_id, first_seq, last_seq,"
                     u" frame) VALUES (1, ?, ?, ?, ?, ?)"_s)
            .bind(1, QByteArray(16, 'o'))
            .bind(2, QByteArray(8, 'r'))
            .bind(3, std::int64_t(ops.front().deviceSeq))
            .bind(4, std::int64_t(ops.back().deviceSeq))
            .bind(5, frame)
            .exec();
        const auto result = a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.pushed, 131);
        QCOMPARE(count(*world.serverDb(), u"SELECT count(*) FROM checklist_answer"_s), 130);
    }

    void batchTheServerRefusesAsTooLargeShrinksAndAnOpThatNeverFitsIsRefusedAlone()
    {
        // A server that reads only 1 MiB bodies: this device's 8 MiB batches are too large
        // for it, and so is one 2 MB note.
        World world;
        world.server->stop();
        world.serverLimits.maxBodyBytes = 1024 * 1024;
        world.startServer();
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        const auto inspection = inspectionWithLongNotes(world, *a1, 20);
        const auto huge = answer(*a1, inspection, world.district.itemId, longNote(2'000'000, 99));
        for (int i = 20; i < 30; ++i)
            answer(*a1, inspection, world.district.itemId, longNote(90'000, quint32(i)));
        const auto result = a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.pushed, 31);
        QCOMPARE(result.rejected, 1);
        QCOMPARE(result.rejections.size(), 1);
        QVERIFY2(result.rejections[0].startsWith(u"TOO_LARGE"_s), qPrintable(result.rejections[0]));
        QVERIFY(result.rejections[0].contains(huge.toText()));
        QCOMPARE(a1->outbox.pendingCount(), 0);
        QCOMPARE(
            count(a1->db, u"SELECT count(*) FROM sync_rejection WHERE code = 'TOO_LARGE'"_s), 1);
        auto server = world.serverDb();
        QCOMPARE(count(*server, u"SELECT count(*) FROM checklist_answer"_s), 30);
        // The next change goes through as usual: the seq left out is covered.
        a1->measure(inspection, 1.0);
        const auto next = a1->sync();
        QVERIFY2(next.ok, qPrintable(next.error));
        QCOMPARE(next.pushed, 1);
        QCOMPARE(count(*server, u"SELECT count(*) FROM measurement"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestPushBatches)
#include "tst_pushbatches.moc"
