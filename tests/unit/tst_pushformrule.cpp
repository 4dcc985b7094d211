// The form rule on the server (issue 9): a submission whose non-compliant answer has neither a
// note nor a photo of the item is refused with FINDING_UNSUPPORTED naming the item; the records
// already pushed stay, and once the finding is supported (and signed again) it goes through.
#include "server/findingsupport.h"
#include "synctesthelpers.h"

#include <QTest>

using namespace synctest;
using namespace outfall;

class TestPushFormRule : public QObject
{
    Q_OBJECT

private:
    using E = sync::Entity;

    static QString status(store::Database &db, const sync::Uuid &inspection)
    {
        return text(
            db, u"SELECT status FROM inspection WHERE id = '%1'"_s.arg(inspection.toText()));
    }

    static sync::Uuid answerWithNote(Device &device, const sync::Uuid &inspection,
        const QString &itemId, const QString &note, const QString &supersedes)
    {
        const sync::Uuid id = device.newId();
        device.outbox.insert(E::ChecklistAnswer, id,
            {{field(E::ChecklistAnswer, u"inspection_id"), inspection.toText()},
                {field(E::ChecklistAnswer, u"item_id"), itemId},
                {field(E::ChecklistAnswer, u"answer"), u"non_compliant"_s},
                {field(E::ChecklistAnswer, u"note"), note},
                {field(E::ChecklistAnswer, u"recorded_at"), std::int64_t(1'760'000'000'700)},
                {field(E::ChecklistAnswer, u"supersedes_id"), supersedes}});
        return id;
    }

    static void photoOf(Device &device, const sync::Uuid &inspection, const QString &subject)
    {
        device.outbox.insert(E::Photo, device.newId(),
            {{field(E::Photo, u"inspection_id"), inspection.toText()},
                {field(E::Photo, u"sha256"), QString(64, u'b')},
                {field(E::Photo, u"byte_size"), std::int64_t(10)},
                {field(E::Photo, u"mime"), u"image/jpeg"_s}, {field(E::Photo, u"subject"), subject},
                {field(E::Photo, u"taken_at"), std::int64_t(1'760'000'000'800)}});
    }

private Q_SLOTS:
    void anUnsupportedFindingIsRefusedAtSubmitAndNothingIsLost()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        QVERIFY(a1->sync().ok);
        const QString item = world.district.itemId;
        const auto inspection = a1->startInspection(world.district.permits[0]);
        const auto bare = a1->answer(inspection, item, u"non_compliant"_s);
        a1->sign(inspection, u"inspector"_s);
        a1->sign(inspection, u"representative"_s);
        a1->setStatus(inspection, u"submitted"_s);
        auto result = a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rejected, 1);
        QCOMPARE(result.rejections.size(), 1);
        // The device shows the code and the reason, naming the item (and then the inspection).
        QVERIFY2(result.rejections[0].startsWith(
                     u"FINDING_UNSUPPORTED: inspection %1 cannot be submitted: non-compliant"
                     u" item(s) C1 have neither a note nor a photo of the item"_s.arg(
                         inspection.toText())),
            qPrintable(result.rejections[0]));
        auto server = world.serverDb();
        QCOMPARE(status(*server, inspection), u"in_progress"_s);
        // The answer and both signatures are stored: only the submission was refused.
        QCOMPARE(count(*server, u"SELECT count(*) FROM checklist_answer"_s), 1);
        QCOMPARE(count(*server, u"SELECT count(*) FROM signature"_s), 2);
        server.reset();

        // A blank note (spaces and a line break) supports nothing.
        const auto blank = answerWithNote(*a1, inspection, item, u"  \n\t"_s, bare.toText());
        a1->sign(inspection, u"inspector"_s);
        a1->sign(inspection, u"representative"_s);
        a1->setStatus(inspection, u"submitted"_s);
        result = a1->sync();
        QCOMPARE(result.rejected, 1);
        QVERIFY(result.rejections.last().startsWith(u"FINDING_UNSUPPORTED: "_s));

        // A note that says something does; the signatures are given again over the change.
        answerWithNote(*a1, inspection, item, u"no signboard at DW001"_s, blank.toText());
        a1->sign(inspection, u"inspector"_s);
        a1->sign(inspection, u"representative"_s);
        a1->setStatus(inspection, u"submitted"_s);
        result = a1->sync();
        QCOMPARE(result.rejected, 0);
        server = world.serverDb();
        QCOMPARE(status(*server, inspection), u"submitted"_s);
    }

    void aPhotoOfTheItemSupportsTheFinding()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        QVERIFY(a1->sync().ok);
        const auto inspection = a1->startInspection(world.district.permits[0]);
        a1->answer(inspection, world.district.itemId, u"non_compliant"_s);
        photoOf(*a1, inspection, u"OTHER"_s); // a photo of something else does not count
        QVERIFY(a1->sync().ok);
        auto server = world.serverDb();
        QCOMPARE(server::FindingSupport::unsupportedItems(*server, inspection.toText()),
            QStringList {u"C1"_s});
        server.reset();
        photoOf(*a1, inspection, u"C1"_s);
        a1->sign(inspection, u"inspector"_s);
        a1->sign(inspection, u"representative"_s);
        a1->setStatus(inspection, u"submitted"_s);
        const auto result = a1->sync();
        QCOMPARE(result.rejected, 0);
        server = world.serverDb();
        QCOMPARE(
            server::FindingSupport::unsupportedItems(*server, inspection.toText()), QStringList());
        QCOMPARE(status(*server, inspection), u"submitted"_s);
    }
};

QTEST_GUILESS_MAIN(TestPushFormRule)
#include "tst_pushformrule.moc"
