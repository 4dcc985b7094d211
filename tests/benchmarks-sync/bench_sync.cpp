// bench_sync: figures for the sync protocol over tcp://127.0.0.1 (plain mode, one process).
//   1. push + durable apply of N measurement ops from one device: ops/s, wire bytes per op
//      (compressed and raw), CPU time
//   2. first pull of a district's reference data to a fresh device: rows, s, bytes
//   3. M concurrent devices, each one round (5 ops pushed + pull): p50 / p99 round time, as
//      full clients in this process (concurrent) and from a wire-level load generator (wire)
//   4. peak RSS
//   5. (only when named: evaluation) the wire rounds of 3b with the server's flag evaluation
//      after each push off and on, alternately in one run (off, on, on, off), p50/p95/p99
//      side by side and their ratio
//   6. (only when named: import) the wire rounds of 3b, a set every second, while a permits
//      import (the file OUTFALL_BENCH_PERMITS names, such as generate-demo --no-reports writes)
//      goes into the server's store on a connection of its own, beside ten sets idle before
//      it: p50/p99 and failures of both, the import's time (issue 14 part 6);
//      OUTFALL_BENCH_CHUNK_MS sets the import's chunk time
//   7. (only when named: frontends; PostgreSQL only) the wire rounds of 3b through one
//      front-end and through two on the same database (half the devices each), alternately in
//      one run (one, two, two, one): p50/p99 of each (issue 14's benchmark)
// Usage: bench_sync [N=20000] [M=100] [push|pull|concurrent|wire|evaluation|import|frontends]: the
// third argument runs one part alone (for profiling). Prints figures; never fails on time.
// OUTFALL_TEST_STORE=postgresql puts the server's store in PostgreSQL (a cluster it starts;
// OUTFALL_TEST_STORE_DURABLE=1 with fsync on, as the figures in the README).
#include "../unit/synctesthelpers.h"
#include "cli/positionalline.h"
#include "importer/importchunks.h"
#include "importer/permitimporter.h"
#include "sync/opbodycodec.h"
#include "sync/opcodec.h"
#include "sync/zstddictionary.h"
#include "wireload.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <future>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>

using namespace synctest;
using namespace outfall;

