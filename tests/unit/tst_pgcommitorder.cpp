// The pull cursor's promise on PostgreSQL (server/pgsequencer.h): a reader that has seen
// number N never later finds a change below N, however the writers of several front-ends
// interleave. First the classic gap with a PostgreSQL sequence, then the counter row closing
// it, step by step and under load.
#include "pgtestcluster.h"
#include "server/pgsequencer.h"

#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <mutex>
#include <pqxx/pqxx>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using outfall::server::PgSequencer::reserve;

namespace {

std::vector<std::int64_t> seqsAfter(
    pqxx::connection &c, const char *table, std::int64_t cursor, int limit = 1'000'000)
{
    pqxx::nontransaction read(c);
    const pqxx::result rows = read.exec_params(
        std::string("SELECT seq FROM ") + table + " WHERE seq > $1 ORDER BY seq LIMIT $2", cursor,
        limit);
    std::vector<std::int64_t> seqs;
    for (const auto &row : rows)
        seqs.push_back(row[0].as<std::int64_t>());
    return seqs;
}

// Whether some backend waits for a lock now (pg_stat_activity), so a test can see that a
// writer is held back without guessing how long that takes.
bool someoneWaitsForALock(pqxx::connection &c)
{
    pqxx::nontransaction read(c);
    return read.exec("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")[0][0]
               .as<int>()
        > 0;
}

} // namespace

class TestPgCommitOrder : public QObject
{
    Q_OBJECT

    pgtest::Cluster m_cluster;
    QString m_url;

    std::string url() const { return m_url.toStdString(); }

private Q_SLOTS:
    void initTestCase()
    {
        PGTEST_REQUIRE(m_cluster);
        m_url = m_cluster.createDatabase(u"commitorder"_s);
        pqxx::connection c(url());
        pqxx::work setup(c);
        outfall::server::PgSequencer::createTable(setup);
        setup.exec("CREATE TABLE naive_log (seq bigserial PRIMARY KEY, writer int NOT NULL)");
        setup.exec("CREATE TABLE sync_log (seq bigint PRIMARY KEY, writer int NOT NULL)");
        setup.commit();
    }

    // The gap itself, with numbers from a sequence: the reader moves past a number whose
    // transaction has not committed yet, and never sees it.
    void aSequenceLetsAPullSkipALateCommit()
    {
        pqxx::connection first(url());
        pqxx::connection second(url());
        pqxx::connection reader(url());
        pqxx::work early(first);
        const auto earlySeq =
            early.exec("INSERT INTO naive_log (writer) VALUES (1) RETURNING seq")[0][0]
                .as<std::int64_t>();
        pqxx::work late(second);
        const auto lateSeq =
            late.exec("INSERT INTO naive_log (writer) VALUES (2) RETURNING seq")[0][0]
                .as<std::int64_t>();
        QVERIFY(earlySeq < lateSeq);
        late.commit();
        const auto pulled = seqsAfter(reader, "naive_log", 0);
        QCOMPARE(pulled, std::vector<std::int64_t> {lateSeq});
        early.commit();
        QVERIFY(seqsAfter(reader, "naive_log", pulled.back()).empty());
        QCOMPARE(
            seqsAfter(reader, "naive_log", 0), (std::vector<std::int64_t> {earlySeq, lateSeq}));
    }

