#pragma once

#include "rules/ruleset.h"

namespace outfall::rules {

// R17: the production capacity seen on site before issuance above the capacity declared.
// What it catches, its legal basis, formula and thresholds: docs/rules.md.
QList<Flag> evaluateDeclaredCapacity(const EvaluationContext &context);

} // namespace outfall::rules
