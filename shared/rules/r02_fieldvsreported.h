#pragma once

#include "rules/ruleset.h"

namespace outfall::rules {

// R2: a field measurement against the enterprise's own reported value for the same outlet,
// pollutant and time.
// What it catches, its legal basis, formula and thresholds: docs/rules.md.
QList<Flag> evaluateFieldVsReported(const EvaluationContext &context);

} // namespace outfall::rules
