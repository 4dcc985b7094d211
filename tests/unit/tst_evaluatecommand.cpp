// outfall-server evaluate: every permit's flags as of a date, with progress and a summary by
// rule; a bad command line exits 2 naming the problem and changes nothing stored.
#include "server/flagstore.h"
#include "server/serverstore.h"
#include "servertesthelpers.h"
#include "store/database.h"
#include "store/flagrecords.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall;

namespace {

std::int64_t count(store::Database &db, const QString &sql)
{
    auto row = db.prepare(sql);
    row.step();
    return row.int64(0);
}

} // namespace

class TestEvaluateCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_data;

private Q_SLOTS:
    void initTestCase()
    {
        m_data = m_dir.path() + u"/data"_s;
        const QString demo = m_dir.path() + u"/demo"_s;
        QCOMPARE(servertest::run({u"generate-demo"_s, u"--out"_s, demo, u"--enterprises"_s, u"3"_s,
                                     u"--months"_s, u"1"_s})
                     .exitCode,
            0);
        QCOMPARE(servertest::run({u"init"_s, u"--data"_s, m_data}).exitCode, 0);
        QCOMPARE(servertest::run(
                     {u"import"_s, u"--data"_s, m_data, u"permits"_s, demo + u"/permits.jsonl"_s})
                     .exitCode,
            0);
        // A flag stored before, which a refused command must leave as it is.
        auto db = server::ServerStore::open(m_data);
        rules::Flag flag;
        flag.ruleId = u"R6"_s;
        flag.subject = {u"0190a000-0000-7000-8000-00000000a001"_s, {}, {}, u"2026-Q3"_s, {}};
        flag.messageEn = flag.messageZh = u"missing"_s;
        server::FlagStore(*db).apply(flag.subject.permitId, {flag}, QDate(2026, 11, 1), 1);
    }

    void badCommandLinesExitTwoAndChangeNothing()
    {
        const struct
        {
            QStringList arguments;
            QString problem;
        } cases[] = {
            {{u"--as-of"_s, u"2026-02-30"_s},
                u"--as-of must be a date YYYY-MM-DD, not '2026-02-30'"_s},
            {{u"--as-of"_s, u"1.11.2026"_s}, u"not '1.11.2026'"_s},
            {{u"--as-of"_s, u"2026-11-01T00"_s}, u"not '2026-11-01T00'"_s},
            {{u"--as-of"_s}, u"--as-of needs a value"_s},
            {{u"--rules"_s, m_dir.path() + u"/none.json"_s}, u"--rules: no such file"_s},
            {{u"R3"_s}, u"evaluate takes no arguments, got R3"_s},
        };
        auto db = server::ServerStore::open(m_data);
        const auto flagsBefore = count(*db, u"SELECT count(*) FROM flag"_s);
        const auto eventsBefore = count(*db, u"SELECT count(*) FROM flag_event"_s);
        for (const auto &c : cases) {
            const auto result =
                servertest::run(QStringList {u"evaluate"_s, u"--data"_s, m_data} + c.arguments);
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains(c.problem), qPrintable(result.err));
            QVERIFY2(result.err.endsWith(u"; see --help\n"_s), qPrintable(result.err));
        }
        // --as-of belongs to evaluate and import only.
        const auto summary =
            servertest::run({u"summary"_s, u"--data"_s, m_data, u"--as-of"_s, u"2026-11-01"_s});
        QCOMPARE(summary.exitCode, 2);
        QVERIFY2(summary.err.contains(u"summary takes no --as-of"_s), qPrintable(summary.err));
        QCOMPARE(count(*db, u"SELECT count(*) FROM flag"_s), flagsBefore);
        QCOMPARE(count(*db, u"SELECT count(*) FROM flag_event"_s), eventsBefore);
        QCOMPARE(store::FlagRecords(*db).list().first().status, u"open"_s);
    }

    void evaluatesEveryPermitWithProgressAndSummary()
    {
        const auto result =
            servertest::run({u"evaluate"_s, u"--data"_s, m_data, u"--as-of"_s, u"2026-11-01"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"evaluated 3 permit(s) as of 2026-11-01"_s),
            qPrintable(result.out));
        QVERIFY2(result.out.contains(u"flags raised: "_s), qPrintable(result.out));
        QVERIFY2(result.err.contains(u"evaluate: 3/3 permits"_s), qPrintable(result.err));
        // The flag of a permit the store does not hold is none of evaluate's business.
        auto db = server::ServerStore::open(m_data);
        QCOMPARE(count(*db,
                     u"SELECT count(*) FROM flag WHERE rule_id = 'R6' AND status = 'open'"
                     u" AND permit_id = '0190a000-0000-7000-8000-00000000a001'"_s),
            1);
    }
};

QTEST_GUILESS_MAIN(TestEvaluateCommand)
#include "tst_evaluatecommand.moc"
