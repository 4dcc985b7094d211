// Review of submitted inspections over the protocol (issue 13): a supervisor returns a
// submitted inspection with a comment, which reaches the inspector's device at its next pull;
// the inspector amends, signs again and resubmits; approval locks the inspection. The server
// refuses, op by op and with a reason the device keeps, what the review state does not allow.
#include "server/syncengine.h"
#include "store/inspectionreviewstate.h"
#include "sync/jsonbody.h"
#include "sync/requestchannel.h"
#include "synctesthelpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace synctest;
using namespace outfall;
using Stage = store::InspectionReviewState::Stage;

class TestReviewWorkflow : public QObject
{
    Q_OBJECT

private:
    // A request as `as` sends it (plain mode: the header names the device).
    static sync::Message request(World &world, Device &as, sync::Message message)
    {
        sync::RequestChannel::Options options;
        options.endpoint = world.endpoint;
        options.plainDeviceId = as.config.deviceId;
        sync::RequestChannel channel(options);
        return channel.request(message);
    }

    static sync::Message decision(
        const sync::Uuid &inspection, const QString &what, const QString &comment = {})
    {
        sync::Message message;
        message.command = sync::Command::DecideReview;
        message.header.insert(u"id"_s, inspection.toText());
        message.header.insert(u"a"_s, what);
        if (!comment.isNull())
            message.header.insert(u"c"_s, comment);
        return message;
    }

    // The refusal a request got, as "CODE: text"; empty when it was answered.
    static QString refusal(World &world, Device &as, const sync::Message &message)
    {
        try {
            request(world, as, message);
        } catch (const sync::ProtocolError &e) {
            return QString::fromLatin1(sync::errorCodeName(e.code())) + u": "_s + e.text();
        }
        return {};
    }

    // An inspection of permits[0] answered, signed by both parties, submitted and synced.
    static sync::Uuid submitted(World &world, Device &a1)
    {
        const auto inspection = a1.startInspection(world.district.permits[0]);
        a1.answer(inspection, world.district.itemId, u"compliant"_s);
        a1.sign(inspection, u"inspector"_s);
        a1.sign(inspection, u"representative"_s);
        a1.setStatus(inspection, u"submitted"_s);
        const auto result = a1.sync();
        if (!result.ok || result.rejected != 0)
            qFatal("submission failed: %s", qPrintable(result.error));
        return inspection;
    }

    static void resubmit(Device &a1, const sync::Uuid &inspection, const QString &reviewId)
    {
        a1.outbox.update(sync::Entity::Inspection, inspection,
            {{field(sync::Entity::Inspection, u"status"), u"submitted"_s},
                {field(sync::Entity::Inspection, u"answers_review_id"), reviewId}});
    }

    static Stage stage(store::Database &db, const sync::Uuid &inspection)
    {
        return store::InspectionReviewState::of(db, inspection.toText())->stage;
    }

    static QStringList rejections(Device &device)
    {
        QStringList result;
        auto rows = device.db.prepare(u"SELECT code || ': ' || reason FROM sync_rejection"
                                      u" ORDER BY id"_s);
        while (rows.step())
            result << rows.text(0);
        return result;
    }

private Q_SLOTS:
    void aReturnReachesTheDeviceWithItsComment()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        auto s1 = world.device(world.district.supervisor, u"s1"_s);
        QVERIFY(a1->sync().ok);
        const auto inspection = submitted(world, *a1);
        QCOMPARE(stage(a1->db, inspection), Stage::Submitted);

        const QString comment = u"the photo of outlet DW001 is missing"_s;
        const auto reply = request(world, *s1, decision(inspection, u"return"_s, comment));
        QCOMPARE(reply.header.value(u"s"_s).toString(), u"returned"_s);
        const QString reviewId = reply.header.value(u"rid"_s).toString();
        {
            auto server = world.serverDb();
            const auto state = store::InspectionReviewState::of(*server, inspection.toText());
            QCOMPARE(state->stage, Stage::Returned);
            QCOMPARE(state->decidedBy, world.district.supervisor); // who
            QVERIFY(state->decidedAt > 1'700'000'000'000); // when
        }

