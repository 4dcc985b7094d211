// The store API on SQLite beside PostgreSQL (store/engine.h, server/pgengine.h), in one run:
// the shapes the server's code uses most. PostgreSQL runs in a throw-away cluster on a Unix
// socket of this machine with fsync on; SQLite in a file with the server's durability (FULL).
// Prints medians of alternating repetitions; asserts nothing.
//   bench_storeengines [ROWS=20000] [REPETITIONS=5]
#include "../unit/pgtestcluster.h"
#include "server/pgengine.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;
using namespace outfall;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void createTable(store::Database &db)
{
    db.exec(u"DROP TABLE IF EXISTS bench"_s);
    db.exec(u"CREATE TABLE bench (id bigint PRIMARY KEY, permit text NOT NULL,"
            u" value double precision, body bytea)"_s);
}

struct Shape
{
    const char *name;
    const char *unit; // what one "item" is
    std::function<int(store::Database &, int rows)> run; // returns the items done
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 20'000;
    const int repetitions = argc > 2 ? QByteArray(argv[2]).toInt() : 5;
    if (rows < 100 || repetitions < 1) {
        std::fprintf(stderr,
            "bench_storeengines: ROWS must be >= 100 and REPETITIONS >= 1;"
            " see the comment at the top of the source\n");
        return 2;
    }
    pgtest::Cluster cluster(true);
    if (!cluster.running()) {
        std::fprintf(
            stderr, "bench_storeengines: no PostgreSQL: %s\n", qPrintable(cluster.problem()));
        return 1;
    }
    const QString url = cluster.createDatabase(u"bench"_s);
    QTemporaryDir dir;
    const QByteArray body(120, 'b'); // an op's body is about this size
    const std::vector<Shape> shapes = {
        {"insert, one transaction", "rows",
            [&](store::Database &db, int n) {
                store::Transaction t(db);
                auto insert = db.cached(u"INSERT INTO bench (id, permit, value, body)"
                                        u" VALUES (?, ?, ?, ?)"_s);
                for (int i = 0; i < n; ++i)
                    insert.bind(1, i)
                        .bind(2, u"p%1"_s.arg(i % 500))
                        .bind(3, i * 0.5)
                        .bind(4, body)
                        .exec();
                t.commit();
                return n;
            }},
        {"point select by key", "rows",
            [&](store::Database &db, int n) {
                auto select = db.cached(u"SELECT permit, value, body FROM bench WHERE id = ?"_s);
                int found = 0;
                for (int i = 0; i < n; ++i) {
                    select.bind(1, (i * 7919) % n);
                    found += select.step() ? 1 : 0;
                    select.reset();
                }
                return found;
            }},
        {"push-sized transactions (5 inserts, commit)", "transactions",
            [&](store::Database &db, int n) {
                const int transactions = n / 50;
                for (int t = 0; t < transactions; ++t) {
                    store::Transaction tx(db);
                    auto insert = db.cached(u"INSERT INTO bench (id, permit, value, body)"
                                            u" VALUES (?, ?, ?, ?)"_s);
                    for (int i = 0; i < 5; ++i)
                        insert.bind(1, n + t * 5 + i)
                            .bind(2, u"p1"_s)
                            .bind(3, 1.0)
                            .bind(4, body)
                            .exec();
                    tx.commit();
                }
                return transactions;
            }},
    };

    std::map<std::pair<int, QString>, std::vector<double>> perSecond;
    for (int r = 0; r < repetitions; ++r) {
        for (const QString &engine : {u"sqlite"_s, u"postgresql"_s}) {
            auto db = engine == u"sqlite"
                ? std::make_unique<store::Database>(dir.filePath(u"bench%1.db"_s.arg(r)))
                : std::make_unique<store::Database>(std::make_unique<server::PgEngine>(url));
            createTable(*db);
            for (std::size_t s = 0; s < shapes.size(); ++s) {
                QElapsedTimer timer;
                timer.start();
                const int items = shapes[s].run(*db, rows);
                perSecond[{int(s), engine}].push_back(items * 1e9 / double(timer.nsecsElapsed()));
            }
        }
    }
    std::printf("store API on both engines: %d rows, medians of %d alternating repetitions\n", rows,
        repetitions);
    for (std::size_t s = 0; s < shapes.size(); ++s) {
        const double lite = median(perSecond[{int(s), u"sqlite"_s}]);
        const double pg = median(perSecond[{int(s), u"postgresql"_s}]);
        std::printf("  %-45s sqlite %9.0f %s/s   postgresql %9.0f %s/s   (sqlite / pg %.1fx)\n",
            shapes[s].name, lite, shapes[s].unit, pg, shapes[s].unit, lite / pg);
    }
    return 0;
}
