#pragma once

#include "rules/ruleset.h"

namespace outfall::rules {

// R9: a discharging outlet found on site that the permit does not list.
// What it catches, its legal basis, formula and thresholds: docs/rules.md.
QList<Flag> evaluateUndeclaredOutlet(const EvaluationContext &context);

} // namespace outfall::rules
