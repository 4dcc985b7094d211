#pragma once

#include "core/positionsample.h"

#include <vector>

namespace outfall::cli {
class CommandLine;
}

namespace outfall::device {

// The --lat/--lon/--accuracy triples of a command (repeated for several fixes; the n-th
// of each belong together) and --samples, the readings the receiver averaged into each.
// Throws cli::UsageError when the counts differ or, if required, no fix is given.
std::vector<mobile::PositionSample> positionArguments(const cli::CommandLine &args, bool required);

} // namespace outfall::device
