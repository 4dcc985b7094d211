#pragma once

#include "rules/ruleset.h"

namespace outfall::rules {

// R14: a reported monthly amount against the amount the enterprise's own CEMS data implies.
// What it catches, its legal basis, formula and thresholds: docs/rules.md.
QList<Flag> evaluateAmountAccounting(const EvaluationContext &context);

} // namespace outfall::rules
