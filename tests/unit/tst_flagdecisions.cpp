// Flag decisions over the protocol (CURVE, as deployed): outfallctl flags / flag ack|dismiss
// with the supervisor credential, a supervisor's and an enforcement officer's device allowed,
// an inspector's device refused FORBIDDEN; bad command lines exit 2, an unknown flag 3; the
// flags and the decision reach the devices of the inspectors assigned to the permit.
#include "ctlharness.h"
#include "server/flagstore.h"
#include "server/serverkeys.h"
#include "store/flagrecords.h"
#include "sync/enrolment.h"
#include "sync/requestchannel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace synctest;
using namespace ctltest;
using namespace outfall;

namespace {

rules::Flag flagOf(const QString &permit, const QString &outlet, const QString &period)
{
    rules::Flag flag;
    flag.ruleId = u"R3"_s;
    flag.severity = rules::Severity::Violation;
    flag.subject = {permit, outlet, u"COD"_s, period, {}};
    flag.inputs = {{u"reported value"_s, u"120"_s, u"mg/L"_s, u"reported_value"_s, u"报送值"_s}};
    flag.steps = {{u"120 > 90"_s, u"120 > 90"_s}};
    flag.messageEn = u"COD 120 mg/L exceeds 90 mg/L."_s;
    flag.messageZh = u"化学需氧量 120 mg/L，超过限值 90 mg/L。"_s;
    flag.exceedancePct = 33.3;
    return flag;
}

} // namespace

class TestFlagDecisions : public QObject, protected ctltest::CurveHarness
{
    Q_OBJECT

private:
    QString m_flagA; // on permits[0], assigned to A1
    QString m_flagB; // on permits[2], not assigned to A1

    static sync::Message decision(const QString &flagId, const QString &what, const QString &why)
    {
        sync::Message message;
        message.command = sync::Command::DecideFlag;
        message.header.insert(u"id"_s, flagId);
        message.header.insert(u"d"_s, what);
        message.header.insert(u"why"_s, why);
        return message;
    }

    QString statusOnServer(const QString &id)
    {
        auto db = server::ServerStore::open(m_data);
        return store::FlagRecords(*db).find(id)->status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        initialiseServer();
        {
            auto db = server::ServerStore::open(m_data);
            db->exec(u"INSERT INTO inspector (id, code, name, role) VALUES"
                     u" ('0190a000-0000-7000-8000-0000000000e1', 'E1', 'E1', 'enforcement')"_s);
            server::FlagStore flags(*db);
            const QDate asOf(2026, 11, 1);
            const auto a = flagOf(m_district.permits[0], m_district.outlets[0], u"2026-10-02"_s);
            const auto b = flagOf(m_district.permits[2], m_district.outlets[2], u"2026-10-03"_s);
            flags.apply(m_district.permits[0], {a}, asOf, 1000);
            flags.apply(m_district.permits[2], {b}, asOf, 1000);
            m_flagA = a.id();
            m_flagB = b.id();
        }
        startServer();
        QCOMPARE(ctl({u"assign"_s, u"A1"_s, m_district.permits[0]}), 0);
    }

