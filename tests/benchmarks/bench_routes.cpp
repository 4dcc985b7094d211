// Route draw and plan figures for a province-sized pool (issue 13; printed, not asserted):
//   the algorithms alone: a draw of N enterprises and M inspectors from an in-memory pool
//   (uniform and risk-weighted), and the plan of every team (nearest neighbour + 2-opt +
//   Or-opt), median of RUNS;
//   the server's path: ROUTE draw (pool query, draw, record written) and ROUTE plan on a store
//   holding the pool, median of RUNS;
//   peak RSS of each phase (shared/diag/peakrss.h).
// usage: bench_routes [POOL (default 50000)] [INSPECTORS (500)] [DRAWN (5000)] [RUNS (5)]
#include "cli/positionalline.h"
#include "diag/peakrss.h"
#include "domain/uuidv7.h"
#include "routes/distancematrix.h"
#include "routes/routedraw.h"
#include "routes/seededrandom.h"
#include "routes/tourplanner.h"
#include "server/routecommands.h"
#include "server/serverstore.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using namespace outfall;

namespace {

QTextStream out(stdout);

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Enterprises scattered over a province about 400 × 400 km (Guangdong's size).
routes::GeoPoint siteOf(routes::SeededRandom &random)
{
    return {21.5 + double(random.below(3'600'000)) / 1e6,
        111.0 + double(random.below(4'000'000)) / 1e6};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    cli::PositionalLine commandLine(app.arguments(),
        u"usage: bench_routes [POOL>=1 [INSPECTORS>=2 [DRAWN>=1 [RUNS>=1]]]]"_s, 4);
    const int poolSize = int(commandLine.number(0, u"POOL"_s, 50000, 1, 10'000'000));
    const int inspectorCount = int(commandLine.number(1, u"INSPECTORS"_s, 500, 2, 1'000'000));
    const int drawn = int(commandLine.number(2, u"DRAWN"_s, 5000, 1, 10'000'000));
    const int runs = int(commandLine.number(3, u"RUNS"_s, 5, 1, 1000));
    if (const auto exit = commandLine.stop())
        return *exit;
    out << "pool " << poolSize << " enterprises, " << inspectorCount << " inspectors; draw "
        << drawn << " enterprises and all inspectors (teams of 2); median of " << runs << " runs\n";

    // The pool in memory, with risk figures and 1,000 conflicts of interest.
    routes::SeededRandom random(1);
    routes::DrawPool pool;
    std::vector<routes::GeoPoint> sites;
    domain::UuidV7Generator ids;
    for (int i = 0; i < poolSize; ++i) {
        routes::PoolEnterprise e;
        e.id = ids.next();
        e.openFlags = int(random.below(4)) == 0 ? int(random.below(5)) : 0;
        e.pastViolations = int(random.below(10)) == 0 ? 1 : 0;
        e.daysSinceInspection = int(random.below(1000)) - 1;
        e.weight = 1000 + 1000 * e.openFlags + 2000 * e.pastViolations;
        pool.enterprises.append(e);
        sites.push_back(siteOf(random));
    }
    for (int i = 0; i < inspectorCount; ++i)
        pool.inspectors.append({ids.next(), u"INS-%1"_s.arg(i)});
    for (int i = 0; i < 1000; ++i)
        pool.conflicts.append(
            {pool.inspectors[qsizetype(random.below(std::uint64_t(inspectorCount)))].id,
                pool.enterprises[qsizetype(random.below(std::uint64_t(poolSize)))].id});
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < pool.enterprises.size(); ++i)
        index.insert(pool.enterprises[i].id, i);

    routes::DrawRules rules;
    rules.pool = u"all"_s;
    rules.enterprises = drawn;
    rules.inspectors = inspectorCount;
    diag::resetPeakRss();
    const qint64 rssBefore = diag::rssKiB();
    for (const auto weighting :
        {routes::DrawRules::Weighting::Uniform, routes::DrawRules::Weighting::Risk}) {
        rules.weighting = weighting;
        std::vector<double> drawMs;
        std::vector<double> planMs;
        double planned = 0;
        double drawOrder = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const routes::DrawResult result = routes::drawRoute(pool, rules, std::uint64_t(run));
            drawMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            timer.start();
            planned = drawOrder = 0;
            for (const routes::DrawTeam &team : result.teams) {
                std::vector<routes::GeoPoint> teamSites;
                for (const QString &id : team.enterpriseIds)
                    teamSites.push_back(sites[std::size_t(index.value(id))]);
                const auto plan =
                    routes::planTour(routes::DistanceMatrix({23.13, 113.26}, teamSites));
                planned += plan.lengthM;
                drawOrder += plan.drawOrderLengthM;
            }
            planMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        out << "algorithms, " << routes::DrawRules::weightingName(weighting) << ": draw "
            << QString::number(median(drawMs), 'f', 1) << " ms, plan of " << inspectorCount / 2
            << " teams " << QString::number(median(planMs), 'f', 1) << " ms; planned "
            << QString::number(planned / 1000, 'f', 0) << " km against "
            << QString::number(drawOrder / 1000, 'f', 0) << " km in draw order ("
            << QString::number(100 * (1 - planned / drawOrder), 'f', 1) << " % shorter)\n";
    }
    out << "  peak RSS " << diag::peakRssKiB() / 1024 << " MiB (" << rssBefore / 1024
        << " MiB before the draws)\n";
    out.flush();

    // The server's path on a store holding the same pool.
    QTemporaryDir dir;
    auto db = server::ServerStore::initialise(dir.path());
    {
        QElapsedTimer timer;
        timer.start();
        store::Transaction transaction(*db);
        for (qsizetype i = 0; i < pool.enterprises.size(); ++i) {
            const auto &e = pool.enterprises[i];
            const QString uscc = u"91440000%1X"_s.arg(i, 9, 10, QChar(u'0'));
            db->cached(u"INSERT INTO enterprise (id, uscc, name, industry_code, region, lat, lon,"
                       u" updated_at) VALUES (?, ?, ?, '4411', ?, ?, ?, 0)"_s)
                .bind(1, e.id)
                .bind(2, uscc)
                .bind(3, u"Enterprise %1"_s.arg(i))
                .bind(4, u"R%1"_s.arg(i % 21))
                .bind(5, sites[std::size_t(i)].lat)
                .bind(6, sites[std::size_t(i)].lon)
                .exec();
            db->cached(u"INSERT INTO permit (id, number, enterprise_id, revision, valid_from,"
                       u" valid_to, issued_on, authority, industry_code, content_hash, updated_at)"
                       u" VALUES (?, ?, ?, 1, '2024-01-01', '2029-01-01', '2024-01-01', 'EPB',"
                       u" '4411', 'h', 0)"_s)
                .bind(1, ids.next())
                .bind(2, uscc + u"001P"_s)
                .bind(3, e.id)
                .exec();
        }
        for (const auto &inspector : pool.inspectors)
            db->cached(
                  u"INSERT INTO inspector (id, code, name, role) VALUES (?, ?, ?, 'inspector')"_s)
                .bind(1, inspector.id)
                .bind(2, inspector.code)
                .bind(3, inspector.code)
                .exec();
        transaction.commit();
        out << "store: " << poolSize << " enterprises and permits written in " << timer.elapsed()
            << " ms\n";
    }
    server::RouteCommands commands(*db);
    server::Peer admin;
    admin.deviceId = u"bench"_s;
    admin.role = u"admin"_s;
    diag::resetPeakRss();
    std::vector<double> drawMs;
    std::vector<double> planMs;
    qsizetype recordBytes = 0;
    for (int run = 0; run < runs; ++run) {
        sync::Message draw;
        draw.command = sync::Command::Route;
        draw.requestId = sync::Message::newRequestId();
        draw.header.insert(u"op"_s, u"draw"_s);
        draw.header.insert(u"pool"_s,
            u"region=R1|R2|R3|R4|R5|R6|R7|R8|R9|R10|R11|R12|R13|R14|"
            u"R15|R16|R17|R18|R19|R20|R0"_s);
        draw.header.insert(u"e"_s, drawn);
        draw.header.insert(u"m"_s, inspectorCount);
        draw.header.insert(u"seed"_s, run);
        draw.header.insert(u"w"_s, u"risk"_s);
        QElapsedTimer timer;
        timer.start();
        const sync::Message reply = commands.handle(admin, draw);
        drawMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (reply.command != sync::Command::RouteReply) {
            out << "draw refused: " << reply.header.value(u"text"_s).toString() << "\n";
            return 1;
        }
        const int number = QJsonDocument::fromJson(reply.body).object().value(u"number"_s).toInt();
        auto row = db->prepare(u"SELECT length(content) FROM route_draw WHERE number = ?"_s);
        row.bind(1, number);
        row.step();
        recordBytes = row.int64(0);
        sync::Message plan;
        plan.command = sync::Command::Route;
        plan.requestId = sync::Message::newRequestId();
        plan.header.insert(u"op"_s, u"plan"_s);
        plan.header.insert(u"id"_s, QString::number(number));
        plan.header.insert(u"lat"_s, 23.13);
        plan.header.insert(u"lon"_s, 113.26);
        timer.start();
        commands.handle(admin, plan);
        planMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    out << "server (ROUTE draw with risk weights, pool query + draw + record of "
        << recordBytes / 1024 << " KiB): " << QString::number(median(drawMs), 'f', 0)
        << " ms; ROUTE plan of " << inspectorCount / 2
        << " teams: " << QString::number(median(planMs), 'f', 0) << " ms; peak RSS "
        << diag::peakRssKiB() / 1024 << " MiB\n";
    return 0;
}
