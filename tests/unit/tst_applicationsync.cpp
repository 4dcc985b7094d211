// An application before issuance over the sync protocol: the application and its treatment
// facilities reach the inspector's device like a permit's reference data; the declaration
// checks of the pre-issuance inspection reach the server as evidence and raise R16 there; the
// supervisor's decision (DECIDE_APPLICATION) reaches the device; an inspector's device may not
// decide.
#include "rules/ruleconfig.h"
#include "server/flagevaluator.h"
#include "server/syncengine.h"
#include "sync/requestchannel.h"
#include "synctesthelpers.h"

#include <QTest>

using namespace synctest;
using namespace outfall;

class TestApplicationSync : public QObject
{
    Q_OBJECT

    static sync::Message request(World &world, Device &as, sync::Message message)
    {
        sync::RequestChannel::Options options;
        options.endpoint = world.endpoint;
        options.plainDeviceId = as.config.deviceId;
        sync::RequestChannel channel(options);
        return channel.request(message);
    }

    static sync::Message decide(const QString &permit, const QString &verb, const QString &reason)
    {
        sync::Message message;
        message.command = sync::Command::DecideApplication;
        message.header.insert(u"id"_s, permit);
        message.header.insert(u"a"_s, verb);
        message.header.insert(u"c"_s, reason);
        return message;
    }

private Q_SLOTS:
    void applicationChecksAndDecisionTravel()
    {
        World world;
        const QString permit = world.district.permits[0]; // assigned to A1
        {
            auto db = world.serverDb();
            db->prepare(u"UPDATE permit SET status = 'application', issued_on = '',"
                        u" applied_on = '2026-10-08', capacity_value = 600, capacity_unit = 'MW'"
                        u" WHERE id = ?"_s)
                .bind(1, permit)
                .exec();
            db->prepare(u"INSERT INTO treatment_facility (id, permit_id, code, name, treats)"
                        u" VALUES ('0190f000-0000-7000-8000-0000000000f1', ?, 'T001', 'WWTP',"
                        u" 'COD')"_s)
                .bind(1, permit)
                .exec();
        }
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        auto s1 = world.device(world.district.supervisor, u"s1"_s);
        QVERIFY(a1->sync().ok);
        QCOMPARE(text(a1->db,
                     u"SELECT status || ' ' || capacity_value || ' ' || capacity_unit"
                     u" FROM permit WHERE id = '%1'"_s.arg(permit)),
            u"application 600.0 MW"_s);
        QCOMPARE(text(a1->db, u"SELECT code FROM treatment_facility"_s), u"T001"_s);

        // The pre-issuance inspection: T001 missing.
        using E = sync::Entity;
        const sync::Uuid inspection = a1->newId();
        a1->outbox.insert(E::Inspection, inspection,
            {{field(E::Inspection, u"permit_id"), permit},
                {field(E::Inspection, u"inspector_id"), a1->author.toText()},
                {field(E::Inspection, u"phase"), u"pre_issuance"_s},
                {field(E::Inspection, u"status"), u"in_progress"_s},
                {field(E::Inspection, u"started_at"),
                    std::int64_t(QDateTime::currentMSecsSinceEpoch())}});
        const sync::Uuid check = a1->newId();
        a1->outbox.insert(E::DeclarationCheck, check,
            {{field(E::DeclarationCheck, u"inspection_id"), inspection.toText()},
                {field(E::DeclarationCheck, u"kind"), u"facility"_s},
                {field(E::DeclarationCheck, u"subject_id"),
                    u"0190f000-0000-7000-8000-0000000000f1"_s},
                {field(E::DeclarationCheck, u"found"), 0},
                {field(E::DeclarationCheck, u"recorded_at"),
                    std::int64_t(QDateTime::currentMSecsSinceEpoch())}});
        const auto pushed = a1->sync();
        QVERIFY2(pushed.ok, qPrintable(pushed.error));
        {
            auto db = world.serverDb();
            QCOMPARE(
                text(*db,
                    u"SELECT kind || ' ' || found FROM declaration_check WHERE id = '%1'"_s.arg(
                        check.toText())),
                u"facility 0"_s);
            server::FlagEvaluator(*db, rules::RuleConfig::defaults())
                .evaluateAll(QDate::currentDate());
            QCOMPARE(
                text(*db,
                    u"SELECT min(rule_id) || ' x' || count(*) FROM flag WHERE permit_id = '%1'"_s
                        .arg(permit)),
                u"R16 x1"_s);
        }

        // The inspector's own device may not decide; the supervisor's returns it.
        QVERIFY_THROWS_EXCEPTION(
            sync::ProtocolError, request(world, *a1, decide(permit, u"approve"_s, u"fine"_s)));
        const auto reply = request(world, *s1, decide(permit, u"return"_s, u"T001 is not built"_s));
        QCOMPARE(reply.header.value(u"s"_s).toString(), u"returned"_s);
        QVERIFY(a1->sync().ok);
        QCOMPARE(text(a1->db,
                     u"SELECT decision || ': ' || reason || ' by ' || decided_by FROM"
                     u" application_decision"_s),
            u"returned: T001 is not built by "_s + world.district.supervisor);
    }
};

QTEST_GUILESS_MAIN(TestApplicationSync)
#include "tst_applicationsync.moc"