    void listsFlagsWithFilters()
    {
        QString output;
        QCOMPARE(ctl({u"flags"_s}, &output), 0);
        QVERIFY2(output.contains(m_flagA) && output.contains(m_flagB), qPrintable(output));
        QVERIFY2(output.contains(u"2 flag(s)"_s), qPrintable(output));
        QCOMPARE(ctl({u"flags"_s, u"--permit"_s, m_district.permits[2], u"--json"_s}, &output), 0);
        const QJsonArray listed = QJsonDocument::fromJson(output.toUtf8()).array();
        QCOMPARE(listed.size(), 1);
        const QJsonObject flag = listed[0].toObject();
        QCOMPARE(flag.value(u"id"_s).toString(), m_flagB);
        QCOMPARE(flag.value(u"rule"_s).toString(), u"R3"_s);
        QCOMPARE(flag.value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(flag.value(u"computation"_s).toObject().value(u"steps"_s).toArray().first(),
            QJsonValue(u"120 > 90"_s));
        QCOMPARE(ctl({u"flags"_s, u"--rule"_s, u"R6"_s}, &output), 0);
        QVERIFY2(output.contains(u"0 flag(s)"_s), qPrintable(output));
        // Each flag with its computation; in Chinese with --lang zh.
        QCOMPARE(ctl({u"flags"_s, u"--permit"_s, m_district.permits[2]}, &output), 0);
        QVERIFY2(output.contains(u"COD 120 mg/L exceeds 90 mg/L.\n    reported value 120 mg/L\n"
                                 u"    120 > 90\n"_s),
            qPrintable(output));
        QCOMPARE(
            ctl({u"flags"_s, u"--permit"_s, m_district.permits[2], u"--lang"_s, u"zh"_s}, &output),
            0);
        QVERIFY2(output.contains(u"化学需氧量 120 mg/L，超过限值 90 mg/L。\n    报送值 120 mg/L\n"
                                 u"    120 > 90\n"_s),
            qPrintable(output));
        QCOMPARE(ctl({u"flags"_s, u"--lang"_s, u"fr"_s}, &output), 2);
    }

    void badCommandLinesExitTwo()
    {
        QString output;
        QCOMPARE(ctl({u"flags"_s, u"--state"_s, u"closed"_s}, &output), 2);
        QVERIFY2(output.contains(u"--state must be open, resolved, acknowledged or dismissed"_s),
            qPrintable(output));
        QCOMPARE(ctl({u"flag"_s, u"ack"_s, m_flagA}, &output), 2);
        QVERIFY2(output.contains(u"needs --reason"_s), qPrintable(output));
        QCOMPARE(ctl({u"flag"_s, u"ack"_s, m_flagA, u"--reason"_s, u"   "_s}, &output), 2);
        QCOMPARE(ctl({u"flag"_s, u"close"_s, m_flagA, u"--reason"_s, u"x"_s}, &output), 2);
        QVERIFY2(output.contains(u"ack or dismiss"_s), qPrintable(output));
        QCOMPARE(ctl({u"flag"_s, u"ack"_s, u"--reason"_s, u"x"_s}, &output), 2);
        QCOMPARE(ctl({u"flags"_s, u"--reason"_s, u"x"_s}, &output), 2);
        QCOMPARE(ctl({u"assign"_s, u"A1"_s, u"P"_s, u"--json"_s}, &output), 2);
        // Nothing was decided by any of them.
        QCOMPARE(statusOnServer(m_flagA), u"open"_s);
    }

    void unknownFlagExitsThree()
    {
        QString output;
        QCOMPARE(ctl({u"flag"_s, u"dismiss"_s, u"0190a000-0000-8000-8000-00000000ffff"_s,
                         u"--reason"_s, u"x"_s},
                     &output),
            3);
        QVERIFY2(output.contains(u"NOT_FOUND"_s), qPrintable(output));
    }

    // While another process holds the store's write lock (an import writes a whole file in
    // one transaction), a decision fails after the server's busy timeout, saying why, and
    // changes nothing, not even once the lock is free: the answer comes before the client's
    // own timeout, so no copy of the request is left waiting to be carried out later.
    void aStoreBusyWithAnImportIsSaidSo()
    {
        auto holder = serverDb();
        holder->exec(u"BEGIN IMMEDIATE"_s);
        QString output;
        QCOMPARE(ctl({u"flag"_s, u"ack"_s, m_flagA, u"--reason"_s, u"seen on site"_s}, &output), 1);
        QVERIFY2(output.contains(u"busy with another writer (an import, most likely)"_s),
            qPrintable(output));
        holder->exec(u"ROLLBACK"_s);
        holder.reset();
        // The server answers in turn: once this list is answered, any copy has been handled.
        QCOMPARE(ctl({u"flags"_s}, &output), 0);
        QCOMPARE(statusOnServer(m_flagA), u"open"_s);
    }

    void inspectorCannotDecideOrList()
    {
        auto a1 = enrolled(u"A1"_s);
        try {
            a1->request(decision(m_flagA, u"ack"_s, u"seen"_s));
            QFAIL("an inspector's device acknowledged a flag");
        } catch (const sync::ProtocolError &e) {
            QCOMPARE(e.code(), sync::ErrorCode::Forbidden);
            QVERIFY2(e.text().contains(u"role is inspector"_s), qPrintable(e.text()));
        }
        try {
            sync::Message list;
            list.command = sync::Command::Flags;
            a1->request(list);
            QFAIL("an inspector's device listed flags");
        } catch (const sync::ProtocolError &e) {
            QCOMPARE(e.code(), sync::ErrorCode::Forbidden);
        }
        QCOMPARE(statusOnServer(m_flagA), u"open"_s);
    }

    void malformedDecisionsNameTheFieldAndChangeNothing()
    {
        auto s1 = enrolled(u"S1"_s);
        const struct
        {
            sync::Message message;
            QString problem;
        } cases[] = {
            {decision(m_flagA, u"close"_s, u"x"_s), u"header \"d\" must be ack or dismiss"_s},
            {decision(m_flagA, u"ack"_s, u"  \t "_s), u"header \"why\" must be the reason"_s},
            {decision(m_flagA, u"ack"_s, QString(2001, u'x')), u"\"why\""_s},
        };
        for (const auto &c : cases) {
            try {
                s1->request(c.message);
                QFAIL("a malformed decision was taken");
            } catch (const sync::ProtocolError &e) {
                QCOMPARE(e.code(), sync::ErrorCode::Malformed);
                QVERIFY2(e.text().contains(c.problem), qPrintable(e.text()));
            }
        }
        sync::Message list;
        list.command = sync::Command::Flags;
        list.header.insert(u"s"_s, u"closed"_s);
        try {
            s1->request(list);
            QFAIL("a list by an unknown status was answered");
        } catch (const sync::ProtocolError &e) {
            QCOMPARE(e.code(), sync::ErrorCode::Malformed);
            QVERIFY2(e.text().contains(u"header \"s\""_s), qPrintable(e.text()));
        }
        QCOMPARE(statusOnServer(m_flagA), u"open"_s);
        auto db = server::ServerStore::open(m_data);
        QCOMPARE(server::FlagStore(*db).history(m_flagA).size(), 1);
    }

    void supervisorAndEnforcementDecide()
    {
        auto s1 = enrolled(u"S1"_s);
        const auto reply = s1->request(decision(m_flagB, u"dismiss"_s, u"lab error, re-sampled"_s));
        QCOMPARE(reply.header.value(u"s"_s).toString(), u"dismissed"_s);
        auto e1 = enrolled(u"E1"_s);
        e1->request(decision(m_flagB, u"ack"_s, u"case opened"_s));
        auto db = server::ServerStore::open(m_data);
        const auto row = store::FlagRecords(*db).find(m_flagB);
        QCOMPARE(row->status, u"acknowledged"_s);
        QCOMPARE(row->decisionReason, u"case opened"_s);
        QCOMPARE(row->decidedBy, u"0190a000-0000-7000-8000-0000000000e1"_s);
        const auto history = server::FlagStore(*db).history(m_flagB);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[1].event, u"dismiss"_s);
        QCOMPARE(history[1].actor, m_district.supervisor);
        QCOMPARE(history[1].reason, u"lab error, re-sampled"_s);
    }

