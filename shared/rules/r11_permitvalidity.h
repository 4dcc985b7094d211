#pragma once

#include "rules/ruleset.h"

namespace outfall::rules {

// R11: an inspection outside the permit's validity; renewal not applied for in time.
// What it catches, its legal basis, formula and thresholds: docs/rules.md.
QList<Flag> evaluatePermitValidity(const EvaluationContext &context);

} // namespace outfall::rules
