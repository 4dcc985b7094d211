// A full evaluation with worker threads (FlagEvaluator::setThreads, runEvaluationPipeline)
// stores exactly what a single-threaded one stores: the same flags with the same ids,
// contents and states, and the same events in the same order. One generated district is
// imported once and the store copied (an import gives rows new ids); one copy is evaluated
// on one thread, the other on three, twice each (the second run, a month later, updates and
// resolves rather than raises), and their flag tables compared without the wall-clock
// columns.
#include "demo/demogenerator.h"
#include "importer/permitimporter.h"
#include "importer/reportimporter.h"
#include "importer/staffimporter.h"
#include "server/flagevaluator.h"
#include "server/serverstore.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall;

namespace {

QStringList rowsOf(store::Database &db, const QString &sql, int columnCount)
{
    QStringList rows;
    auto query = db.prepare(sql);
    while (query.step()) {
        QStringList columns;
        for (int i = 0; i < columnCount; ++i)
            columns << query.text(i);
        rows << columns.join(u'|');
    }
    return rows;
}

} // namespace

class TestFlagEvaluatorParallel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameFlagsWhateverTheThreads()
    {
        QTemporaryDir dir;
        demo::DemoOptions options;
        options.enterprises = 12;
        demo::DemoGenerator(options).generate(dir.path() + u"/demo"_s);
        const QString first = dir.path() + u"/data0"_s;
        const QString second = dir.path() + u"/data1"_s;
        {
            auto db = server::ServerStore::initialise(first);
            importer::StaffImporter(*db).importFile(dir.path() + u"/demo/staff.csv"_s);
            importer::PermitImporter(*db).importFile(dir.path() + u"/demo/permits.jsonl"_s);
            importer::ReportImporter(*db).importFile(dir.path() + u"/demo/reports.csv"_s);
        } // closed: the WAL is checkpointed into the file
        QVERIFY(QDir().mkpath(second));
        for (const QString &name : QDir(first).entryList(QDir::Files))
            QVERIFY(QFile::copy(first + u'/' + name, second + u'/' + name));
        std::unique_ptr<store::Database> stores[2] = {
            server::ServerStore::open(first), server::ServerStore::open(second)};
        int raised[2] = {};
        for (int i = 0; i < 2; ++i) {
            server::FlagEvaluator evaluator(*stores[i], rules::RuleConfig::defaults());
            evaluator.setThreads(i == 0 ? 1 : 3);
            const auto summary = evaluator.evaluateAll(options.asOf);
            QVERIFY(summary.permits >= 12);
            raised[i] = summary.flagsRaised();
            // A later date: some flags resolve, others change.
            evaluator.evaluateAll(options.asOf.addMonths(1));
        }
        QVERIFY(raised[0] > 0);
        QCOMPARE(raised[1], raised[0]);
        const QString flags = uR"(SELECT id, rule_id, rule_version, severity, permit_id,
            coalesce(outlet_id, ''), coalesce(pollutant, ''), coalesce(period, ''), compared,
            message_en, message_zh, coalesce(evidence, ''), status, coalesce(computation, ''),
            coalesce(exceedance_pct, ''), coalesce(detail, '') FROM flag ORDER BY id)"_s;
        const QStringList single = rowsOf(*stores[0], flags, 16);
        QVERIFY(!single.isEmpty());
        QCOMPARE(rowsOf(*stores[1], flags, 16), single);
        const QString events =
            u"SELECT flag_id, event, status, actor, coalesce(as_of, '') FROM flag_event ORDER BY id"_s;
        QCOMPARE(rowsOf(*stores[1], events, 5), rowsOf(*stores[0], events, 5));
    }
};

QTEST_GUILESS_MAIN(TestFlagEvaluatorParallel)
#include "tst_flagevaluator_parallel.moc"
