#pragma once

#include "rules/ruleset.h"

namespace outfall::rules {

// R12: photos and measurements taken far from every outlet and the site.
// What it catches, its legal basis, formula and thresholds: docs/rules.md.
QList<Flag> evaluateEvidenceLocation(const EvaluationContext &context);

} // namespace outfall::rules
