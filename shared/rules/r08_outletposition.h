#pragma once

#include "rules/ruleset.h"

namespace outfall::rules {

// R8: an outlet found farther from its permitted coordinates than the fix can explain.
// What it catches, its legal basis, formula and thresholds: docs/rules.md.
QList<Flag> evaluateOutletPosition(const EvaluationContext &context);

} // namespace outfall::rules
