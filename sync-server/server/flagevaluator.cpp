#include "server/flagevaluator.h"

#include "rules/ruleset.h"
#include "server/evaluationpipeline.h"
#include "server/settledseq.h"
#include "store/database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <optional>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

// Permits whose flags commit together in a full evaluation: one commit (one WAL sync) a
// batch instead of one a permit, and a crash loses at most a batch of verdicts, which the
// next evaluation writes again.
constexpr int kPermitsPerCommit = 50;

// Fewer permits than this are evaluated on the calling thread: opening worker connections
// costs more than it saves (an incremental evaluation after a push touches one or two).
constexpr qsizetype kMinParallelPermits = 8;

int defaultThreads()
{
    return std::clamp(QThread::idealThreadCount(), 1, 4);
}

} // namespace

int FlagEvaluator::Summary::flagsRaised() const
{
    int total = 0;
    for (const int count : raisedByRule)
        total += count;
    return total;
}

FlagEvaluator::FlagEvaluator(store::Database &db, rules::RuleConfig config)
    : FlagEvaluator(db, std::move(config), defaultPermitSources(db))
{ }

FlagEvaluator::FlagEvaluator(store::Database &db, rules::RuleConfig config,
    std::vector<std::unique_ptr<PermitSource>> sources)
    : m_db(db)
    , m_config(std::move(config))
    , m_sources(std::move(sources))
    , m_flags(db)
    , m_threads(defaultThreads())
{ }

std::int64_t FlagEvaluator::currentSeq(store::Database &db)
{
    return settledSeq(db);
}

FlagEvaluator::Summary FlagEvaluator::evaluateAll(QDate asOf, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    std::vector<QStringList> permits;
    int total = 0;
    for (const auto &source : m_sources) {
        permits.push_back(source->allPermits());
        total += int(permits.back().size());
    }
    Summary summary;
    int done = 0;
    for (std::size_t i = 0; i < m_sources.size(); ++i)
        evaluate(*m_sources[i], permits[i], asOf, summary, done, total, progress);
    summary.elapsedMs = timer.elapsed();
    return summary;
}

FlagEvaluator::Summary FlagEvaluator::evaluateTouchedSince(
    std::int64_t seq, QDate asOf, std::int64_t maxChanges)
{
    QElapsedTimer timer;
    timer.start();
    Summary summary;
    int done = 0;
    const std::int64_t settled = settledSeq(m_db);
    summary.evaluatedUpTo = maxChanges < settled - seq ? seq + maxChanges : settled;
    for (const auto &source : m_sources) {
        const QStringList permits = source->touchedSince(seq, summary.evaluatedUpTo);
        evaluate(*source, permits, asOf, summary, done, int(permits.size()), {});
    }
    summary.elapsedMs = timer.elapsed();
    return summary;
}

void FlagEvaluator::setThreads(int threads)
{
    m_threads = std::max(1, threads);
}

void FlagEvaluator::evaluate(PermitSource &source, const QStringList &permits, QDate asOf,
    Summary &summary, int &done, int total, const Progress &progress)
{
    const auto evaluateWith = [this, asOf](PermitSource &from) {
        return [this, asOf, &from](const QString &permitId) {
            PermitVerdict verdict;
            QElapsedTimer phase;
            phase.start();
            const std::optional<rules::PermitSnapshot> snapshot = from.load(permitId, asOf);
            verdict.loadNs = phase.nsecsElapsed();
            phase.restart();
            if (snapshot) {
                verdict.found = true;
                verdict.reportedValues = snapshot->reported.size() + snapshot->dmrValues.size();
                const rules::EvaluationContext context {*snapshot, m_config, asOf};
                verdict.flags = rules::evaluatePermit(context, rules::Where::Server);
            }
            verdict.rulesNs = phase.nsecsElapsed();
            return verdict;
        };
    };

    // Flags commit kPermitsPerCommit permits at a time, in permit order however they were
    // evaluated.
    std::optional<store::Transaction> transaction;
    int inTransaction = 0;
    const auto commit = [&] {
        QElapsedTimer timer;
        timer.start();
        transaction->commit();
        transaction.reset();
        inTransaction = 0;
        summary.storeNs += timer.nsecsElapsed();
    };
    const auto store = [&](qsizetype index, PermitVerdict &verdict) {
        if (!transaction)
            transaction.emplace(m_db);
        summary.loadNs += verdict.loadNs;
        summary.rulesNs += verdict.rulesNs;
        summary.reportedValues += verdict.reportedValues;
        for (const rules::Flag &flag : std::as_const(verdict.flags))
            ++summary.raisedByRule[flag.ruleId];
        QElapsedTimer timer;
        timer.start();
        summary.counts +=
            m_flags.apply(permits[index], verdict.flags, asOf, QDateTime::currentMSecsSinceEpoch());
        summary.storeNs += timer.nsecsElapsed();
        ++summary.permits;
        if (progress)
            progress(++done, total);
        if (++inTransaction == kPermitsPerCommit)
            commit();
    };

    // Workers read the store through connections of their own, so they see committed data
    // only: evaluate here alone when the caller has uncommitted changes, or when the store
    // is in memory (another connection would open another, empty, database). On PostgreSQL
    // too, for now: a reader opens its connection by the store's file name.
    std::vector<std::unique_ptr<PermitSource>> readers;
    if (m_threads > 1 && permits.size() >= kMinParallelPermits && !m_db.inTransaction()
        && m_db.path() != u":memory:"_s && !m_db.engine()) {
        for (int i = 0; i < m_threads; ++i) {
            auto reader = source.readerAt(m_db.path());
            if (!reader)
                break;
            readers.push_back(std::move(reader));
        }
    }
    if (readers.empty()) {
        const auto evaluateOne = evaluateWith(source);
        for (qsizetype i = 0; i < permits.size(); ++i) {
            // Before the load: a source that writes as it loads (NPDES: evaluated_at)
            // commits that with the permit's flags or not at all.
            if (!transaction)
                transaction.emplace(m_db);
            PermitVerdict verdict = evaluateOne(permits[i]);
            store(i, verdict);
        }
    } else {
        // Each worker takes one reader (its connection is used by that thread only).
        std::atomic<std::size_t> nextReader {0};
        runEvaluationPipeline(
            permits, int(readers.size()),
            [&]() -> EvaluateOne { return evaluateWith(*readers[nextReader++]); }, store);
    }
    if (transaction)
        commit();
}

} // namespace outfall::server
