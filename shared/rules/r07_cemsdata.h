#pragma once

#include "rules/ruleset.h"

namespace outfall::rules {

// R7: CEMS data capture below the HJ 75/76 validity rules, and flat-lined hourly values.
// What it catches, its legal basis, formula and thresholds: docs/rules.md.
QList<Flag> evaluateCemsData(const EvaluationContext &context);

} // namespace outfall::rules
