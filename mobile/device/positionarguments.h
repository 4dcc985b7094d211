#pragma once

#include "core/positionsample.h"

#include <vector>

namespace outfall::device {

class CliArguments;

// The --lat/--lon/--accuracy triples of a command (repeated for several fixes; the n-th
// of each belong together) and --samples, the readings the receiver averaged into each.
// Throws UsageError when the counts differ or, if required, no fix is given.
std::vector<mobile::PositionSample> positionArguments(const CliArguments &args, bool required);

} // namespace outfall::device