namespace {

// With OUTFALL_BENCH_PAUSE set, stops the process before a timed part so a profiler can
// attach to it alone (`perf record -p PID`, then `kill -CONT PID`).
void pauseForProfiler()
{
    if (!qEnvironmentVariableIsSet("OUTFALL_BENCH_PAUSE"))
        return;
    std::fprintf(stderr, "pid %d stopped before a timed part; kill -CONT it\n", int(getpid()));
    raise(SIGSTOP);
}

// CPU time of the whole process (all threads): steadier than wall time when other work
// shares the machine, and it shows where a change saves work rather than waiting.
double processCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Frame bytes the pending outbox costs on the wire, in batches as SyncClient sends them,
// plus the five-frame envelope and header of each PUSH.
struct WireBytes
{
    double compressed = 0; // per op: frames as sent (zstd with the dictionary) and envelope
    double raw = 0; // per op: the same frames with the CBOR body uncompressed
};

// Bytes the pending outbox costs on the wire, in batches as SyncClient sends them, plus
// the five-frame envelope and header of each PUSH.
WireBytes wireBytesPerOp(Device &device, int batch)
{
    sync::OpCodec codec;
    codec.setDictionary(sync::ZstdDictionary::builtin());
    constexpr std::int64_t envelope = 8 + 4 + 8 + 40; // tag, command, request id, header
    std::int64_t compressed = 0;
    std::int64_t raw = 0;
    std::int64_t ops = 0;
    std::vector<sync::Op> all = device.outbox.pending(std::size_t(1) << 30);
    for (std::size_t i = 0; i < all.size(); i += std::size_t(batch)) {
        const auto end = std::min(all.size(), i + std::size_t(batch));
        std::vector<sync::Op> slice(
            all.begin() + std::ptrdiff_t(i), all.begin() + std::ptrdiff_t(end));
        compressed += codec.encode(slice).size() + envelope;
        raw += sync::OpBodyCodec::encode(slice).size() + envelope;
        ops += std::int64_t(slice.size());
    }
    if (ops == 0)
        return {};
    return {double(compressed) / double(ops), double(raw) / double(ops)};
}

void seedBigDistrict(store::Database &db, const District &district, int permits)
{
    domain::UuidV7Generator ids;
    QStringList numbers;
    store::Transaction transaction(db);
    const QDate today = QDate::currentDate();
    for (int p = 0; p < permits; ++p) {
        const QString permit = ids.next();
        db.prepare(
              u"INSERT INTO permit (id, number, enterprise_id, revision, valid_from, valid_to,"
              u" issued_on, authority, industry_code, content_hash, updated_at) VALUES"
              u" (?, ?, ?, 1, '2024-01-01', '2029-01-01', '2024-01-01', 'EPB', '2221', 'h', 0)"_s)
            .bind(1, permit)
            .bind(2, u"BENCH%1"_s.arg(p))
            .bind(3, district.enterprise)
            .exec();
        for (int o = 0; o < 3; ++o) {
            const QString outlet = ids.next();
            db.prepare(u"INSERT INTO outlet (id, permit_id, code, name, medium, category, lat, lon)"
                       u" VALUES (?, ?, ?, 'Outlet', 'water', 'main', 22.5, 114.0)"_s)
                .bind(1, outlet)
                .bind(2, permit)
                .bind(3, u"DW%1"_s.arg(o + 1, 3, 10, QChar(u'0')))
                .exec();
            for (const QString &pollutant : {u"COD"_s, u"NH3N"_s, u"TP"_s, u"TN"_s, u"SS"_s}) {
                db.prepare(u"INSERT INTO emission_limit (id, outlet_id, pollutant, max_value, unit,"
                           u" basis) VALUES (?, ?, ?, 80, 'mg/L', 'daily')"_s)
                    .bind(1, ids.next())
                    .bind(2, outlet)
                    .bind(3, pollutant)
                    .exec();
                for (int day = 0; day < 30; ++day) {
                    db.prepare(
                          u"INSERT INTO reported_value (id, outlet_id, pollutant, kind, period,"
                          u" value, unit) VALUES (?, ?, ?, 'cems_day', ?, 41.5, 'mg/L')"_s)
                        .bind(1, ids.next())
                        .bind(2, outlet)
                        .bind(3, pollutant)
                        .bind(4, today.addDays(-day * 11).toString(u"yyyy-MM-dd"_s))
                        .exec();
                }
            }
        }
        numbers << permit;
    }
    transaction.commit();
    server::Peer admin;
    admin.role = u"admin"_s;
    server::DeviceRegistry(db).assign(admin, u"B1"_s, numbers);
}

// m devices, each its own inspector (as in the field) assigned one small permit, synced
// once, then with an inspection started and four measurements waiting in the outbox.
std::vector<std::unique_ptr<Device>> fieldDevices(World &world, int m, const QString &prefix)
{
    QStringList inspectors;
    {
        auto db = world.serverDb();
        domain::UuidV7Generator ids;
        server::Peer admin;
        admin.role = u"admin"_s;
        for (int i = 0; i < m; ++i) {
            inspectors << ids.next();
            const QString code = prefix.toUpper() + QString::number(i);
            db->prepare(
                  u"INSERT INTO inspector (id, code, name, role) VALUES (?, ?, ?, 'inspector')"_s)
                .bind(1, inspectors.back())
                .bind(2, code)
                .bind(3, code)
                .exec();
            server::DeviceRegistry(*db).assign(admin, code, {world.district.permits[2]});
        }
    }
    std::vector<std::unique_ptr<Device>> devices;
    for (int i = 0; i < m; ++i) {
        devices.push_back(world.device(inspectors[i], prefix + QString::number(i)));
        devices.back()->sync();
        const auto inspection = devices.back()->startInspection(world.district.permits[2]);
        for (int k = 0; k < 4; ++k)
            devices.back()->measure(inspection, k);
    }
    return devices;
}

void printRounds(
    const char *what, int m, std::vector<double> rounds, double wallSeconds, int failed)
{
    std::sort(rounds.begin(), rounds.end());
    const auto at = [&](double q) {
        return rounds[std::size_t(q * double(rounds.size() - 1))];
    };
    std::printf(what, m);
    std::printf(": p50 %.1f ms, p99 %.1f ms, wall %.2f s, failed %d\n", at(0.5), at(0.99),
        wallSeconds, failed);
}

struct Percentiles
{
    double p50 = 0, p95 = 0, p99 = 0;
};

Percentiles percentiles(std::vector<double> rounds)
{
    std::sort(rounds.begin(), rounds.end());
    const auto at = [&](double q) {
        return rounds[std::size_t(q * double(rounds.size() - 1))];
    };
    return {at(0.5), at(0.95), at(0.99)};
}

// Of two runs: their mean (the median of two).
Percentiles medianOf(const std::vector<Percentiles> &runs)
{
    Percentiles sum;
    for (const Percentiles &p : runs) {
        sum.p50 += p.p50 / double(runs.size());
        sum.p95 += p.p95 / double(runs.size());
        sum.p99 += p.p99 / double(runs.size());
    }
    return sum;
}

// A year of daily values for five pollutants on one outlet (about a demo permit's worth),
// without the ref_rows that would send them to devices.
void seedReportedYear(store::Database &db, const QString &outlet)
{
    domain::UuidV7Generator ids;
    store::Transaction transaction(db);
    const QDate today = QDate::currentDate();
    for (const QString &pollutant : {u"COD"_s, u"NH3N"_s, u"TP"_s, u"TN"_s, u"SS"_s}) {
        for (int day = 1; day <= 365; ++day) {
            db.cached(u"INSERT OR IGNORE INTO reported_value (id, outlet_id, pollutant, kind,"
                      u" period, value, unit) VALUES (?, ?, ?, 'cems_day', ?, 41.5, 'mg/L')"_s)
                .bind(1, ids.next())
                .bind(2, outlet)
                .bind(3, pollutant)
                .bind(4, today.addDays(-day).toString(u"yyyy-MM-dd"_s))
                .exec();
        }
    }
    db.exec(u"DELETE FROM ref_row WHERE entity = 18"_s);
    transaction.commit();
}

// Round sets of the import part: every round of every set, and how many failed.
struct RoundSets
{
    std::vector<double> ms;
    int failed = 0;
    int sets = 0;
};

// One round for each device on the wire: a new inspection with four measurements (a 5-op
// push), and a pull. The outboxes are acknowledged afterwards, so that the next set pushes
// only its own ops.
void roundSet(World &world, std::vector<std::unique_ptr<Device>> &devices, RoundSets &into)
{
    std::vector<bench::WireLoad::Round> rounds;
    std::vector<std::uint64_t> lastSeq;
    for (auto &device : devices) {
        const auto inspection = device->startInspection(world.district.permits[2]);
        for (int k = 0; k < 4; ++k)
            device->measure(inspection, k);
        lastSeq.push_back(device->outbox.pending(100'000).back().deviceSeq);
        rounds.push_back(bench::WireLoad::roundOf(*device));
    }
    auto result = bench::WireLoad::run(world.endpoint, rounds, 10000);
    if (result.failed && into.failed == 0)
        std::fprintf(stderr, "first failure: %s\n", qPrintable(result.firstError));
    result.roundMs.resize(rounds.size(), 10000.0); // a failed round counts as the timeout
    into.ms.insert(into.ms.end(), result.roundMs.begin(), result.roundMs.end());
    into.failed += result.failed;
    ++into.sets;
    for (std::size_t i = 0; i < devices.size(); ++i)
        devices[i]->outbox.acknowledge(lastSeq[i]);
}

void printSets(const char *what, const RoundSets &sets)
{
    const Percentiles p = percentiles(sets.ms);
    std::printf("import      %s: %d sets, %zu rounds: p50 %.1f ms, p99 %.1f ms, failed %d\n", what,
        sets.sets, sets.ms.size(), p.p50, p.p99, sets.failed);
}

// 6. Rounds beside an import, against the same rounds idle.
void besideImport(World &world, int m, const QString &permitsFile)
{
    auto devices = fieldDevices(world, m, u"i"_s);
    const auto pace = [](const std::atomic<bool> *until) {
        for (int i = 0; i < 10 && (!until || until->load()); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
    };
    RoundSets idle;
    for (int set = 0; set < 10; ++set) {
        roundSet(world, devices, idle);
        pace(nullptr);
    }
    // OUTFALL_BENCH_CHUNK_MS: another chunk time (a very long one: the import as one
    // transaction, as before issue 14 part 6, for comparison).
    if (const int chunkMs = qEnvironmentVariableIntValue("OUTFALL_BENCH_CHUNK_MS"); chunkMs > 0)
        importer::ImportChunks::setChunkTime(std::chrono::milliseconds(chunkMs));
    std::printf("import      chunks of %lld ms\n",
        static_cast<long long>(importer::ImportChunks::chunkTime().count()));
    std::atomic<bool> importing {true};
    importer::ImportReport report(u"permits"_s, permitsFile);
    double importSeconds = 0;
    std::thread import([&] {
        // As `outfall-server import` runs (server/servercli.cpp): at nice 10. Linux gives
        // each thread its own nice value, and the import's reading thread inherits it.
        ::setpriority(PRIO_PROCESS, ::gettid(), 10);
        store::Database db(server::ServerStore::databasePath(world.dir.path() + u"/server"_s));
        QElapsedTimer timer;
        timer.start();
        report = importer::PermitImporter(db).importFile(permitsFile);
        importSeconds = double(timer.nsecsElapsed()) / 1e9;
        importing = false;
    });
    RoundSets during;
    QElapsedTimer sinceStart;
    sinceStart.start();
    const QString wal =
        server::ServerStore::databasePath(world.dir.path() + u"/server"_s) + u"-wal"_s;
    qint64 largestWal = 0;
    while (importing.load()) {
        const std::size_t first = during.ms.size();
        const double at = double(sinceStart.elapsed()) / 1000.0;
        roundSet(world, devices, during);
        const double slowest =
            *std::max_element(during.ms.begin() + qsizetype(first), during.ms.end());
        if (slowest > 1000.0)
            std::printf(
                "import      a set at %.1f s of the import: slowest round %.0f ms\n", at, slowest);
        largestWal = std::max(largestWal, QFileInfo(wal).size());
        pace(&importing);
    }
    import.join();
    // Then the same again once it has ended: the devices' first pulls now meet every change
    // it made, and the server catches up the flags of the permits it touched.
    RoundSets after;
    for (int set = 0; set < 5; ++set) {
        QElapsedTimer one;
        one.start();
        roundSet(world, devices, after);
        std::printf("import      a set after it: %.1f s, failed %d so far\n",
            double(one.elapsed()) / 1000.0, after.failed);
        pace(nullptr);
    }
    std::printf(
        "import      the WAL at most %.0f MiB while it ran\n", double(largestWal) / 1048576.0);
    printSets("idle  ", idle);
    printSets("during", during);
    printSets("after ", after);
    const Percentiles a = percentiles(idle.ms), b = percentiles(during.ms);
    std::printf("            p99 during / idle = %.2f; the import: %lld permits in %.1f s (%.0f/s),"
                " %s\n",
        b.p99 / a.p99, static_cast<long long>(report.counts(u"permit"_s).inserted), importSeconds,
        double(report.counts(u"permit"_s).inserted) / importSeconds,
        report.ok() ? "ok" : qPrintable(report.issues().first().toString()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"outfall.*=false"_s);
    const QStringList parts {u"push"_s, u"pull"_s, u"concurrent"_s, u"wire"_s, u"evaluation"_s,
        u"import"_s, u"frontends"_s};
    cli::PositionalLine commandLine(app.arguments(),
        u"usage: bench_sync [N>=1] [M>=1] [push|pull|concurrent|wire|evaluation|import|frontends]"_s,
        3);
    const int n = int(commandLine.number(0, u"N"_s, 20000, 1, 100'000'000));
    const int m = int(commandLine.number(1, u"M"_s, 100, 1, 1'000'000));
    const QString only = commandLine.word(2, u"PART"_s, parts);
    if (const auto exit = commandLine.stop())
        return *exit;
    const auto runs = [&](const QString &part) {
        return (only.isEmpty() && part != u"evaluation"_s && part != u"import"_s
                   && part != u"frontends"_s)
            || only == part;
    };
    const QString permitsFile = qEnvironmentVariable("OUTFALL_BENCH_PERMITS");
    if (runs(u"import"_s) && !QFileInfo(permitsFile).isFile()) {
        std::fprintf(stderr,
            "bench_sync import: OUTFALL_BENCH_PERMITS must name a permits file (outfall-server"
            " generate-demo --no-reports writes one)\n");
        return 2;
    }

    if (runs(u"frontends"_s) && !storeOnPostgres()) {
        std::fprintf(stderr,
            "bench_sync frontends: several front-ends share a PostgreSQL store;"
            " set OUTFALL_TEST_STORE=postgresql\n");
        return 2;
    }

    World world;
    // Device profiles on tmpfs when there is one: in the field every tablet flushes to its
    // own storage, while here hundreds of simulated devices would queue their fsyncs on the
    // server's disk and measure that disk instead of the server. The server's store stays
    // on disk, synchronous=FULL.
    QTemporaryDir deviceRoot(QDir(u"/dev/shm"_s).exists()
            ? u"/dev/shm/outfall-bench-XXXXXX"_s
            : QDir::tempPath() + u"/outfall-bench-XXXXXX"_s);
    world.deviceRoot = deviceRoot.path();
    if (runs(u"push"_s)) {
        // 1. One device pushes n measurements.
        auto device = world.device(world.district.inspectorA, u"pusher"_s);
        device->sync();
        const auto inspection = device->startInspection(world.district.permits[0]);
        device->sync();
        {
            // One commit for the setup: n fsyncs would make the run minutes long.
            store::Transaction seeding(device->db);
            for (int i = 0; i < n; ++i)
                device->measure(inspection, 30.0 + (i % 500) * 0.1);
            seeding.commit();
        }
        device->config.pushBatchOps = 5000;
        const WireBytes perOp = wireBytesPerOp(*device, device->config.pushBatchOps);
        pauseForProfiler();
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = processCpuSeconds();
        const auto result = device->sync();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double cpu = processCpuSeconds() - cpuBefore;
        std::printf("push+apply  %d ops in %.3f s: %.0f ops/s durable (%s), ok=%d; CPU"
                    " %.3f s (%.1f us/op, device and server)\n",
            n, seconds, double(result.pushed) / seconds,
            storeOnPostgres() ? (qEnvironmentVariableIsSet("OUTFALL_TEST_STORE_DURABLE")
                    ? "PostgreSQL, fsync on"
                    : "PostgreSQL, fsync OFF: not durable")
                              : "SQLite, synchronous=FULL",
            int(result.ok), cpu, cpu * 1e6 / double(n));
        std::printf("            %.1f B/op on the wire (%.1f B/op with the body uncompressed)\n",
            perOp.compressed, perOp.raw);
    }
    if (runs(u"pull"_s)) {
        // 2. A fresh device's first pull of 40 permits with 12 months of daily values.
        auto db = world.serverDb();
        seedBigDistrict(*db, world.district, 40);
        const std::int64_t rows = count(*db,
            u"SELECT count(*) FROM ref_row r JOIN assignment a ON a.permit_id = r.scope_id"
            u" WHERE a.inspector_id = '%1'"_s.arg(world.district.inspectorB));
        db.reset();
        auto fresh = world.device(world.district.inspectorB, u"fresh"_s);
        QElapsedTimer timer;
        timer.start();
        const auto result = fresh->sync();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        std::printf("first pull  %lld rows (~%lld permit-scoped) in %.3f s: %.0f rows/s, ok=%d\n",
            static_cast<long long>(result.pulled), static_cast<long long>(rows), seconds,
            double(result.pulled) / seconds, int(result.ok));
    }
    if (runs(u"concurrent"_s)) {
        // 3a. m full device clients at once (SyncClient, SQLite and all), one round each.
        auto devices = fieldDevices(world, m, u"c"_s);
        std::vector<double> rounds(std::size_t(m), 0.0);
        std::vector<std::thread> threads;
        std::atomic<int> failed {0};
        pauseForProfiler();
        QElapsedTimer wall;
        wall.start();
        for (int i = 0; i < m; ++i) {
            threads.emplace_back([&, i] {
                QElapsedTimer timer;
                timer.start();
                auto &device = *devices[std::size_t(i)];
                device.config.timeoutMs = 10000;
                const auto result = device.sync();
                if (!result.ok && failed++ == 0)
                    std::fprintf(stderr, "first failure: %s\n", qPrintable(result.error));
                rounds[std::size_t(i)] = double(timer.nsecsElapsed()) / 1e6;
            });
        }
        for (auto &thread : threads)
            thread.join();
        printRounds("concurrent  %d full clients in this process (5-op push, pull)", m, rounds,
            double(wall.nsecsElapsed()) / 1e9, failed.load());
    }
    if (runs(u"wire"_s)) {
        // 3b. The same rounds from a protocol-level load generator: the server's figure.
        auto devices = fieldDevices(world, m, u"w"_s);
        std::vector<bench::WireLoad::Round> rounds;
        for (auto &device : devices)
            rounds.push_back(bench::WireLoad::roundOf(*device));
        pauseForProfiler();
        QElapsedTimer wall;
        wall.start();
        const double cpuBefore = processCpuSeconds();
        auto result = bench::WireLoad::run(world.endpoint, rounds, 10000);
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        const double cpu = processCpuSeconds() - cpuBefore;
        if (result.failed)
            std::fprintf(stderr, "first failure: %s\n", qPrintable(result.firstError));
        result.roundMs.resize(std::size_t(m), 10000.0); // a failed round counts as the timeout
        printRounds("concurrent  %d devices on the wire (5-op push, pull)", m, result.roundMs,
            seconds, result.failed);
        std::printf("            CPU %.3f s (server and load generator), %.2f ms a round\n", cpu,
            cpu * 1e3 / double(m));
    }
    if (runs(u"frontends"_s)) {
        // 7. One front-end against two on the same database, alternately: the second has a
        // directory of its own with the first's keys, as docs/deploy.md says.
        auto second = world.anotherFrontEnd(u"second"_s);
        const auto once = [&](int frontEnds, const QString &prefix) {
            auto devices = fieldDevices(world, m, prefix);
            std::vector<std::vector<bench::WireLoad::Round>> rounds(
                static_cast<std::size_t>(frontEnds));
            for (std::size_t i = 0; i < devices.size(); ++i)
                rounds[i % std::size_t(frontEnds)].push_back(bench::WireLoad::roundOf(*devices[i]));
            const QStringList endpoints {world.endpoint, second->endpoint()};
            std::vector<std::future<bench::WireLoad::Result>> running;
            QElapsedTimer wall;
            wall.start();
            for (int f = 0; f < frontEnds; ++f)
                running.push_back(std::async(std::launch::async, [&, f] {
                    return bench::WireLoad::run(endpoints[f], rounds[std::size_t(f)], 10000);
                }));
            std::vector<double> roundMs;
            int failed = 0;
            for (auto &r : running) {
                auto result = r.get();
                failed += result.failed;
                roundMs.insert(roundMs.end(), result.roundMs.begin(), result.roundMs.end());
            }
            roundMs.resize(std::size_t(m), 10000.0);
            printRounds(frontEnds == 1 ? "frontends   %d devices, one front-end"
                                       : "frontends   %d devices, two front-ends",
                m, roundMs, double(wall.nsecsElapsed()) / 1e9, failed);
        };
        once(1, u"f1a"_s);
        once(2, u"f2a"_s);
        once(2, u"f2b"_s);
        once(1, u"f1b"_s);
        second->stop();
    }
    if (runs(u"evaluation"_s)) {
        // 5. The wire rounds with the post-push flag evaluation off and on. The permit the
        // devices inspect gets a year of daily reported values (what the evaluation reads),
        // kept on the server only: its ref_rows go, so the simulated tablets do not pull it.
        {
            auto db = world.serverDb();
            seedReportedYear(*db, world.district.outlets[2]);
        }
        std::vector<Percentiles> off, on;
        int run = 0;
        for (const bool evaluate : {false, true, true, false}) {
            world.server.reset();
            world.evaluateFlags = evaluate;
            world.startServer();
            auto devices = fieldDevices(world, m, u"e%1x"_s.arg(run++));
            std::vector<bench::WireLoad::Round> rounds;
            for (auto &device : devices)
                rounds.push_back(bench::WireLoad::roundOf(*device));
            auto result = bench::WireLoad::run(world.endpoint, rounds, 10000);
            if (result.failed)
                std::fprintf(stderr, "first failure: %s\n", qPrintable(result.firstError));
            result.roundMs.resize(std::size_t(m), 10000.0);
            const Percentiles p = percentiles(result.roundMs);
            std::printf("evaluation  %-3s %d devices: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms,"
                        " failed %d\n",
                evaluate ? "on" : "off", m, p.p50, p.p95, p.p99, result.failed);
            (evaluate ? on : off).push_back(p);
        }
        const Percentiles a = medianOf(off), b = medianOf(on);
        std::printf("evaluation  off / on (median of 2 runs each): p50 %.1f / %.1f ms, p95 %.1f /"
                    " %.1f ms, p99 %.1f / %.1f ms; p99 on/off = %.2f\n",
            a.p50, b.p50, a.p95, b.p95, a.p99, b.p99, b.p99 / a.p99);
    }
    if (runs(u"import"_s))
        besideImport(world, m, permitsFile);
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak RSS    %.1f MiB (server, devices and clients in one process)\n",
        double(usage.ru_maxrss) / 1024.0);
    return 0;
}
