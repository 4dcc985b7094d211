#pragma once

// What the benchmark programs share: elapsed milliseconds, percentiles of a sample, and one
// printed figure a line.
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace benchfigures {

inline double millis(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Nearest-rank percentile of an unsorted sample (copied: the caller keeps its order).
inline double percentile(std::vector<double> sample, double p)
{
    if (sample.empty())
        return 0;
    std::sort(sample.begin(), sample.end());
    const auto rank = static_cast<std::size_t>(p / 100.0 * static_cast<double>(sample.size()));
    return sample[std::min(rank, sample.size() - 1)];
}

inline double median(const std::vector<double> &sample)
{
    return percentile(sample, 50);
}

inline void line(const char *what, double value, const char *unit)
{
    std::printf("  %-56s %10.1f %s\n", what, value, unit);
}

} // namespace benchfigures
