#include "server/flagevaluator.h"

#include "rules/ruleset.h"
#include "store/database.h"

#include <QDateTime>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

// Permits whose flags commit together in a full evaluation: one commit (one WAL sync) a
// batch instead of one a permit, and a crash loses at most a batch of verdicts, which the
// next evaluation writes again.
constexpr int kPermitsPerCommit = 50;

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
{ }

std::int64_t FlagEvaluator::currentSeq(store::Database &db)
{
    auto row = db.cached(u"SELECT seq FROM sync_counter WHERE id = 1"_s);
    return row.step() ? row.int64(0) : 0;
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

FlagEvaluator::Summary FlagEvaluator::evaluateTouchedSince(std::int64_t seq, QDate asOf)
{
    QElapsedTimer timer;
    timer.start();
    Summary summary;
    int done = 0;
    for (const auto &source : m_sources) {
        const QStringList permits = source->touchedSince(seq);
        evaluate(*source, permits, asOf, summary, done, int(permits.size()), {});
    }
    summary.elapsedMs = timer.elapsed();
    return summary;
}

void FlagEvaluator::evaluate(PermitSource &source, const QStringList &permits, QDate asOf,
    Summary &summary, int &done, int total, const Progress &progress)
{
    for (qsizetype first = 0; first < permits.size(); first += kPermitsPerCommit) {
        store::Transaction transaction(m_db);
        const qsizetype end = std::min(permits.size(), first + kPermitsPerCommit);
        for (qsizetype i = first; i < end; ++i) {
            const QString &permitId = permits[i];
            const std::optional<rules::PermitSnapshot> snapshot = source.load(permitId, asOf);
            QList<rules::Flag> flags;
            if (snapshot) {
                summary.reportedValues += snapshot->reported.size() + snapshot->dmrValues.size();
                const rules::EvaluationContext context {*snapshot, m_config, asOf};
                flags = rules::evaluatePermit(context, rules::Where::Server);
            }
            for (const rules::Flag &flag : std::as_const(flags))
                ++summary.raisedByRule[flag.ruleId];
            summary.counts +=
                m_flags.apply(permitId, flags, asOf, QDateTime::currentMSecsSinceEpoch());
            ++summary.permits;
            if (progress)
                progress(++done, total);
        }
        transaction.commit();
    }
}

} // namespace outfall::server
