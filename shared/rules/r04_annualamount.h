#pragma once

#include "rules/ruleset.h"

namespace outfall::rules {

// R4: reported emissions over the permitted annual amount (calendar year, any 12 months),
// and a warning when the year-to-date pace projects over it.
// What it catches, its legal basis, formula and thresholds: docs/rules.md.
QList<Flag> evaluateAnnualAmount(const EvaluationContext &context);

} // namespace outfall::rules
