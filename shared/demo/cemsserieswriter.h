#pragma once

#include "demo/seriescontext.h"

#include <QList>

namespace outfall::demo {

// CEMS data of one automatically monitored outlet and pollutant: a daily value
// (cems_day) for every day of the reported months, with O2, flow and valid hours, and
// hourly values (cems_hour, local time +08:00) for the last kHourlyDays days, whose mean
// is that day's daily value.
class CemsSeriesWriter
{
public:
    static constexpr int kHourlyDays = 7;

    // Emitted tonnes per reported month (C x Q x 24 h), for the month_amount rows.
    static QList<double> write(SeriesContext &context);

    static QByteArray hourPeriod(QDate day, int hour);
};

} // namespace outfall::demo
