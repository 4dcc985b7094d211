#pragma once

#include <QDate>

#include <cstdint>

namespace outfall::demo {

// What the demo generator makes. The same options give byte-identical files.
struct DemoOptions
{
    std::uint64_t seed = 1;
    qint64 enterprises = 200;
    int months = 12; // whole calendar months of reported data before the month of asOf
    QDate asOf = QDate(2026, 11, 1); // "today" of the demo: no wall clock anywhere
    bool reports = true; // false: permits only (benchmark sets), no reports.csv

    QDate windowStart() const { return windowEnd().addMonths(-months); }
    // First day after the reported data: the first of asOf's month.
    QDate windowEnd() const { return QDate(asOf.year(), asOf.month(), 1); }
};

} // namespace outfall::demo
