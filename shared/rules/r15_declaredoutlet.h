#pragma once

#include "rules/ruleset.h"

namespace outfall::rules {

// R15: an outlet the application (or permit) declares, not found on site before issuance, or found
// farther from its declared position than a fix can explain.
// What it catches, its legal basis, formula and thresholds: docs/rules.md.
QList<Flag> evaluateDeclaredOutlet(const EvaluationContext &context);

} // namespace outfall::rules
