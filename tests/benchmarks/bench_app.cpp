// bench_app [RUNS] [ENTERPRISES]: the app benchmark of issue 4.
//
//  1. builds a device profile with ENTERPRISES (default 5 000) permits: the demo generator
//     writes them (--no-reports) and PermitImporter loads them straight into the Device-role
//     store, plus a route of 12 active assignments for the enrolled inspector so Today has
//     content. A real device receives its reference data by sync; importing into the device
//     store is a benchmark shortcut that works because both roles share the entity tables
//     (the importer's audit row goes to a TEMP import_run table, which the device schema
//     lacks, so device.db stays as sync would leave it);
//  2. cold start to the Today page: runs `outfall --quit-when-ready` RUNS times (default 7)
//     offscreen; prints the app's own time from main() to the first frame, the wall time
//     from QProcess start to exit, and the app's peak RSS at ready. The first run pays for
//     the OS file cache, so it is reported apart from the median of the others;
//  3. permit search: PermitListModel::setQuery over the permits, one keystroke at a time
//     through prefixes of names, credit codes and permit numbers (200 queries): median, p95;
//  4. baselines in the same run: `outfall --help` wall time (process start, Qt libraries
//     loaded, no QML, no profile) and a bare `SELECT count(*) FROM permit` round trip.
// Prints figures; asserts nothing (DESIGN.md, Tests). Targets: cold start < 1.5 s, search
// < 50 ms.
#include "benchfigures.h"
#include "cli/positionalline.h"
#include "core/devicesession.h"
#include "demo/demogenerator.h"
#include "domain/uuidv7.h"
#include "importer/permitimporter.h"
#include "models/lists/permitlistmodel.h"
#include "models/session/appsession.h"
#include "store/database.h"
#include "sync/uuid.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace outfall;
using namespace benchfigures;

namespace {

const QString kInspectorId = u"0190a000-0000-7000-8000-0000000000b1"_s;
constexpr int kRouteStops = 12;
constexpr int kSearchQueries = 200;

bool buildProfile(const QString &profileDir, const QString &scratchDir, qint64 enterprises)
{
    demo::DemoOptions options;
    options.seed = 42;
    options.enterprises = enterprises;
    options.reports = false;
    demo::DemoGenerator(options).generate(scratchDir);

    mobile::DeviceSession session(profileDir);
    store::Database &db = session.database();
    db.exec(uR"(
        CREATE TEMP TABLE import_run (
            id INTEGER PRIMARY KEY, kind TEXT, file_name TEXT, file_sha256 TEXT,
            started_at INTEGER, finished_at INTEGER, inserted INTEGER, updated INTEGER,
            unchanged INTEGER))"_s);
    const auto report = importer::PermitImporter(db).importFile(scratchDir + u"/permits.jsonl"_s);
    if (!report.ok()) {
        std::fprintf(
            stderr, "permit import failed: %s\n", qPrintable(report.issues().first().toString()));
        return false;
    }
    db.exec(uR"(DROP TABLE temp.import_run)"_s);

    db.prepare(u"INSERT INTO inspector (id, code, name, role) VALUES (?1, 'I900', '张伟',"
               u" 'inspector')"_s)
        .bind(1, kInspectorId)
        .exec();
    // A route through permits spread over the name order, as a supervisor would assign.
    std::vector<QString> permits;
    {
        auto stmt = db.prepare(u"SELECT id FROM permit ORDER BY number"_s);
        while (stmt.step())
            permits.push_back(stmt.text(0));
    }
    domain::UuidV7Generator ids;
    store::Transaction tx(db);
    auto insert = db.prepare(
        u"INSERT INTO assignment (id, inspector_id, permit_id, phase, route_order, due_on,"
        u" status, created_at, updated_at)"
        u" VALUES (?1, ?2, ?3, 'post_issuance', ?4, '2026-11-20', 'active', 0, 0)"_s);
    const std::size_t step = std::max<std::size_t>(1, permits.size() / kRouteStops);
    for (int stop = 0; stop < kRouteStops && static_cast<std::size_t>(stop) * step < permits.size();
         ++stop) {
        insert.bind(1, ids.next())
            .bind(2, kInspectorId)
            .bind(3, permits[static_cast<std::size_t>(stop) * step])
            .bind(4, (stop + 1) * 10)
            .exec();
    }
    tx.commit();
    session.setInspector(*sync::Uuid::fromText(kInspectorId), mobile::DeviceIdentity::Source::Test);
    return true;
}

struct AppRun
{
    bool ok = false;
    double wallMs = 0;
    double readyMs = -1; // the app's own figure
    double peakRssMiB = -1;
};

AppRun runApp(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    AppRun run;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(OUTFALL_APP_BINARY), args);
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.wallMs = millis(timer);
    run.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression ready(uR"(ready_ms=(\d+) peak_rss_kib=(-?\d+))"_s);
    const auto match = ready.match(out);
    if (match.hasMatch()) {
        run.readyMs = match.captured(1).toDouble();
        run.peakRssMiB = match.captured(2).toDouble() / 1024.0;
    }
    if (!run.ok)
        std::fprintf(stderr, "outfall %s failed:\n%s\n", qPrintable(args.join(u' ')),
            process.readAllStandardError().constData());
    return run;
}

