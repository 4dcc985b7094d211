#pragma once

#include "rules/ruleset.h"

namespace outfall::rules {

// R6: an execution report missing or filed late against the permit's own schedule.
// What it catches, its legal basis, formula and thresholds: docs/rules.md.
QList<Flag> evaluateExecutionReport(const EvaluationContext &context);

} // namespace outfall::rules
