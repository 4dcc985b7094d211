// bench_import [ENTERPRISES [DISTRICT]]: the import benchmark of the foundation issue.
//
//  1. generates ENTERPRISES (default 240 000) permits without reported data, by running
//     `outfall-server generate-demo` (a child process, so its memory is not counted here);
//  2. imports them into a fresh store: permits/s, rows/s, peak RSS;
//     then the same into a store with the per-row change capture of before migration 0025
//     (the baseline of bulk capture, store/bulkcapture.h), and, as the floor, the same rows
//     copied by INSERT ... SELECT into the same schema without triggers;
//  3. imports the same file again (idempotent: nothing changes) and times it;
//  4. generates a demo district of DISTRICT enterprises (default 200: about 420 000 rows;
//     2 000 make the 4-million-row file of issue 8) with 12 months of reported data and
//     imports its reports.csv: rows/s, the peak RSS of that import alone (memory must not grow
//     with the file) and the largest the WAL got during it;
//  5. the floor of the same run: the rows that import wrote, copied by INSERT ... SELECT into
//     the same schema without triggers, so the figure in 4 reads as a multiple of what SQLite
//     itself costs for these rows on this machine (the bare prepared-INSERT loop this once
//     was kept per-row change capture, which the import no longer pays).
// Prints figures; asserts nothing (DESIGN.md, Tests).
#include "../unit/rowbyrowcapture.h"
#include "cli/positionalline.h"
#include "diag/peakrss.h"
#include "importer/importrun.h"
#include "importer/permitimporter.h"
#include "importer/reportimporter.h"
#include "store/database.h"
#include "store/migrator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace outfall;

