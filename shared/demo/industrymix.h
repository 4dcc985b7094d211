#pragma once

#include <QtGlobal>

#include <array>

namespace outfall::demo {

enum class Industry {
    ThermalPower,
    PulpPaper,
    Electroplating,
    Dyeing,
    SewageTreatment,
    CircuitBoard,
};

// Which industry the enterprise at an index belongs to. Industries occupy contiguous
// index ranges in a fixed order (thermal power first, then pulp and paper) so the files
// list them in that order and the anomaly planner can pick candidates without generating
// anything.
class IndustryMix
{
public:
    static constexpr int kCount = 6;

    explicit IndustryMix(qint64 total);

    Industry industryOf(qint64 index) const;
    qint64 begin(Industry industry) const { return m_bounds[static_cast<int>(industry)]; }
    qint64 end(Industry industry) const { return m_bounds[static_cast<int>(industry) + 1]; }

private:
    std::array<qint64, kCount + 1> m_bounds {};
};

} // namespace outfall::demo