// What an inspector types: every prefix of a name, a credit code or a permit number of a
// few permits spread over the list, cycling through the three until `count` queries.
QStringList keystrokes(store::Database &db, int count)
{
    std::vector<std::array<QString, 3>> words;
    auto stmt = db.prepare(u"SELECT e.name, e.uscc, p.number FROM permit p"
                           u" JOIN enterprise e ON e.id = p.enterprise_id ORDER BY p.id"_s);
    int row = 0;
    while (stmt.step()) {
        if (row++ % 397 == 0) // a prime stride: different industries and districts
            words.push_back({stmt.text(0), stmt.text(1).toLower(), stmt.text(2).toLower()});
    }
    QStringList queries;
    for (std::size_t i = 0; queries.size() < count && !words.empty(); ++i) {
        const QString &word = words[i % words.size()][i % 3];
        for (qsizetype n = 1; n <= word.size() && queries.size() < count; ++n)
            queries.append(word.left(n));
    }
    return queries;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    outfall::cli::PositionalLine commandLine(
        app.arguments(), u"usage: bench_app [RUNS>=2] [ENTERPRISES>=%1]"_s.arg(kRouteStops), 2);
    const int runs = int(commandLine.number(0, u"RUNS"_s, 7, 2, 1000));
    const qint64 enterprises =
        commandLine.number(1, u"ENTERPRISES"_s, 5000, kRouteStops, 10'000'000);
    if (const auto exit = commandLine.stop())
        return *exit;
    QTemporaryDir dir;
    const QString profile = dir.filePath(u"profile"_s);
    std::printf("bench_app: %lld permits on the device, %d cold starts\n",
        static_cast<long long>(enterprises), runs);
    QElapsedTimer timer;
    timer.start();
    if (!buildProfile(profile, dir.filePath(u"demo"_s), enterprises))
        return 1;
    line("profile built (generate + import), seconds", millis(timer) / 1000.0, "s");

    // Cold start to Today.
    std::vector<double> ready;
    std::vector<double> wall;
    AppRun first;
    double peakRss = -1;
    for (int i = 0; i < runs; ++i) {
        const AppRun run = runApp({u"--profile"_s, profile, u"--quit-when-ready"_s});
        if (!run.ok || run.readyMs < 0)
            return 1;
        if (i == 0) {
            first = run;
            continue;
        }
        ready.push_back(run.readyMs);
        wall.push_back(run.wallMs);
        peakRss = std::max(peakRss, run.peakRssMiB);
    }
    std::printf("cold start to the first frame of Today (target < 1500 ms)\n");
    line("first run: main() to first frame", first.readyMs, "ms");
    line("first run: wall, process start to exit", first.wallMs, "ms");
    line("median of the other runs: main() to first frame", median(ready), "ms");
    line("median of the other runs: wall", median(wall), "ms");
    line("peak RSS at ready (max of the other runs)", peakRss, "MiB");

    std::vector<double> helpWall;
    for (int i = 0; i < runs; ++i) {
        const AppRun run = runApp({u"--help"_s});
        helpWall.push_back(run.wallMs);
    }
    line("baseline: `outfall --help` wall, median", median(helpWall), "ms");

    // Permit search through the model the Permits page binds to.
    models::AppSession session(profile);
    const QStringList queries = keystrokes(session.database(), kSearchQueries);
    models::PermitListModel model(&session);
    std::vector<double> searchMs;
    qint64 rowsSeen = 0;
    for (const QString &query : queries) {
        if (query.size() == 1)
            model.setQuery(QString()); // a new word: the field was cleared first
        timer.restart();
        model.setQuery(query);
        searchMs.push_back(millis(timer));
        rowsSeen += model.rowCount();
    }
    std::printf("permit search, %lld keystrokes over %d permits (target < 50 ms)\n",
        static_cast<long long>(queries.size()), session.permitCount());
    line("median", median(searchMs), "ms");
    line("p95", percentile(searchMs, 95), "ms");
    line("max", percentile(searchMs, 100), "ms");
    line("rows per query, mean",
        static_cast<double>(rowsSeen) / static_cast<double>(queries.size()), "rows");
    timer.restart();
    model.setQuery(QString());
    line("empty query (the whole list, first 200 by name)", millis(timer), "ms");

    std::vector<double> countMs;
    for (int i = 0; i < kSearchQueries; ++i) {
        timer.restart();
        auto stmt = session.database().cached(u"SELECT count(*) FROM permit"_s);
        stmt.step();
        stmt.reset();
        countMs.push_back(millis(timer));
    }
    line("baseline: SELECT count(*) FROM permit, median", median(countMs) * 1000.0, "us");
    return 0;
}
