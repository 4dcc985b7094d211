#pragma once

#include "rules/flag.h"
#include "rules/permitsnapshot.h"
#include "rules/ruleset.h"

#include <QStringList>

#include <optional>

namespace outfall::rules {

// R3 on US NPDES data (docs/echo.md): a DMR value beyond its limit, computed the way ECHO
// computes its exceedence_pct, so that the two agree:
//  - maximum: (v − L) / L × 100; minimum: (L − v) / L × 100; percent-removal parameters
//    (81010, 81011): the excess on the fraction not removed, |v − L| / (100 − L) × 100;
//  - a stay value replaces the limit; where the value's unit is not the limit's, both are
//    compared in ECHO's standard units;
//  - `>` on a maximum (`<` on a minimum) beyond the limit is open-ended: ECHO stores 99999;
//  - pH (00400) gets no percentage; a zero limit gives none either;
//  - NODI rows are not values; a limit to report only is not a limit;
//  - an alert limit (ALR) excursion is a warning, never a violation.
// ECHO stores a whole percent rounded half up; the flag keeps the exact percent and shows
// ECHO's figure beside it.
struct DmrAssessment
{
    enum class Outcome {
        NotAValue, // a NODI code, or no value
        NoLimit, // monitor and report only
        NotComparable, // units differ and a standard-unit figure is missing
        Within,
        Undetermined, // `>` v on a maximum with v under it: could be either side
        Exceeded,
        OpenEnded, // beyond the limit by an amount the report does not give
    };
    Outcome outcome = Outcome::NotAValue;
    bool minimum = false; // a minimum-type limit
    bool standardUnits = false; // compared in ECHO's standard units
    double value = 0;
    double limit = 0; // the stay value when one holds
    QString unit;
    std::optional<double> percent; // exact; none for pH, open-ended values and zero limits
    std::optional<int> echoFigure; // what ECHO stores: percent rounded half up, or 99999
    QList<FlagStep> steps;

    bool beyondLimit() const
    {
        return outcome == Outcome::Exceeded || outcome == Outcome::OpenEnded;
    }
};

DmrAssessment assessDmrValue(const SnapshotDmrValue &value);

// A percent as ECHO stores it: a whole percent, half up. The inputs are decimals of a few
// digits, so a result within 1e-9 of a half is a true half that binary arithmetic missed
// (1.005 / 1 − 1 = 0.00499999…).
int echoRoundedPercent(double percent);

// ECHO's sentinel for an open-ended excess.
inline constexpr int kEchoOpenEnded = 99999;

QList<Flag> evaluateDmrExceedance(const EvaluationContext &context);

} // namespace outfall::rules
