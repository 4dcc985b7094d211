#pragma once

#include "rules/ruleset.h"

namespace outfall::rules {

// R1: a field measurement (O2-corrected where the limit has a reference O2) beyond its limit.
// What it catches, its legal basis, formula and thresholds: docs/rules.md.
QList<Flag> evaluateFieldExceedance(const EvaluationContext &context);

} // namespace outfall::rules