    void devicePullsTheFlagsOfItsPermitsAndTheDecision()
    {
        auto a1 = enrolled(u"A1"_s);
        const auto first = a1->sync();
        QVERIFY2(first.ok, qPrintable(first.error));
        // permits[0] is A1's; permits[2] is not, so its flag stays on the server.
        QCOMPARE(count(a1->db, u"SELECT count(*) FROM flag"_s), 1);
        auto row = store::FlagRecords(a1->db).find(m_flagA);
        QVERIFY(row);
        QCOMPARE(row->status, u"open"_s);
        QCOMPARE(row->ruleVersion, 1);
        QCOMPARE(row->exceedancePct.value_or(0), 33.3);
        QVERIFY(row->computation.contains(u"120 > 90"_s));

        QString output;
        QCOMPARE(
            ctl({u"flag"_s, u"ack"_s, m_flagA, u"--reason"_s, u"enterprise notified"_s}, &output),
            0);
        QVERIFY2(output.contains(u"acknowledged"_s), qPrintable(output));
        const auto second = a1->sync();
        QVERIFY2(second.ok, qPrintable(second.error));
        row = store::FlagRecords(a1->db).find(m_flagA);
        QCOMPARE(row->status, u"acknowledged"_s);
        QCOMPARE(row->decisionReason, u"enterprise notified"_s);
        QVERIFY(row->decidedAt);
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestFlagDecisions)
#include "tst_flagdecisions.moc"
