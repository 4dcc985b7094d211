#pragma once

#include "rules/ruleset.h"

namespace outfall::rules {

// R3 (Chinese permits): a reported value beyond its limit on the limit's own basis. The
// NPDES/ECHO variant is a separate rule entry (r03_dmrexceedance.h).
// What it catches, its legal basis, formula and thresholds: docs/rules.md.
QList<Flag> evaluateReportedExceedance(const EvaluationContext &context);

} // namespace outfall::rules
