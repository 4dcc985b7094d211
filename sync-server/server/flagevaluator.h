#pragma once

#include "rules/ruleconfig.h"
#include "server/flagstore.h"
#include "server/permitsource.h"

#include <QDate>
#include <QMap>
#include <QString>

#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

namespace outfall::store {
class Database;
}

namespace outfall::server {

// Runs rules::evaluatePermit over permits and stores the verdicts (FlagStore): in full
// (`outfall-server evaluate`) or incrementally, only the permits touched since a server
// sequence (after an import, after a committed push). Permits come from PermitSources, so a
// jurisdiction with tables of its own (ECHO's NPDES permits) is evaluated the same way.
class FlagEvaluator
{
public:
    struct Summary
    {
        int permits = 0; // evaluated
        FlagStore::Counts counts;
        QMap<QString, int> raisedByRule; // flags the rules raised this time, by rule id
        std::int64_t elapsedMs = 0;
        std::int64_t reportedValues = 0; // reported rows read (the snapshots' size)
        // evaluateTouchedSince: the sequence it looked up to, for the next call.
        std::int64_t evaluatedUpTo = 0;
        // Where the time went (benchmarks, `evaluate --verbose`): reading snapshots, the
        // rules, writing flags. Wall nanoseconds summed over permits.
        std::int64_t loadNs = 0;
        std::int64_t rulesNs = 0;
        std::int64_t storeNs = 0;

        int flagsRaised() const;
    };
    // Called after each permit: how many are done of how many.
    using Progress = std::function<void(int done, int total)>;

    FlagEvaluator(store::Database &db, rules::RuleConfig config);
    FlagEvaluator(store::Database &db, rules::RuleConfig config,
        std::vector<std::unique_ptr<PermitSource>> sources);

    Summary evaluateAll(QDate asOf, const Progress &progress = {});
    // The permits touched after seq, up to the settled sequence or, when given, at most
    // maxChanges further (Summary::evaluatedUpTo says where it stopped: the next call's seq).
    Summary evaluateTouchedSince(std::int64_t seq, QDate asOf,
        std::int64_t maxChanges = std::numeric_limits<std::int64_t>::max());

    // The server's settled sequence now (server/settledseq.h), to pass to evaluateTouchedSince
    // afterwards.
    static std::int64_t currentSeq(store::Database &db);

    // Worker threads that read and evaluate permits while this thread writes the flags
    // (runEvaluationPipeline); 1 evaluates on this thread alone. Default: the cores, at
    // most 4. The flags stored are the same either way (tst_flagevaluator_parallel).
    void setThreads(int threads);
    int threads() const { return m_threads; }

private:
    void evaluate(PermitSource &source, const QStringList &permits, QDate asOf, Summary &summary,
        int &done, int total, const Progress &progress);

    store::Database &m_db;
    rules::RuleConfig m_config;
    std::vector<std::unique_ptr<PermitSource>> m_sources;
    FlagStore m_flags;
    int m_threads = 1;
};

} // namespace outfall::server
