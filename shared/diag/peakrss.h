#pragma once

#include <QtGlobal>

namespace outfall::diag {

// Peak resident set size (VmHWM) of this process in KiB; -1 where /proc is unavailable.
// For the figures the benchmark programs and `outfall --quit-when-ready` print.
qint64 peakRssKiB();

// Current resident set size (VmRSS) in KiB; -1 where /proc is unavailable.
qint64 rssKiB();

// Starts the peak over from the current resident set size (Linux ≥ 4.0: /proc/self/clear_refs),
// so one phase of a benchmark can be measured on its own. False when it cannot.
bool resetPeakRss();

} // namespace outfall::diag
