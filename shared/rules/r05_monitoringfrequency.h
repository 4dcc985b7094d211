#pragma once

#include "rules/ruleset.h"

namespace outfall::rules {

// R5: fewer manual self-monitoring samples in a period than the permit requires.
// What it catches, its legal basis, formula and thresholds: docs/rules.md.
QList<Flag> evaluateMonitoringFrequency(const EvaluationContext &context);

} // namespace outfall::rules
