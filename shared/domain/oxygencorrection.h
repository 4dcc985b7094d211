#pragma once

namespace outfall::domain {

// Stack-gas concentrations are compared with limits at a reference oxygen content
// (DOMAIN.md §2): C = C' × (21 − O2ref) / (21 − O2meas).
namespace OxygenCorrection {

// measured: C' in any concentration unit; o2MeasuredPct and o2ReferencePct in % by volume.
// Throws std::invalid_argument when O2meas is outside 0 ≤ x < 21 (at 21 % the flue gas is
// air and the formula divides by zero), O2ref outside 0 ≤ x < 21, or measured < 0.
double correct(double measured, double o2MeasuredPct, double o2ReferencePct);

} // namespace OxygenCorrection

} // namespace outfall::domain
