// Flag evaluation figures (issue 11; printed, not asserted):
//   full evaluation of a generated district: permits, reported values read per second, peak
//   RSS, and where the time went (load / rules / store);
//   incremental evaluation after one device push: the permits the push touched, median ms.
// usage: bench_evaluate [ENTERPRISES (default 200)] [PUSHES (default 50)] [STORE_DIR]
// OUTFALL_EVALUATE_THREADS=N sets FlagEvaluator::setThreads (default: the cores, at most 4).
// 4,800 enterprises make about 10 million reported values. Generating and importing them
// takes far longer than evaluating them, so with STORE_DIR the district is generated and
// imported there once and later runs reuse it (delete the folder to start over); without it
// the district lives in a temporary folder for this run only. A reused store already holds
// the flags of the previous run: its full evaluation then mostly confirms them.
#include "cli/positionalline.h"
#include "demo/demogenerator.h"
#include "diag/peakrss.h"
#include "domain/uuidv7.h"
#include "importer/permitimporter.h"
#include "importer/reportimporter.h"
#include "importer/staffimporter.h"
#include "server/flagevaluator.h"
#include "server/serverstore.h"
#include "store/database.h"
#include "store/permitsnapshotloader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace outfall;

namespace {

QTextStream out(stdout);

// What one push of an inspection writes and records (PushApplier): the inspection, a
// measurement, and their ops in sync_op under the next server sequence numbers.
void pushOneInspection(store::Database &db, const QString &permitId, const QString &inspector,
    std::int64_t at, domain::UuidV7Generator &ids)
{
    store::Transaction transaction(db);
    const QString inspection = ids.next();
    db.cached(uR"(INSERT INTO inspection (id, permit_id, inspector_id, phase, status, started_at,
                      production_load)
                  VALUES (?1, ?2, ?3, 'post_issuance', 'in_progress', ?4, 'running'))"_s)
        .bind(1, inspection)
        .bind(2, permitId)
        .bind(3, inspector)
        .bind(4, at)
        .exec();
    const QString outlet = [&] {
        auto row = db.cached(u"SELECT id FROM outlet WHERE permit_id = ?1 LIMIT 1"_s);
        row.bind(1, permitId);
        return row.step() ? row.text(0) : QString();
    }();
    const QString measurement = ids.next();
    db.cached(uR"(INSERT INTO measurement (id, inspection_id, outlet_id, pollutant, value, unit,
                      o2_pct, recorded_at)
                  VALUES (?1, ?2, ?3, 'SO2', 30, 'mg/Nm3', 7, ?4))"_s)
        .bind(1, measurement)
        .bind(2, inspection)
        .bind(3, outlet)
        .bind(4, at + 60'000)
        .exec();
    for (const QString &row : {inspection, measurement}) {
        db.cached(u"UPDATE sync_counter SET seq = seq + 1"_s).exec();
        db.cached(uR"(INSERT INTO sync_op (seq, op_id, device_id, inspector_id, permit_id, entity,
                          row_id, body)
                      VALUES ((SELECT seq FROM sync_counter), ?1, 'bench-device', ?2, ?3, 1, ?4,
                              x'00'))"_s)
            .bind(1, QByteArray::fromHex(ids.next().remove(u'-').toLatin1()))
            .bind(2, inspector)
            .bind(3, permitId)
            .bind(4, row)
            .exec();
    }
    transaction.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    cli::PositionalLine commandLine(
        app.arguments(), u"usage: bench_evaluate [ENTERPRISES>=1 [PUSHES>=1 [DIR]]]"_s, 3);
    const qint64 enterprises = commandLine.number(0, u"ENTERPRISES"_s, 200, 1, 10'000'000);
    const int pushes = int(commandLine.number(1, u"PUSHES"_s, 50, 1, 1'000'000));
    if (const auto exit = commandLine.stop())
        return *exit;
    QTemporaryDir temporary;
    const QString dir = commandLine.text(2).isEmpty() ? temporary.path() : commandLine.text(2);
    // Written last, so an interrupted import is not taken for a whole district.
    const QString complete = dir + u"/imported-%1"_s.arg(enterprises);
    demo::DemoOptions options;
    options.enterprises = enterprises;
    std::unique_ptr<store::Database> db;
    if (QFile::exists(complete)) {
        out << "reusing the district of " << enterprises << " enterprises in " << dir << "\n";
        db = server::ServerStore::open(dir + u"/data"_s);
    } else {
        QDir(dir + u"/data"_s).removeRecursively(); // what an interrupted run left
        QDir(dir + u"/demo"_s).removeRecursively();
        QDir().mkpath(dir);
        out << "generating " << enterprises << " enterprises...\n";
        out.flush();
        demo::DemoGenerator(options).generate(dir + u"/demo"_s);
        db = server::ServerStore::initialise(dir + u"/data"_s);
        QElapsedTimer timer;
        timer.start();
        importer::StaffImporter(*db).importFile(dir + u"/demo/staff.csv"_s);
        importer::PermitImporter(*db).importFile(dir + u"/demo/permits.jsonl"_s);
        importer::ReportImporter(*db).importFile(dir + u"/demo/reports.csv"_s);
        QDir(dir + u"/demo"_s).removeRecursively();
        QFile(complete).open(QIODevice::WriteOnly);
        out << "imported in " << timer.elapsed() << " ms\n";
    }
    out.flush();

    // Baseline in the same run: SQLite alone stepping through every permit's reported rows of
    // the window (the loader's rows, nothing decoded), what no loader can beat.
    {
        const auto window = store::PermitSnapshotLoader::window(options.asOf);
        QElapsedTimer timer;
        timer.start();
        std::int64_t rows = 0;
        auto permits = db->prepare(u"SELECT id FROM permit ORDER BY number"_s);
        auto reported = db->prepare(uR"(
            SELECT r.id, r.period, r.value FROM reported_value r
            WHERE r.outlet_id IN (SELECT id FROM outlet WHERE permit_id = ?1)
              AND r.period >= ?2 AND r.period < ?3
            ORDER BY r.outlet_id, r.pollutant, r.kind, r.period)"_s);
        while (permits.step()) {
            reported.bind(1, permits.text(0)).bind(2, window.firstPeriod).bind(3, window.endPeriod);
            while (reported.step())
                ++rows;
            reported.reset();
        }
        out << "baseline: SQLite steps through " << rows << " reported rows in " << timer.elapsed()
            << " ms (" << qint64(rows * 1000.0 / std::max<qint64>(1, timer.elapsed()))
            << " rows/s)\n";
        out.flush();
    }

    server::FlagEvaluator evaluator(*db, rules::RuleConfig::defaults());
    // OUTFALL_EVALUATE_THREADS=1: the single-threaded figure to compare with.
    if (qEnvironmentVariableIsSet("OUTFALL_EVALUATE_THREADS"))
        evaluator.setThreads(qEnvironmentVariableIntValue("OUTFALL_EVALUATE_THREADS"));
    out << "evaluating on " << evaluator.threads() << " worker thread(s)\n";
    diag::resetPeakRss();
    const auto full = evaluator.evaluateAll(options.asOf);
    const auto ms = [](std::int64_t ns) {
        return ns / 1'000'000;
    };
    out << "full evaluation: " << full.permits << " permits, " << full.reportedValues
        << " reported values in " << full.elapsedMs << " ms ("
        << qint64(full.reportedValues * 1000.0 / std::max<qint64>(1, full.elapsedMs))
        << " values/s), " << full.flagsRaised() << " flags, peak RSS " << diag::peakRssKiB()
        << " KiB\n  load " << ms(full.loadNs) << " ms, rules " << ms(full.rulesNs) << " ms, store "
        << ms(full.storeNs) << " ms\n";
    out.flush();

    QStringList permits;
    auto rows = db->prepare(u"SELECT id FROM permit ORDER BY number"_s);
    while (rows.step())
        permits << rows.text(0);
    const QString inspector = [&] {
        auto row = db->prepare(u"SELECT id FROM inspector ORDER BY code LIMIT 1"_s);
        return row.step() ? row.text(0) : QString();
    }();
    domain::UuidV7Generator ids;
    const std::int64_t at =
        QDateTime(options.asOf.addDays(-1), QTime(10, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
    std::vector<double> pushMs;
    for (int i = 0; i < pushes; ++i) {
        const std::int64_t before = server::FlagEvaluator::currentSeq(*db);
        pushOneInspection(*db, permits[i % permits.size()], inspector, at, ids);
        QElapsedTimer one;
        one.start();
        const auto touched = evaluator.evaluateTouchedSince(before, options.asOf);
        pushMs.push_back(one.nsecsElapsed() / 1e6);
        if (touched.permits != 1)
            out << "unexpected: " << touched.permits << " permits touched by one push\n";
    }
    std::sort(pushMs.begin(), pushMs.end());
    out << "incremental evaluation after one push (" << pushes << " pushes): median "
        << QString::number(pushMs[pushMs.size() / 2], 'f', 2) << " ms, p90 "
        << QString::number(pushMs[pushMs.size() * 9 / 10], 'f', 2) << " ms, max "
        << QString::number(pushMs.back(), 'f', 2) << " ms\n";
    return 0;
}