    // The same two writers with the counter row: the second is given its number only once
    // the first has committed, so the reader sees nothing, then both in order.
    void theCounterRowGivesNumbersInCommitOrder()
    {
        pqxx::connection first(url());
        pqxx::connection second(url());
        pqxx::connection reader(url());
        pqxx::work early(first);
        const std::int64_t earlySeq = reserve(early, 1);
        early.exec_params0("INSERT INTO sync_log (seq, writer) VALUES ($1, 1)", earlySeq);

        std::atomic<std::int64_t> lateSeq = -1;
        std::thread lateWriter([&] {
            pqxx::work late(second);
            const std::int64_t seq = reserve(late, 1);
            late.exec_params0("INSERT INTO sync_log (seq, writer) VALUES ($1, 2)", seq);
            late.commit();
            lateSeq = seq;
        });
        QTRY_VERIFY_WITH_TIMEOUT(someoneWaitsForALock(reader), 10'000);
        QCOMPARE(lateSeq.load(), -1); // held back: it has no number yet
        QVERIFY(seqsAfter(reader, "sync_log", 0).empty());
        early.commit();
        lateWriter.join();
        QCOMPARE(lateSeq.load(), earlySeq + 1);
        QCOMPARE(
            seqsAfter(reader, "sync_log", 0), (std::vector<std::int64_t> {earlySeq, earlySeq + 1}));
    }

    // A writer that rolls back gives its numbers back: the next writer takes them, so the log
    // has no holes either.
    void aRolledBackWriterLeavesNoHole()
    {
        pqxx::connection c(url());
        std::int64_t given = 0;
        {
            pqxx::work abandoned(c);
            given = reserve(abandoned, 3);
        } // rolled back
        pqxx::work next(c);
        QCOMPARE(reserve(next, 1), given);
        next.abort();
        QVERIFY_EXCEPTION_THROWN(
            {
                pqxx::work w(c);
                reserve(w, 0);
            },
            std::invalid_argument);
    }

    // Four writers (as if on two front-ends each) commit batches of one to three changes with
    // pauses inside their transactions, a tenth of them rolled back, while a reader pulls
    // with a cursor and a small page all along. The reader receives every committed change
    // exactly once and in order.
    void aPullUnderConcurrentWritersMissesNothingAndDoublesNothing()
    {
        // Where the log ends before the writers start (earlier cases wrote to it).
        pqxx::connection reader(url());
        const auto before = seqsAfter(reader, "sync_log", 0);
        const std::int64_t start = before.empty() ? 0 : before.back();
        constexpr int kWriters = 4;
        constexpr int kTransactions = 120;
        std::mutex committedMutex;
        std::vector<std::int64_t> committed;
        std::atomic<int> running = kWriters;
        std::atomic<int> rolledBack = 0;
        std::vector<std::thread> writers;
        for (int w = 0; w < kWriters; ++w) {
            writers.emplace_back([&, w] {
                pqxx::connection c(url());
                QRandomGenerator random(quint32(100 + w));
                for (int t = 0; t < kTransactions; ++t) {
                    pqxx::work work(c);
                    const int count = 1 + int(random.bounded(3));
                    const std::int64_t first = reserve(work, count);
                    for (int i = 0; i < count; ++i)
                        work.exec_params0(
                            "INSERT INTO sync_log (seq, writer) VALUES ($1, $2)", first + i, w);
                    if (random.bounded(4) == 0) // a slow transaction: the others wait for it
                        std::this_thread::sleep_for(
                            std::chrono::microseconds(random.bounded(2000)));
                    if (random.bounded(10) == 0) {
                        work.abort();
                        ++rolledBack;
                        continue;
                    }
                    work.commit();
                    const std::lock_guard lock(committedMutex);
                    for (int i = 0; i < count; ++i)
                        committed.push_back(first + i);
                }
                --running;
            });
        }
        std::vector<std::int64_t> received;
        std::int64_t cursor = start;
        int pulls = 0;
        const auto pull = [&] {
            const auto page = seqsAfter(reader, "sync_log", cursor, 7);
            received.insert(received.end(), page.begin(), page.end());
            if (!page.empty())
                cursor = page.back();
            ++pulls;
            return page.size();
        };
        while (running > 0)
            pull();
        for (auto &writer : writers)
            writer.join();
        while (pull() > 0) { }

        std::sort(committed.begin(), committed.end());
        QVERIFY(std::is_sorted(received.begin(), received.end()));
        QVERIFY(std::adjacent_find(received.begin(), received.end()) == received.end());
        QCOMPARE(received.size(), committed.size());
        QCOMPARE(received, committed);
        // No holes: the numbers after `start` are exactly start+1 .. start+n.
        QCOMPARE(received.front(), start + 1);
        QCOMPARE(received.back(), start + std::int64_t(received.size()));
        qInfo("%zu changes in %d pulls; %d transactions rolled back", received.size(), pulls,
            rolledBack.load());
    }
};

QTEST_GUILESS_MAIN(TestPgCommitOrder)
#include "tst_pgcommitorder.moc"
