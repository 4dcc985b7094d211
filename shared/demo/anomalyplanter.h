#pragma once

#include "demo/anomalyrecord.h"
#include "demo/demooptions.h"
#include "demo/demopermit.h"
#include "demo/reporteddatawriter.h"
#include "demo/reportplan.h"

namespace outfall::demo {

class DemoRandom;

// Plants one anomaly in one enterprise: prepare() changes the permit or the report plan
// before the reported data is written, finish() completes the record with what was
// written (and, for an annual total, lowers the permitted amount below it).
class AnomalyPlanter
{
public:
    explicit AnomalyPlanter(const DemoOptions &options);

    AnomalyRecord prepare(
        AnomalyKind kind, DemoPermit &permit, ReportPlan &plan, DemoRandom &rng) const;
    void finish(AnomalyRecord &record, DemoPermit &permit, const ReportPlan &plan,
        const ReportedDataWriter::Result &written) const;

private:
    void exceedance(
        AnomalyRecord &record, const DemoPermit &permit, ReportPlan &plan, DemoRandom &rng) const;
    void executionReport(
        AnomalyRecord &record, const DemoPermit &permit, ReportPlan &plan, DemoRandom &rng) const;
    void missingSample(
        AnomalyRecord &record, const DemoPermit &permit, ReportPlan &plan, DemoRandom &rng) const;
    void position(AnomalyRecord &record, const DemoPermit &permit, DemoRandom &rng) const;

    DemoOptions m_options;
};

} // namespace outfall::demo
