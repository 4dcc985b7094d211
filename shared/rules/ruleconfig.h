#pragma once

#include <QHash>
#include <QString>

namespace outfall::rules {

// The thresholds and tolerances of every rule, with documented defaults (docs/rules.md).
// One file holds them all: shared/rules/data/thresholds.json is compiled in as the
// defaults; a deployment may pass its own file, which overrides the keys it names (a
// pollutant of r2_tolerances overrides that pollutant only). The keys, their ranges and why
// each default is what it is: docs/rules.md "Thresholds".
struct RuleConfig
{
    // R2: a field value and the reported one differ when |field − reported| >
    // max(absolute tolerance, relative tolerance × field value). Per pollutant, with a
    // default for pollutants not named.
    struct Tolerance
    {
        double absolute = 0; // in the pollutant's catalogue unit (domain::Pollutant)
        double relative = 0.3;
    };
    Tolerance defaultTolerance;
    QHash<QString, Tolerance> tolerances; // by pollutant code
    Tolerance toleranceFor(const QString &pollutant) const;
    int sampleWindowDays = 7; // R2: a manual sample within ± this many days

    double annualWarningPaceRatio = 1.0; // R4: warn when the projected year exceeds this share
    int flatlineHours = 24; // R7: identical valid hourly values in a row
    double positionMinimumM = 50; // R8: max(this, accuracyFactor × fix accuracy)
    double positionAccuracyFactor = 2;
    int renewalDaysBeforeExpiry = 60; // R11
    double evidenceDistanceM = 300; // R12
    double amountTolerancePct = 10; // R14: reported vs CEMS-derived monthly amount

    static RuleConfig defaults(); // the compiled-in thresholds.json
    // Reads a configuration file over the defaults. Throws std::runtime_error naming the
    // file and the key on an unknown key, a wrong type or a value out of range.
    static RuleConfig fromFile(const QString &path);
};

} // namespace outfall::rules
