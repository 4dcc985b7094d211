#pragma once

#include "rules/flag.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>

namespace outfall::server {

// What evaluating one permit produced before its flags are stored.
struct PermitVerdict
{
    bool found = false; // the source had the permit
    QList<rules::Flag> flags;
    std::int64_t reportedValues = 0;
    std::int64_t loadNs = 0;
    std::int64_t rulesNs = 0;
};

// Reads and evaluates permits on `threads` worker threads and hands each verdict to `store`
// on the calling thread, in the order of `permits`. Reading a snapshot and running the rules
// are most of a full evaluation and need nothing but a read connection, so they spread over
// the cores; the flags are written by the caller alone, on its one connection and in the
// same order as a single-threaded run, so the store ends up the same.
//
// `makeWorker` runs on each worker thread and returns that thread's evaluate function
// (which owns the thread's own SQLite connection: connections are never shared across
// threads). Workers run at most `ahead` permits in front of the writer, which bounds the
// snapshots held in memory. The first exception a worker or `store` throws stops the
// workers and is rethrown here.
using EvaluateOne = std::function<PermitVerdict(const QString &permitId)>;
void runEvaluationPipeline(const QStringList &permits, int threads,
    const std::function<EvaluateOne()> &makeWorker,
    const std::function<void(qsizetype index, PermitVerdict &verdict)> &store, int ahead = 32);

} // namespace outfall::server
