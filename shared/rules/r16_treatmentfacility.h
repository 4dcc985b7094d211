#pragma once

#include "rules/ruleset.h"

namespace outfall::rules {

// R16: a treatment facility the application declares, missing on site before issuance, or there
// but not running when it is declared to run.
// What it catches, its legal basis, formula and thresholds: docs/rules.md.
QList<Flag> evaluateTreatmentFacility(const EvaluationContext &context);

} // namespace outfall::rules
