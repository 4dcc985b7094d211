#pragma once

#include "rules/ruleset.h"

namespace outfall::rules {

// R10: a checklist item answered non-compliant, with the item's severity.
// What it catches, its legal basis, formula and thresholds: docs/rules.md.
QList<Flag> evaluateChecklist(const EvaluationContext &context);

} // namespace outfall::rules
