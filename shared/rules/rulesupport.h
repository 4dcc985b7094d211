#pragma once

#include "rules/flag.h"
#include "rules/permitsnapshot.h"
#include "rules/reportedindex.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace outfall::rules::support {

// What the rule files share: numbers as flags print them, unit conversion that never
// guesses, the words for limits and reported rows, and the evidence links.

// 52.4, 0.0312, 1.5e+09: at most six significant digits, no trailing zeros.
QString num(double value);
// 20.3 (one decimal) for percentages.
QString pct(double value);

// `value` in unit `from` expressed in unit `to`; nothing when either unit is unknown or they
// are of different dimensions (a rule then compares nothing rather than a wrong number).
std::optional<double> convert(double value, const QString &from, const QString &to);

// "≤ 35 mg/Nm3", "≥ 6 pH", "6–9 pH".
QString limitBound(const SnapshotLimit &limit);
// The same without its unit ("≤ 35"), for a flag input, which carries the unit beside it.
QString limitRange(const SnapshotLimit &limit);
// "hourly limit ≤ 35 mg/Nm3 at 6 % O2".
QString limitText(const SnapshotLimit &limit);
QString basisZh(const QString &basis);

// A reported row counts as valid data: validity valid (the default) and not a no-data row.
bool isValid(const SnapshotReportedValue &row);
// A row whose value can be compared with a limit: valid, with a value, and not below the
// detection limit (a non-detect is not a value).
bool isComparable(const SnapshotReportedValue &row);
// The row reports no discharge: validity shutdown, or the no-data code C (no discharge).
bool reportsNoDischarge(const SnapshotReportedValue &row);

QString pollutantZh(const QString &code);
QString pollutantEn(const QString &code);
// The outlet's code and name for a message: "DA001 1#机组锅炉烟囱", or the id when unknown.
QString outletLabel(const PermitSnapshot &snapshot, const QString &outletId);
QString outletCode(const PermitSnapshot &snapshot, const QString &outletId);

// The first limit of the outlet on `pollutant` with a reference O2, else nullptr.
const SnapshotLimit *oxygenLimit(const SnapshotOutlet &outlet, const QString &pollutant);

EvidenceLink link(const QString &kind, const QString &id);
// An input named in English; its Chinese comes from the catalogue (rules/flagterms.h).
FlagInput input(const QString &name, const QString &value, const QString &unit = {},
    const QString &source = {});
// A line of the computation in both languages, numbers substituted in each.
FlagStep step(const QString &en, const QString &zh);
// A line of numbers and symbols only ("52.4 > 35"): the same in both languages.
FlagStep formula(const QString &text);
QString rowSource(const SnapshotReportedValue &row); // "reported_value <id> (cems_hour 2026-…)"
QString rowValue(const SnapshotReportedValue &row); // "<0.05", "52.4", "no data (C)"

// Sorted evidence without repeats, so a flag's content never depends on input order.
void normalise(Flag &flag);

} // namespace outfall::rules::support
