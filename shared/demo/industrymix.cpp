#include "demo/industrymix.h"

#include <cmath>

namespace outfall::demo {

IndustryMix::IndustryMix(qint64 total)
{
    // Thermal power and pulp and paper are most of the district, the two industries
    // the first inspection campaigns target.
    static constexpr std::array<double, kCount> shares = {0.30, 0.30, 0.18, 0.14, 0.04, 0.04};
    double cumulative = 0;
    for (int i = 0; i < kCount; ++i) {
        cumulative += shares[static_cast<std::size_t>(i)];
        m_bounds[static_cast<std::size_t>(i) + 1] =
            std::llround(static_cast<double>(total) * cumulative);
    }
    m_bounds[kCount] = total;
}

Industry IndustryMix::industryOf(qint64 index) const
{
    for (int i = 0; i < kCount; ++i) {
        if (index < m_bounds[static_cast<std::size_t>(i) + 1])
            return static_cast<Industry>(i);
    }
    return static_cast<Industry>(kCount - 1);
}

} // namespace outfall::demo
