#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace outfall::demo {

// What the reported-data writer must do differently for one enterprise so that a planted
// anomaly appears in the data. The writer fills in the `written` fields with what it
// actually wrote, which anomalies.json then quotes.
struct ReportPlan
{
    struct DayExceedance // a CEMS daily value over the limit
    {
        QString outlet;
        QString pollutant;
        QDate day;
        double factor = 1.3; // times the limit
        double written = 0;
    };
    struct SampleExceedance // a manual sample over the limit
    {
        QString outlet;
        QString pollutant;
        int periodIndex = 0;
        double factor = 1.3;
        QDate day;
        double written = 0;
    };
    struct Flatline // identical CEMS hourly values
    {
        QString outlet;
        QString pollutant;
        int startHour = 0; // hours after the first hour of the hourly window
        int hours = 0;
        double written = 0;
    };
    struct MissingSample
    {
        QString outlet;
        QString pollutant;
        int periodIndex = 0;
    };
    struct ExecutionReport // missing (daysLate < 0) or filed late
    {
        QString kind;
        QString period;
        int daysLate = -1;
        QDate filedOn;
    };

    std::optional<DayExceedance> dayExceedance;
    std::optional<SampleExceedance> sampleExceedance;
    std::optional<Flatline> flatline;
    std::optional<MissingSample> missingSample;
    std::optional<ExecutionReport> executionReport;
    std::optional<QDate> shutdownFrom; // reported shut down from this day to the window's end
};

} // namespace outfall::demo
