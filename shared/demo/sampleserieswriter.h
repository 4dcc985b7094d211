#pragma once

#include "demo/periodcalendar.h"
#include "demo/seriescontext.h"

namespace outfall::demo {

// Manual self-monitoring samples of one outlet and pollutant: one sample in every period
// of the required frequency (PeriodCalendar), on a working day where the period allows.
class SampleSeriesWriter
{
public:
    static void write(SeriesContext &context, const QString &frequency);
    // The day a sample of a period is taken (an offset into it).
    static QDate sampleDay(const DateRange &period, const QString &frequency, DemoRandom &rng);
};

} // namespace outfall::demo
