#pragma once

#include <QtGlobal>

namespace outfall::diag {

// Peak resident set size (VmHWM) of this process in KiB; -1 where /proc is unavailable.
// For the figures the benchmark programs and `outfall --quit-when-ready` print.
qint64 peakRssKiB();

} // namespace outfall::diag
