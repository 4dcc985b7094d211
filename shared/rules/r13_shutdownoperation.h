#pragma once

#include "rules/ruleset.h"

namespace outfall::rules {

// R13: a reported shutdown (no discharge) while an inspection saw the plant running or
// measured an emission.
// What it catches, its legal basis, formula and thresholds: docs/rules.md.
QList<Flag> evaluateShutdownOperation(const EvaluationContext &context);

} // namespace outfall::rules
