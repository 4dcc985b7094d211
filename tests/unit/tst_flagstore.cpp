// FlagStore: flags upserted by their derived id, resolved when no longer raised, reopened
// when raised again, every change in flag_event; a supervisor's decision survives
// re-evaluation and a restart of the server; the flag table's migration (0012, 0013).
#include "server/flagstore.h"
#include "server/serverstore.h"
#include "store/database.h"
#include "store/flagrecords.h"
#include "store/migrator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall;
using server::FlagStore;

namespace {

const QDate kAsOf(2026, 11, 1);
const QString kPermit = u"0190a000-0000-7000-8000-00000000a001"_s;

rules::Flag exceedance(double value)
{
    rules::Flag flag;
    flag.ruleId = u"R3"_s;
    flag.severity = rules::Severity::Violation;
    flag.subject = {
        kPermit, u"0190a000-0000-7000-8000-00000000b001"_s, u"SO2"_s, u"2026-10-14"_s, {}};
    flag.inputs = {{u"reported value"_s, QString::number(value), u"mg/Nm3"_s,
                       u"reported_value r1"_s, u"报送值"_s},
        {u"limit"_s, u"35"_s, u"mg/Nm3"_s, u"permit limit"_s, u"限值"_s}};
    flag.steps = {{u"%1 > 35"_s.arg(value), u"%1 > 35"_s.arg(value)}};
    flag.messageEn = u"SO2 daily mean %1 mg/Nm3 exceeds 35 mg/Nm3."_s.arg(value);
    flag.messageZh = u"二氧化硫日均值 %1 mg/Nm3，超过限值 35 mg/Nm3。"_s.arg(value);
    flag.evidence = {{u"reported_value"_s, u"r1"_s}};
    flag.exceedancePct = (value - 35) / 35 * 100;
    return flag;
}

rules::Flag missingReport()
{
    rules::Flag flag;
    flag.ruleId = u"R6"_s;
    flag.subject = {kPermit, {}, {}, u"2026-Q3"_s, {}};
    flag.messageEn = u"The quarterly report for 2026-Q3 was not filed."_s;
    flag.messageZh = u"2026 年第三季度执行报告未提交。"_s;
    return flag;
}

QStringList events(FlagStore &store, const QString &id)
{
    QStringList names;
    for (const auto &event : store.history(id))
        names << event.event + u':' + event.status;
    return names;
}

std::int64_t flagSeq(store::Database &db, const QString &id)
{
    auto row = db.prepare(u"SELECT seq FROM ref_row WHERE entity = 20 AND row_id = ?1"_s);
    row.bind(1, id);
    return row.step() ? row.int64(0) : -1;
}

} // namespace

class TestFlagStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void raiseUpdateResolveReopen()
    {
        store::Database db(u":memory:"_s);
        store::Migrator::migrate(db, store::StoreRole::Server);
        FlagStore flags(db);
        const rules::Flag high = exceedance(52);
        const rules::Flag report = missingReport();

        auto counts = flags.apply(kPermit, {high, report}, kAsOf, 1000);
        QCOMPARE(counts.raised, 2);
        auto row = store::FlagRecords(db).find(high.id());
        QVERIFY(row);
        QCOMPARE(row->status, u"open"_s);
        QCOMPARE(row->ruleId, u"R3"_s);
        QCOMPARE(row->severity, u"violation"_s);
        QCOMPARE(row->raisedAt, 1000);
        QVERIFY(qAbs(row->exceedancePct.value_or(0) - 48.571) < 0.01);
        const QJsonObject computation = QJsonDocument::fromJson(row->computation.toUtf8()).object();
        QCOMPARE(computation.value(u"steps"_s).toArray().first().toString(), u"52 > 35"_s);
        QCOMPARE(computation.value(u"inputs"_s).toArray().size(), 2);
        // The change capture tells the devices holding the permit.
        const std::int64_t firstSeq = flagSeq(db, high.id());
        QVERIFY(firstSeq > 0);

        // The same verdict again: nothing written, nothing sent again.
        counts = flags.apply(kPermit, {high, report}, kAsOf, 2000);
        QCOMPARE(counts.unchanged, 2);
        QCOMPARE(flagSeq(db, high.id()), firstSeq);
        QCOMPARE(store::FlagRecords(db).find(high.id())->updatedAt, 1000);

        // New numbers for the same subject: the same row, updated.
        counts = flags.apply(kPermit, {exceedance(60), report}, kAsOf, 3000);
        QCOMPARE(counts.updated, 1);
        QCOMPARE(counts.unchanged, 1);
        row = store::FlagRecords(db).find(high.id());
        QVERIFY(row->messageEn.contains(u"60"_s));
        QCOMPARE(row->raisedAt, 1000);
        QCOMPARE(row->updatedAt, 3000);
        QVERIFY(flagSeq(db, high.id()) > firstSeq);
        QCOMPARE(synctestCount(db, u"SELECT count(*) FROM flag"_s), 2);

        // The cause is gone: resolved, kept.
        counts = flags.apply(kPermit, {report}, kAsOf, 4000);
        QCOMPARE(counts.resolved, 1);
        QCOMPARE(store::FlagRecords(db).find(high.id())->status, u"resolved"_s);
        // Still gone: resolved once only.
        counts = flags.apply(kPermit, {report}, kAsOf, 5000);
        QCOMPARE(counts.resolved, 0);

        // Raised again: reopened.
        counts = flags.apply(kPermit, {exceedance(60), report}, kAsOf, 6000);
        QCOMPARE(counts.reopened, 1);
        QCOMPARE(store::FlagRecords(db).find(high.id())->status, u"open"_s);
        QCOMPARE(events(flags, high.id()),
            (QStringList {
                u"raise:open"_s, u"update:open"_s, u"resolve:resolved"_s, u"reopen:open"_s}));
        QCOMPARE(events(flags, report.id()), QStringList {u"raise:open"_s});
        QCOMPARE(flags.history(high.id()).first().asOf, u"2026-11-01"_s);
        QCOMPARE(flags.history(high.id()).first().actor, u"evaluator"_s);
    }

    void otherPermitsFlagsAreLeftAlone()
    {
        store::Database db(u":memory:"_s);
        store::Migrator::migrate(db, store::StoreRole::Server);
        FlagStore flags(db);
        flags.apply(kPermit, {exceedance(52)}, kAsOf, 1000);
        flags.apply(u"0190a000-0000-7000-8000-00000000a002"_s, {}, kAsOf, 2000);
        QCOMPARE(store::FlagRecords(db).find(exceedance(52).id())->status, u"open"_s);
    }

    void decisionSurvivesReevaluationAndRestart()
    {
        QTemporaryDir dir;
        const QString id = exceedance(52).id();
        {
            auto db = server::ServerStore::initialise(dir.path());
            FlagStore flags(*db);
            flags.apply(kPermit, {exceedance(52)}, kAsOf, 1000);
            const auto decided = flags.decide(id, FlagStore::Decision::Dismiss,
                u"  meter fault, certified  "_s, u"sup-1"_s, 1500);
            QVERIFY(decided);
            QCOMPARE(decided->status, u"dismissed"_s);
            QCOMPARE(decided->decisionReason, u"meter fault, certified"_s);
            QCOMPARE(decided->decidedBy, u"sup-1"_s);
            QCOMPARE(decided->decidedAt.value_or(0), 1500);
            // Re-evaluation with other numbers: the numbers follow, the decision stays.
            flags.apply(kPermit, {exceedance(70)}, kAsOf, 2000);
        }
        auto db = server::ServerStore::open(dir.path());
        FlagStore flags(*db);
        auto row = store::FlagRecords(*db).find(id);
        QCOMPARE(row->status, u"dismissed"_s);
        QCOMPARE(row->decisionReason, u"meter fault, certified"_s);
        QVERIFY(row->messageEn.contains(u"70"_s));
        // The cause goes away and comes back: history says so, the decision stays.
        flags.apply(kPermit, {}, kAsOf, 3000);
        flags.apply(kPermit, {}, kAsOf, 3500);
        QCOMPARE(store::FlagRecords(*db).find(id)->status, u"dismissed"_s);
        flags.apply(kPermit, {exceedance(70)}, kAsOf, 4000);
        row = store::FlagRecords(*db).find(id);
        QCOMPARE(row->status, u"dismissed"_s);
        QCOMPARE(row->decisionReason, u"meter fault, certified"_s);
        QCOMPARE(events(flags, id),
            (QStringList {u"raise:open"_s, u"dismiss:dismissed"_s, u"update:dismissed"_s,
                u"resolve:dismissed"_s, u"reopen:dismissed"_s}));
        QCOMPARE(flags.history(id)[1].reason, u"meter fault, certified"_s);
        QCOMPARE(flags.history(id)[1].actor, u"sup-1"_s);
    }

    void decisionNeedsAReasonAndAFlag()
    {
        store::Database db(u":memory:"_s);
        store::Migrator::migrate(db, store::StoreRole::Server);
        FlagStore flags(db);
        flags.apply(kPermit, {exceedance(52)}, kAsOf, 1000);
        const QString id = exceedance(52).id();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
            flags.decide(id, FlagStore::Decision::Acknowledge, u"  "_s, u"sup"_s, 2000));
        QCOMPARE(store::FlagRecords(db).find(id)->status, u"open"_s);
        QCOMPARE(events(flags, id), QStringList {u"raise:open"_s});
        QVERIFY(!flags.decide(u"0190a000-0000-8000-8000-000000000000"_s,
            FlagStore::Decision::Acknowledge, u"seen"_s, u"sup"_s, 2000));
    }

    void migrationKeepsOldFlagsAndTheirChangeCapture()
    {
        store::Database db(u":memory:"_s);
        store::Migrator::migrate(db, store::StoreRole::Server, 11);
        db.exec(uR"(
            INSERT INTO enterprise (id, uscc, name, industry_code, updated_at)
            VALUES ('e1', '91440300MA5AAAAA1X', 'E', '4411', 0);
            INSERT INTO permit (id, number, enterprise_id, revision, valid_from, valid_to, issued_on,
                                authority, industry_code, content_hash, updated_at)
            VALUES ('p1', 'N1', 'e1', 1, '2024-01-01', '2028-12-31', '2023-12-20', 'A', '4411', 'h', 0);
            INSERT INTO flag (id, rule_id, severity, permit_id, compared, message_en, message_zh,
                              status, raised_at, updated_at)
            VALUES ('f1', 'R6', 'warning', 'p1', '[]', 'm', 'm', 'closed', 1, 1),
                   ('f2', 'R6', 'warning', 'p1', '[]', 'm', 'm', 'acknowledged', 1, 1);
        )"_s);
        const std::int64_t before = flagSeq(db, u"f1"_s);
        store::Migrator::migrate(db, store::StoreRole::Server);
        QCOMPARE(store::FlagRecords(db).find(u"f1"_s)->status, u"resolved"_s);
        QCOMPARE(store::FlagRecords(db).find(u"f2"_s)->status, u"acknowledged"_s);
        QCOMPARE(store::FlagRecords(db).find(u"f1"_s)->ruleVersion, 1);
        // 0013 gave the copied rows a new version, and the triggers are back.
        QVERIFY(flagSeq(db, u"f1"_s) > before);
        db.exec(u"DELETE FROM flag WHERE id = 'f2'"_s);
        QCOMPARE(synctestCount(db, u"SELECT deleted FROM ref_row WHERE row_id = 'f2'"_s), 1);
        // No foreign key: a flag may name a permit kept in other tables (NPDES).
        db.exec(uR"(INSERT INTO flag (id, rule_id, severity, permit_id, outlet_id, compared,
                        message_en, message_zh, raised_at, updated_at)
                    VALUES ('f3', 'R3', 'violation', 'npdes-1', 'outfall-001', '[]', 'm', 'm', 1, 1))"_s);
        // And an unknown status is refused.
        QVERIFY_THROWS_EXCEPTION(
            std::exception, db.exec(u"UPDATE flag SET status = 'closed' WHERE id = 'f1'"_s));
    }

private:
    static std::int64_t synctestCount(store::Database &db, const QString &sql)
    {
        auto statement = db.prepare(sql);
        statement.step();
        return statement.int64(0);
    }
};

QTEST_GUILESS_MAIN(TestFlagStore)
#include "tst_flagstore.moc"
