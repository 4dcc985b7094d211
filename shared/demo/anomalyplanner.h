#pragma once

#include "demo/anomalyrecord.h"
#include "demo/demooptions.h"
#include "demo/industrymix.h"

#include <QHash>

#include <optional>

namespace outfall::demo {

// Decides, before anything is generated, which enterprises carry a planted anomaly: a
// handful of each kind, each on its own enterprise so that anomalies never mask one
// another, drawn from the industries where the kind makes sense. Kinds that live in the
// reported data are left out with --no-reports.
class AnomalyPlanner
{
public:
    AnomalyPlanner(const DemoOptions &options, const IndustryMix &mix);

    std::optional<AnomalyKind> kindFor(qint64 index) const;
    qsizetype size() const { return m_plan.size(); }

private:
    QHash<qint64, AnomalyKind> m_plan;
};

} // namespace outfall::demo
