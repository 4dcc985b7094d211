#pragma once

#include "rules/permitsnapshot.h"

namespace outfall::rules::CemsValidity {

// HJ 75-2017 / HJ 76-2017 data validity (DOMAIN.md §2): a valid hour has at least 45 valid
// minutes, a valid day at least 20 valid hours, a valid month at least 25 valid days
// (February 23). One place for R3, R7 and R14.
inline constexpr int kHourMinutes = 45;
inline constexpr int kDayHours = 20;

constexpr int monthDays(int month)
{
    return month == 2 ? 23 : 25;
}

// Whether the row's stated count of valid minutes (an hour) or hours (a day) is enough; a row
// that states none is taken as complete.
inline bool hourComplete(const SnapshotReportedValue &row)
{
    return !row.validCount || *row.validCount >= kHourMinutes;
}

inline bool dayComplete(const SnapshotReportedValue &row)
{
    return !row.validCount || *row.validCount >= kDayHours;
}

} // namespace outfall::rules::CemsValidity
