// Incremental evaluation: after a committed push and after an import, only the permits they
// touched are evaluated again (the server's change capture says which); a full evaluation
// takes them all.
#include "importer/reportimporter.h"
#include "server/flagevaluator.h"
#include "server/permitsource.h"
#include "servertesthelpers.h"
#include "synctesthelpers.h"

#include <QFile>
#include <QMutex>
#include <QTest>

using namespace synctest;
using namespace outfall;

namespace {

// The permits evaluated, in order, as the server thread loads them.
struct EvaluatedLog
{
    QStringList take()
    {
        QMutexLocker lock(&mutex);
        return std::exchange(permits, {});
    }
    QStringList peek()
    {
        QMutexLocker lock(&mutex);
        return permits;
    }
    QMutex mutex;
    QStringList permits;
};

// Chinese permits, noting each one loaded for evaluation.
class RecordingSource : public server::ChinesePermitSource
{
public:
    RecordingSource(store::Database &db, EvaluatedLog &log)
        : ChinesePermitSource(db)
        , m_log(log)
    { }

    std::optional<rules::PermitSnapshot> load(const QString &permitId, QDate asOf) override
    {
        {
            QMutexLocker lock(&m_log.mutex);
            m_log.permits.append(permitId);
        }
        return ChinesePermitSource::load(permitId, asOf);
    }

private:
    EvaluatedLog &m_log;
};

std::vector<std::unique_ptr<server::PermitSource>> recording(store::Database &db, EvaluatedLog &log)
{
    std::vector<std::unique_ptr<server::PermitSource>> sources;
    sources.push_back(std::make_unique<RecordingSource>(db, log));
    return sources;
}

} // namespace

class TestIncrementalEvaluation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void afterAPushOnlyItsPermit()
    {
        World world;
        world.server.reset();
        EvaluatedLog log;
        server::SyncServer::Config config;
        config.dataDir = world.dir.path() + u"/server"_s;
        config.dbUrl = world.dbUrl;
        config.flagsAsOf = QDate(2026, 11, 1);
        config.permitSources = [&log](store::Database &db) {
            return recording(db, log);
        };
        world.server = std::make_unique<server::SyncServer>(config);
        world.server->start();
        world.endpoint = world.server->endpoint();
        QTest::qWait(100);
        QCOMPARE(log.peek(), QStringList {});

        auto a = world.device(world.district.inspectorA, u"a"_s);
        QVERIFY(a->sync().ok); // the permits first; a pull alone evaluates nothing
        const auto inspection = a->startInspection(world.district.permits[1]);
        a->measure(inspection, 48);
        const auto pushed = a->sync();
        QVERIFY2(pushed.ok, qPrintable(pushed.error));
        // The evaluation runs after the acknowledgement is sent.
        QTRY_COMPARE(log.peek(), QStringList {world.district.permits[1]});
        log.take();

        auto b = world.device(world.district.inspectorB, u"b"_s);
        QVERIFY(b->sync().ok);
        b->startInspection(world.district.permits[2]);
        QVERIFY(b->sync().ok);
        QTRY_COMPARE(log.peek(), QStringList {world.district.permits[2]});
        log.take();

        // A sync that pushes nothing evaluates nothing.
        QVERIFY(a->sync().ok);
        QTest::qWait(200);
        QCOMPARE(log.peek(), QStringList {});
    }

    void afterAnImportOnlyTheRowsPermits()
    {
        QTemporaryDir dir;
        const QString data = dir.path() + u"/data"_s;
        const QString demo = dir.path() + u"/demo"_s;
        QCOMPARE(servertest::run({u"generate-demo"_s, u"--out"_s, demo, u"--enterprises"_s, u"4"_s,
                                     u"--months"_s, u"2"_s})
                     .exitCode,
            0);
        QCOMPARE(servertest::run({u"init"_s, u"--data"_s, data}).exitCode, 0);
        const auto permits = servertest::run({u"import"_s, u"--data"_s, data, u"--as-of"_s,
            u"2026-11-01"_s, u"permits"_s, demo + u"/permits.jsonl"_s});
        QCOMPARE(permits.exitCode, 0);
        QVERIFY2(permits.out.contains(u"flags: 4 permit(s) touched"_s), qPrintable(permits.out));
        const auto reports = servertest::run({u"import"_s, u"--data"_s, data, u"--as-of"_s,
            u"2026-11-01"_s, u"reports"_s, demo + u"/reports.csv"_s});
        QCOMPARE(reports.exitCode, 0);
        QVERIFY2(reports.out.contains(u"flags: 4 permit(s) touched"_s), qPrintable(reports.out));

        // One row of one permit changes: that permit alone is evaluated again.
        QFile all(demo + u"/reports.csv"_s);
        QVERIFY(all.open(QIODevice::ReadOnly));
        const QByteArray header = all.readLine();
        QByteArray row = all.readLine();
        const QByteArray permitNumber = row.split(',').at(1);
        QList<QByteArray> cells = row.split(',');
        cells[5] = "12.34";
        row = cells.join(',');
        const QString changed = dir.path() + u"/changed.csv"_s;
        QFile out(changed);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(header + row);
        out.close();

        auto db = server::ServerStore::open(data);
        EvaluatedLog log;
        server::FlagEvaluator evaluator(*db, rules::RuleConfig::defaults(), recording(*db, log));
        const std::int64_t before = server::FlagEvaluator::currentSeq(*db);
        QVERIFY(importer::ReportImporter(*db).importFile(changed).ok());
        const auto touched = evaluator.evaluateTouchedSince(before, QDate(2026, 11, 1));
        QCOMPARE(touched.permits, 1);
        const QString permitId = text(*db,
            u"SELECT id FROM permit WHERE number = '%1'"_s.arg(QString::fromLatin1(permitNumber)));
        QCOMPARE(log.take(), QStringList {permitId});

        // Nothing changed since: nothing to evaluate.
        QCOMPARE(
            evaluator
                .evaluateTouchedSince(server::FlagEvaluator::currentSeq(*db), QDate(2026, 11, 1))
                .permits,
            0);
        // The full evaluation takes every permit.
        QCOMPARE(evaluator.evaluateAll(QDate(2026, 11, 1)).permits, 4);
        QCOMPARE(log.take().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestIncrementalEvaluation)
#include "tst_incrementalevaluation.moc"