namespace {

bool generate(const QString &out, qint64 enterprises, bool reports)
{
    QStringList args {u"generate-demo"_s, u"--out"_s, out, u"--seed"_s, u"42"_s, u"--enterprises"_s,
        QString::number(enterprises)};
    if (!reports)
        args << u"--no-reports"_s;
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(OUTFALL_SERVER_BINARY), args);
    process.waitForFinished(-1);
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

std::int64_t rows(const importer::ImportReport &report)
{
    const auto totals = report.totals();
    return totals.inserted + totals.updated + totals.unchanged;
}

void line(const char *what, double value, const char *unit)
{
    std::printf("  %-44s %14.1f %s\n", what, value, unit);
}

double seconds(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

// The floor an import is compared with: `tables` of `db` copied by INSERT ... SELECT, in one
// transaction, into a store at rawPath with the same schema and no trigger at all (what SQLite
// itself costs for these rows and indexes). `before` are copied first, untimed (the rows the
// timed ones refer to). Returns the seconds of the timed copy.
double floorSeconds(store::Database &db, const QString &rawPath, const QStringList &before,
    const QStringList &tables)
{
    {
        store::Database raw(rawPath);
        store::Migrator::migrate(raw, store::StoreRole::Server);
        auto triggers = raw.prepare(u"SELECT name FROM sqlite_schema WHERE type = 'trigger'"_s);
        QStringList names;
        while (triggers.step())
            names << triggers.text(0);
        for (const QString &name : std::as_const(names))
            raw.exec(u"DROP TRIGGER \"%1\""_s.arg(name));
    }
    db.exec(u"ATTACH DATABASE '%1' AS raw"_s.arg(rawPath));
    const auto copy = [&db](const QStringList &names) {
        store::Transaction tx(db);
        for (const QString &table : names)
            db.exec(u"INSERT INTO raw.%1 SELECT * FROM main.%1"_s.arg(table));
        tx.commit();
    };
    copy(before);
    QElapsedTimer timer;
    timer.start();
    copy(tables);
    const double result = seconds(timer);
    db.exec(u"DETACH DATABASE raw"_s);
    return result;
}

const QStringList kPermitTables {u"enterprise"_s, u"permit"_s, u"permit_revision"_s,
    u"report_schedule"_s, u"outlet"_s, u"emission_limit"_s, u"monitoring_requirement"_s,
    u"treatment_facility"_s};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    outfall::cli::PositionalLine commandLine(
        app.arguments(), u"usage: bench_import [ENTERPRISES>=1 [DISTRICT>=1]]"_s, 2);
    const qint64 enterprises = commandLine.number(0, u"ENTERPRISES"_s, 240000, 1, 100'000'000);
    const qint64 district = commandLine.number(1, u"DISTRICT"_s, 200, 1, 10'000'000);
    if (const auto exit = commandLine.stop())
        return *exit;
    QTemporaryDir dir;
    const QString permitsDir = dir.filePath(u"permits"_s);
    std::printf("bench_import: %lld enterprises (permits only), then the demo district's "
                "reports\n",
        static_cast<long long>(enterprises));
    if (!generate(permitsDir, enterprises, false))
        return 1;
    const QString permitsFile = permitsDir + u"/permits.jsonl"_s;
    std::printf("  %-44s %14.1f MiB\n", "permits.jsonl size",
        static_cast<double>(QFile(permitsFile).size()) / (1024.0 * 1024.0));

    store::Database db(dir.filePath(u"bench.db"_s));
    store::Migrator::migrate(db, store::StoreRole::Server);
    const qint64 rssBefore = diag::peakRssKiB();

    QElapsedTimer timer;
    timer.start();
    const auto first = importer::PermitImporter(db).importFile(permitsFile);
    const double firstSeconds = seconds(timer);
    if (!first.ok()) {
        std::fprintf(
            stderr, "permit import failed: %s\n", qPrintable(first.issues().first().toString()));
        return 1;
    }
    line("permit import, seconds", firstSeconds, "s");
    line("permits per second", static_cast<double>(enterprises) / firstSeconds, "/s");
    line("rows per second (all tables)", static_cast<double>(rows(first)) / firstSeconds, "/s");
    std::printf("  %-44s %14lld rows\n", "rows written", static_cast<long long>(rows(first)));
    line("peak RSS during import", static_cast<double>(diag::peakRssKiB()) / 1024.0, "MiB");
    line("  of which before the import", static_cast<double>(rssBefore) / 1024.0, "MiB");

    {
        // The same import with the per-row change capture of before migration 0025, in the
        // same run.
        store::Database perRowDb(dir.filePath(u"per-row.db"_s));
        store::Migrator::migrate(perRowDb, store::StoreRole::Server);
        captureRowByRow(perRowDb);
        timer.restart();
        const auto perRow = importer::PermitImporter(perRowDb).importFile(permitsFile);
        const double perRowSeconds = seconds(timer);
        if (!perRow.ok())
            return 1;
        line("baseline: the same with per-row capture, s", perRowSeconds, "s");
        line("  bulk capture's speed-up", perRowSeconds / firstSeconds, "x");
    }
    {
        const double rawSeconds = floorSeconds(db, dir.filePath(u"raw.db"_s), {}, kPermitTables);
        line("floor: the same rows by INSERT ... SELECT, s", rawSeconds, "s");
        line("  import as a multiple of the floor", firstSeconds / rawSeconds, "x");
    }

    timer.restart();
    const auto again = importer::PermitImporter(db).importFile(permitsFile);
    const double againSeconds = seconds(timer);
    line("re-import of the same file, seconds", againSeconds, "s");
    std::printf("  %-44s %14lld rows\n", "  rows changed by it",
        static_cast<long long>(again.totals().inserted + again.totals().updated));

    const QString districtDir = dir.filePath(u"district"_s);
    if (!generate(districtDir, district, true))
        return 1;
    const QString reportsFile = districtDir + u"/reports.csv"_s;
    store::Database reportsDb(dir.filePath(u"reports.db"_s));
    store::Migrator::migrate(reportsDb, store::StoreRole::Server);
    importer::PermitImporter(reportsDb).importFile(districtDir + u"/permits.jsonl"_s);
    // The largest the WAL gets while the reports are imported, looked at as the file is read.
    const QString wal = reportsDb.path() + u"-wal"_s;
    qint64 walPeak = 0;
    qint64 chunks = 0;
    importer::ImportRun::setReadHook([&](qint64) {
        if (++chunks % 64 == 0)
            walPeak = std::max(walPeak, QFileInfo(wal).size());
    });
    const bool peakReset = diag::resetPeakRss();
    const qint64 rssBeforeReports = diag::rssKiB();
    timer.restart();
    const auto reports = importer::ReportImporter(reportsDb).importFile(reportsFile);
    const double reportSeconds = seconds(timer);
    const qint64 reportsPeak = diag::peakRssKiB();
    importer::ImportRun::setReadHook({});
    walPeak = std::max(walPeak, QFileInfo(wal).size());
    if (!reports.ok()) {
        std::fprintf(
            stderr, "report import failed: %s\n", qPrintable(reports.issues().first().toString()));
        return 1;
    }
    const double reportRate = static_cast<double>(rows(reports)) / reportSeconds;
    std::printf("  %-44s %14lld rows\n", "reports.csv of the district",
        static_cast<long long>(rows(reports)));
    std::printf("  %-44s %14.1f MiB\n", "  its size",
        static_cast<double>(QFileInfo(reportsFile).size()) / (1024.0 * 1024.0));
    line("reports.csv import, seconds", reportSeconds, "s");
    line("reports.csv rows per second", reportRate, "/s");
    if (peakReset) {
        line(
            "peak RSS during the reports import", static_cast<double>(reportsPeak) / 1024.0, "MiB");
        line("  of which before it", static_cast<double>(rssBeforeReports) / 1024.0, "MiB");
    } else {
        line("peak RSS of the process (no clear_refs)", static_cast<double>(reportsPeak) / 1024.0,
            "MiB");
    }
    line("largest WAL during the reports import", static_cast<double>(walPeak) / (1024.0 * 1024.0),
        "MiB");
    line("WAL after it", static_cast<double>(QFileInfo(wal).size()) / (1024.0 * 1024.0), "MiB");

    // The floor of the same run: the rows the import wrote, copied by INSERT ... SELECT into the
    // same schema without triggers (after the district's permits, untimed).
    const double reportsFloor = floorSeconds(reportsDb, dir.filePath(u"reports-raw.db"_s),
        kPermitTables, {u"reported_value"_s, u"execution_report"_s});
    line("floor: the same rows by INSERT ... SELECT, s", reportsFloor, "s");
    line("  import as a multiple of the floor", reportSeconds / reportsFloor, "x");
    return 0;
}