        const auto result = a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        const auto onDevice = store::InspectionReviewState::of(a1->db, inspection.toText());
        QCOMPARE(onDevice->stage, Stage::Returned);
        QCOMPARE(onDevice->comment, comment);
        QCOMPARE(onDevice->reviewId, reviewId);
        QCOMPARE(onDevice->decidedBy, world.district.supervisor);
        // A second tablet of the same inspector gets it in its first snapshot, with the
        // inspection it reviews.
        auto a2 = world.device(world.district.inspectorA, u"a2"_s);
        QVERIFY(a2->sync().ok);
        const auto onSecond = store::InspectionReviewState::of(a2->db, inspection.toText());
        QVERIFY(onSecond);
        QCOMPARE(onSecond->stage, Stage::Returned);
        QCOMPARE(onSecond->comment, comment);
        // Only the inspection's own inspector gets it: B1 holds another permit, and a second
        // inspector of the same permit would not get A1's review either (owner scope).
        auto b1 = world.device(world.district.inspectorB, u"b1"_s);
        QVERIFY(b1->sync().ok);
        QCOMPARE(count(b1->db, u"SELECT count(*) FROM inspection_review"_s), 0);
    }

    void amendedAndResubmittedThenApproved()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        auto s1 = world.device(world.district.supervisor, u"s1"_s);
        QVERIFY(a1->sync().ok);
        const auto inspection = submitted(world, *a1);
        const QString reviewId = request(world, *s1,
            decision(inspection, u"return"_s, u"item 1 is not compliant: the sign is missing"_s))
                                     .header.value(u"rid"_s)
                                     .toString();
        QVERIFY(a1->sync().ok);

        // Amended: the answer corrected and a note left, both accepted while returned.
        const QString first = text(a1->db,
            u"SELECT id FROM checklist_answer WHERE inspection_id = '%1'"_s.arg(
                inspection.toText()));
        a1->answer(inspection, world.district.itemId, u"non_compliant"_s, first);
        a1->setSummary(inspection, u"sign missing at DW001"_s);
        auto result = a1->sync();
        QVERIFY2(result.ok && result.rejected == 0, qPrintable(rejections(*a1).join(u'\n')));

        // Resubmitted as it is: the finding needs its note or photo (as a first submission).
        resubmit(*a1, inspection, reviewId);
        result = a1->sync();
        QCOMPARE(result.rejected, 1);
        QVERIFY2(rejections(*a1).last().startsWith(u"FINDING_UNSUPPORTED"_s),
            qPrintable(rejections(*a1).last()));
        QCOMPARE(stage(*world.serverDb(), inspection), Stage::Returned);

        // A photo of the item supports it, but the changes voided both signatures.
        const QString itemCode = text(a1->db,
            u"SELECT code FROM checklist_item WHERE id = '%1'"_s.arg(world.district.itemId));
        const sync::Uuid photo = a1->newId();
        using E = sync::Entity;
        a1->outbox.insert(E::Photo, photo,
            {{field(E::Photo, u"inspection_id"), inspection.toText()},
                {field(E::Photo, u"sha256"), QString(64, u'a')},
                {field(E::Photo, u"byte_size"), std::int64_t(1000)},
                {field(E::Photo, u"mime"), u"image/jpeg"_s},
                {field(E::Photo, u"subject"), itemCode},
                {field(E::Photo, u"taken_at"), std::int64_t(1'760'000'001'000)}});
        resubmit(*a1, inspection, reviewId);
        result = a1->sync();
        QCOMPARE(result.rejected, 1);
        QVERIFY2(rejections(*a1).last().contains(u"cannot be resubmitted: it lacks the inspector's"
                                                 u" signature"_s),
            qPrintable(rejections(*a1).join(u'\n')));
        QCOMPARE(stage(*world.serverDb(), inspection), Stage::Returned);

        // Both sign again over the amended records; resubmitted.
        a1->sign(inspection, u"inspector"_s);
        a1->sign(inspection, u"representative"_s, true);
        resubmit(*a1, inspection, reviewId);
        const int before = int(count(a1->db, u"SELECT count(*) FROM sync_rejection"_s));
        result = a1->sync();
        QCOMPARE(count(a1->db, u"SELECT count(*) FROM sync_rejection"_s), before);
        QCOMPARE(stage(*world.serverDb(), inspection), Stage::Submitted);
        QCOMPARE(stage(a1->db, inspection), Stage::Submitted);

        const auto approved =
            request(world, *s1, decision(inspection, u"approve"_s, u"complete"_s));
        QCOMPARE(approved.header.value(u"s"_s).toString(), u"approved"_s);
        QVERIFY(a1->sync().ok);
        QCOMPARE(stage(a1->db, inspection), Stage::Approved);
        QCOMPARE(count(a1->db, u"SELECT count(*) FROM inspection_review"_s), 2); // the history
    }

    void approvalLocksTheInspection()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        auto s1 = world.device(world.district.supervisor, u"s1"_s);
        QVERIFY(a1->sync().ok);
        const auto inspection = submitted(world, *a1);
        request(world, *s1, decision(inspection, u"approve"_s));
        const std::int64_t ops = count(*world.serverDb(), u"SELECT count(*) FROM sync_op"_s);

        a1->setSummary(inspection, u"an afterthought"_s);
        a1->measure(inspection, 42.0);
        const auto result = a1->sync();
        QVERIFY(result.ok);
        QCOMPARE(result.rejected, 2);
        for (const QString &reason : rejections(*a1)) {
            QVERIFY2(reason.startsWith(u"INVALID_TRANSITION: "_s), qPrintable(reason));
            QVERIFY2(reason.contains(u"was approved by %1"_s.arg(world.district.supervisor))
                    && reason.contains(u"is locked: nothing can be added or changed"_s),
                qPrintable(reason));
        }
        auto server = world.serverDb();
        QCOMPARE(count(*server, u"SELECT count(*) FROM measurement"_s), 0);
        QCOMPARE(text(*server,
                     u"SELECT coalesce(summary, '') FROM inspection WHERE id = '%1'"_s.arg(
                         inspection.toText())),
            QString());
        QCOMPARE(count(*server, u"SELECT count(*) FROM sync_op"_s), ops); // nothing sequenced
        QCOMPARE(a1->outbox.pendingCount(), 0);
    }

    void aSubmittedInspectionWaitsForItsReview()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        QVERIFY(a1->sync().ok);
        const auto inspection = submitted(world, *a1);
        a1->measure(inspection, 12.0);
        a1->setSummary(inspection, u"late note"_s);
        resubmit(*a1, inspection, a1->newId().toText()); // nothing was returned
        const auto result = a1->sync();
        QCOMPARE(result.rejected, 3);
        const QStringList reasons = rejections(*a1);
        QVERIFY2(
            reasons[0].contains(u"is submitted and waits for a supervisor's review: nothing"
                                u" can be added or changed unless the supervisor returns it"_s),
            qPrintable(reasons[0]));
        QVERIFY2(reasons[1].contains(u"waits for a supervisor's review"_s), qPrintable(reasons[1]));
        QVERIFY2(reasons[2].contains(u"there is no return to answer"_s), qPrintable(reasons[2]));
        QCOMPARE(count(*world.serverDb(), u"SELECT count(*) FROM measurement"_s), 0);
    }

    void invalidDecisionsAreRefused()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        auto s1 = world.device(world.district.supervisor, u"s1"_s);
        QVERIFY(a1->sync().ok);
        const auto open = a1->startInspection(world.district.permits[0]);
        QVERIFY(a1->sync().ok);
        QVERIFY(refusal(world, *s1, decision(open, u"approve"_s))
                    .startsWith(
                        u"INVALID_TRANSITION: inspection %1 is in progress"_s.arg(open.toText())));

        const auto inspection = submitted(world, *a1);
        const QString reviewId =
            request(world, *s1, decision(inspection, u"return"_s, u"sign again"_s))
                .header.value(u"rid"_s)
                .toString();
        QVERIFY(refusal(world, *s1, decision(inspection, u"approve"_s))
                    .contains(u"not resubmitted yet"_s));
        QVERIFY(refusal(world, *s1, decision(inspection, u"return"_s, u"again"_s))
                    .contains(u"not resubmitted yet"_s));

        // A resubmission must answer the return in force.
        QVERIFY(a1->sync().ok);
        resubmit(*a1, inspection, a1->newId().toText());
        a1->setStatus(inspection, u"reviewed"_s); // not the inspector's to set
        QCOMPARE(a1->sync().rejected, 2);
        QVERIFY(rejections(*a1)[0].contains(u"but the return in force is %1"_s.arg(reviewId)));
        QVERIFY2(rejections(*a1)[1].contains(u"only after it is amended and resubmitted"_s),
            qPrintable(rejections(*a1)[1]));

        resubmit(*a1, inspection, reviewId);
        QCOMPARE(a1->sync().rejected, 0);
        request(world, *s1, decision(inspection, u"approve"_s));
        QVERIFY(refusal(world, *s1, decision(inspection, u"return"_s, u"late"_s))
                    .contains(u"already approved"_s));
        QCOMPARE(count(*world.serverDb(), u"SELECT count(*) FROM inspection_review"_s), 2);
    }

    void onlySupervisorsDecideAndEnforcementReads()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        auto s1 = world.device(world.district.supervisor, u"s1"_s);
        QVERIFY(a1->sync().ok);
        const auto inspection = submitted(world, *a1);
        QVERIFY(refusal(world, *a1, decision(inspection, u"approve"_s))
                    .startsWith(u"FORBIDDEN: only a supervisor may approve inspections; this"
                                u" device's role is inspector"_s));
        sync::Message list;
        list.command = sync::Command::Reviews;
        QVERIFY(refusal(world, *a1, list).startsWith(u"FORBIDDEN: "_s));

        {
            auto server = world.serverDb();
            server->exec(u"INSERT INTO inspector (id, code, name, role) VALUES"
                         u" ('0190a000-0000-7000-8000-0000000000e1', 'E1', 'E1', 'enforcement')"_s);
        }
        auto e1 = world.device(u"0190a000-0000-7000-8000-0000000000e1"_s, u"e1"_s);
        const sync::Message listReply = request(world, *e1, list);
        const QJsonArray listed = sync::jsonArrayIn(listReply, u"inspections"_s);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listReply.header.value(u"n"_s).toInteger(), 1);
        QCOMPARE(listed[0].toObject().value(u"state"_s).toString(), u"submitted"_s);
        QVERIFY(refusal(world, *e1, decision(inspection, u"return"_s, u"x"_s))
                    .startsWith(u"FORBIDDEN: "_s));

        // Bad input: a return without its comment, an unknown decision or inspection.
        QVERIFY(refusal(world, *s1, decision(inspection, u"return"_s, u"  "_s))
                    .startsWith(u"MALFORMED: header \"c\""_s));
        QVERIFY(refusal(world, *s1, decision(inspection, u"reject"_s))
                    .startsWith(u"MALFORMED: header \"a\""_s));
        QCOMPARE(
            refusal(world, *s1, decision(a1->newId(), u"approve"_s)).left(10), u"NOT_FOUND:"_s);
        QCOMPARE(stage(*world.serverDb(), inspection), Stage::Submitted);
        QCOMPARE(count(*world.serverDb(), u"SELECT count(*) FROM inspection_review"_s), 0);
    }

    void showHasWhatASupervisorReads()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        auto s1 = world.device(world.district.supervisor, u"s1"_s);
        QVERIFY(a1->sync().ok);
        const auto inspection = submitted(world, *a1);
        request(world, *s1, decision(inspection, u"return"_s, u"redo"_s));
        {
            // Two flags of the permit: one whose evidence names the inspection's answer, one
            // naming a record of some other inspection, one with evidence that is not JSON.
            auto server = world.serverDb();
            const QString answer = text(*server,
                u"SELECT id FROM checklist_answer WHERE inspection_id = '%1'"_s.arg(
                    inspection.toText()));
            const QString permit = text(*server,
                u"SELECT permit_id FROM inspection WHERE id = '%1'"_s.arg(inspection.toText()));
            auto flag = server->prepare(
                u"INSERT INTO flag (id, rule_id, severity, permit_id, compared, message_en,"
                u" message_zh, evidence, raised_at, updated_at)"
                u" VALUES (?1, ?2, 'warning', ?3, '{}', ?2, ?2, ?4, 1, 1)"_s);
            const QStringList evidence {
                u"[{\"kind\":\"checklist_answer\",\"id\":\"%1\"}]"_s.arg(answer),
                u"[{\"kind\":\"measurement\",\"id\":\"someone-else\"}]"_s, u"not json"_s};
            for (int i = 0; i < evidence.size(); ++i) {
                flag.bind(1, u"flag-%1"_s.arg(i))
                    .bind(2, u"R%1"_s.arg(i + 1))
                    .bind(3, permit)
                    .bind(4, evidence[i])
                    .exec();
                flag.reset();
            }
        }
        sync::Message show;
        show.command = sync::Command::Reviews;
        show.header.insert(u"id"_s, inspection.toText());
        const QJsonObject shown = sync::jsonObjectIn(request(world, *s1, show), u"inspection"_s);
        QCOMPARE(shown.value(u"state"_s).toString(), u"returned"_s);
        QCOMPARE(shown.value(u"comment"_s).toString(), u"redo"_s);
        QCOMPARE(shown.value(u"answers"_s).toArray().size(), 1);
        QCOMPARE(shown.value(u"signatures"_s).toArray().size(), 2);
        QCOMPARE(shown.value(u"reviews"_s).toArray().size(), 1);
        // A number on both engines (PostgreSQL's EXISTS would be JSON's true).
        QCOMPARE(shown.value(u"answers"_s)[0][u"in_force"_s].type(), QJsonValue::Double);
        QCOMPARE(shown.value(u"answers"_s)[0][u"in_force"_s].toInt(), 1);
        QVERIFY(shown.value(u"photos"_s).isArray());
        const QJsonArray flags = shown.value(u"flags"_s).toArray();
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0][u"rule"_s].toString(), u"R1"_s);

        sync::Message list;
        list.command = sync::Command::Reviews;
        list.header.insert(u"s"_s, u"approved"_s);
        QCOMPARE(sync::jsonArrayIn(request(world, *s1, list), u"inspections"_s).size(), 0);
        list.header.insert(u"s"_s, u"returned"_s);
        QCOMPARE(sync::jsonArrayIn(request(world, *s1, list), u"inspections"_s).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReviewWorkflow)
#include "tst_reviewworkflow.moc"
