#include "demo/anomalyplanner.h"

#include "demo/demorandom.h"

#include <QList>

namespace outfall::demo {

namespace {

struct Quota
{
    AnomalyKind kind;
    int count;
    QList<Industry> industries; // empty: any
};

constexpr std::uint64_t kPlannerStream = 0x414e4f4d414c59ULL; // "ANOMALY"

} // namespace

AnomalyPlanner::AnomalyPlanner(const DemoOptions &options, const IndustryMix &mix)
{
    using I = Industry;
    using K = AnomalyKind;
    const QList<Quota> quotas = {
        {K::ConcentrationExceedance, 4, {I::ThermalPower}}, // CEMS daily values, air
        {K::ConcentrationExceedance, 2, {I::PulpPaper, I::Dyeing}}, // manual samples, water
        {K::AnnualTotalExceeded, 2, {I::ThermalPower}},
        {K::MissingExecutionReport, 3, {}},
        {K::LateExecutionReport, 3, {}},
        {K::MissingSample, 3, {I::PulpPaper, I::Electroplating, I::Dyeing}},
        {K::CemsFlatline, 2, {I::ThermalPower}},
        {K::MovedOutlet, 3, {}},
        {K::UndeclaredOutlet, 2, {}},
        {K::ExpiredPermit, 2, {}},
        {K::ShutdownWhileRunning, 2, {I::ThermalPower, I::PulpPaper}},
    };
    DemoRandom rng = DemoRandom::forStream(options.seed, kPlannerStream);
    for (const Quota &quota : quotas) {
        if (!options.reports && AnomalyRecord::needsReports(quota.kind))
            continue;
        QList<I> industries = quota.industries;
        if (industries.isEmpty()) {
            for (int i = 0; i < IndustryMix::kCount; ++i)
                industries.append(static_cast<I>(i));
        }
        qint64 candidates = 0;
        for (I industry : industries)
            candidates += mix.end(industry) - mix.begin(industry);
        for (int n = 0; n < quota.count; ++n) {
            // Retry on a taken enterprise; give up quietly when the district is too small.
            for (int attempt = 0; attempt < 200 && candidates > 0; ++attempt) {
                qint64 pick = rng.bounded64(candidates);
                qint64 index = -1;
                for (I industry : industries) {
                    const qint64 size = mix.end(industry) - mix.begin(industry);
                    if (pick < size) {
                        index = mix.begin(industry) + pick;
                        break;
                    }
                    pick -= size;
                }
                if (!m_plan.contains(index)) {
                    m_plan.insert(index, quota.kind);
                    break;
                }
            }
        }
    }
}

std::optional<AnomalyKind> AnomalyPlanner::kindFor(qint64 index) const
{
    const auto it = m_plan.constFind(index);
    if (it == m_plan.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace outfall::demo
