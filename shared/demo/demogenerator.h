#pragma once

#include "demo/demooptions.h"

#include <QString>

#include <functional>

namespace outfall::demo {

struct DemoSummary
{
    qint64 enterprises = 0;
    qint64 outlets = 0;
    qint64 reportRows = 0;
    qint64 anomalies = 0;
    qint64 bytes = 0; // all files written
};

// Writes the demo data set into a directory: permits.jsonl, reports.csv (unless
// options.reports is off), checklists.json, staff.csv and anomalies.json. Enterprises are
// generated and written one at a time, so memory does not grow with their number; only
// the handful of planted anomalies is held until the end.
class DemoGenerator
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit DemoGenerator(const DemoOptions &options);

    // Called every `every` enterprises and once at the end.
    void setProgress(Progress progress, qint64 every = 10000);

    // Throws std::runtime_error when a file cannot be written.
    DemoSummary generate(const QString &outDir) const;

private:
    DemoOptions m_options;
    Progress m_progress;
    qint64 m_progressEvery = 10000;
};

} // namespace outfall::demo
