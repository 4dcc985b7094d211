#include "routes/routedraw.h"

#include "routes/seededrandom.h"
#include "routes/weightedsampler.h"

#include <QHash>
#include <QSet>

#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace outfall::routes {

bool DrawResult::operator==(const DrawResult &other) const
{
    if (passedOver != other.passedOver || teams.size() != other.teams.size())
        return false;
    for (qsizetype i = 0; i < teams.size(); ++i) {
        if (teams[i].inspectorIds != other.teams[i].inspectorIds
            || teams[i].enterpriseIds != other.teams[i].enterpriseIds)
            return false;
    }
    return true;
}

DrawResult drawRoute(const DrawPool &pool, const DrawRules &rules, std::uint64_t seed)
{
    if (rules.teamSize < 2)
        throw DrawError(u"team-size"_s, u"a team needs at least two inspectors"_s);
    if (rules.inspectors < rules.teamSize)
        throw DrawError(u"inspectors"_s,
            u"--inspectors must be at least %1 (one team of %1)"_s.arg(rules.teamSize));
    if (rules.inspectors > pool.inspectors.size())
        throw DrawError(u"inspectors"_s,
            u"--inspectors %1 is more than the %2 active inspectors in the pool"_s
                .arg(rules.inspectors)
                .arg(pool.inspectors.size()));
    if (rules.enterprises < 1)
        throw DrawError(u"enterprises"_s, u"--enterprises must be at least 1"_s);
    if (rules.enterprises > pool.enterprises.size())
        throw DrawError(u"enterprises"_s,
            u"--enterprises %1 is more than the %2 enterprises in the pool (%3)"_s
                .arg(rules.enterprises)
                .arg(pool.enterprises.size())
                .arg(rules.pool));

    SeededRandom random(seed);
    DrawResult result;

    // Inspectors: partial Fisher–Yates.
    QList<PoolInspector> inspectors = pool.inspectors;
    for (qsizetype i = 0; i < rules.inspectors; ++i) {
        const auto j = i + qsizetype(random.below(std::uint64_t(inspectors.size() - i)));
        std::swap(inspectors[i], inspectors[j]);
    }
    const qsizetype teamCount = rules.inspectors / rules.teamSize;
    result.teams.resize(teamCount);
    for (qsizetype i = 0; i < rules.inspectors; ++i) {
        const qsizetype team = i < teamCount * rules.teamSize
            ? i / rules.teamSize
            : (i - teamCount * rules.teamSize) % teamCount;
        result.teams[team].inspectorIds.append(inspectors[i].id);
    }

    // Which teams may take an enterprise: none of their members has a conflict with it.
    QHash<QString, QSet<QString>> conflicted; // enterprise → inspectors
    for (const PoolConflict &conflict : pool.conflicts)
        conflicted[conflict.enterpriseId].insert(conflict.inspectorId);

    std::vector<std::int64_t> weights;
    weights.reserve(std::size_t(pool.enterprises.size()));
    for (const PoolEnterprise &enterprise : pool.enterprises)
        weights.push_back(rules.weighting == DrawRules::Weighting::Risk ? enterprise.weight : 1000);
    WeightedSampler sampler(weights);

    int placed = 0;
    std::vector<qsizetype> eligible;
    while (placed < rules.enterprises) {
        if (sampler.empty())
            throw DrawError(u"enterprises"_s,
                u"only %1 of the %2 enterprises asked for could be placed: %3 conflict with a"
                u" member of every team (record fewer conflicts, draw more inspectors or fewer"
                u" enterprises)"_s.arg(placed)
                    .arg(rules.enterprises)
                    .arg(result.passedOver.size()));
        const PoolEnterprise &enterprise = pool.enterprises[qsizetype(sampler.take(random))];
        const QSet<QString> excluded = conflicted.value(enterprise.id);
        eligible.clear();
        qsizetype fewest = std::numeric_limits<qsizetype>::max();
        for (qsizetype t = 0; t < teamCount; ++t) {
            const DrawTeam &team = result.teams[t];
            bool free = true;
            for (const QString &inspector : team.inspectorIds)
                free = free && !excluded.contains(inspector);
            if (!free)
                continue;
            const qsizetype load = team.enterpriseIds.size();
            if (load < fewest) {
                fewest = load;
                eligible.clear();
            }
            if (load == fewest)
                eligible.push_back(t);
        }
        if (eligible.empty()) {
            result.passedOver.append(enterprise.id);
            continue;
        }
        const auto pick = eligible[std::size_t(random.below(eligible.size()))];
        result.teams[pick].enterpriseIds.append(enterprise.id);
        ++placed;
    }
    return result;
}

} // namespace outfall::routes
