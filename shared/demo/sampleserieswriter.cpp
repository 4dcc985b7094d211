#include "demo/sampleserieswriter.h"

#include "demo/demorandom.h"
#include "demo/periodcalendar.h"
#include "demo/valuemodel.h"

namespace outfall::demo {

QDate SampleSeriesWriter::sampleDay(
    const DateRange &period, const QString &frequency, DemoRandom &rng)
{
    const int days = period.days();
    if (frequency == u"weekly") // Tuesday to Thursday when the week is whole
        return period.first.addDays(std::min(rng.range(1, 3), days - 1));
    if (frequency == u"monthly")
        return period.first.addDays(std::min(rng.range(4, 24), days - 1));
    return period.first.addDays(rng.bounded(days));
}

void SampleSeriesWriter::write(SeriesContext &c, const QString &frequency)
{
    const ValueModel model(c.limit, c.rng);
    const double detection = ValueModel::detectionLimit(c.limit.pollutant);
    const QList<DateRange> periods = PeriodCalendar::periods(frequency, c.first, c.last);
    for (int i = 0; i < periods.size(); ++i) {
        const QDate day = sampleDay(periods[i], frequency, c.rng);
        const auto &missing = c.plan.missingSample;
        if (missing && missing->periodIndex == i && c.planned(missing->outlet, missing->pollutant))
            continue;
        ReportRow row = c.row("sample");
        row.period = day.toString(Qt::ISODate).toLatin1();
        if (c.shutDown(day)) {
            row.validity = "shutdown";
            row.noData = "C";
            c.append(row);
            continue;
        }
        double value = model.daily(day, c.rng);
        auto &exceed = c.plan.sampleExceedance;
        if (exceed && exceed->periodIndex == i && c.planned(exceed->outlet, exceed->pollutant)) {
            value = model.rounded(model.limitMax() * exceed->factor);
            exceed->written = value;
            exceed->day = day;
        } else if (detection > 0 && c.rng.chance(0.3)) {
            row.qualifier = "<";
            value = detection;
        }
        row.value = ReportRow::number(value, std::max(model.decimals(), detection > 0 ? 4 : 0));
        row.validity = "valid";
        if (c.limit.referenceO2Pct)
            row.o2Pct = ReportRow::number(c.outlet.o2Pct + 0.3 * c.rng.normal(), 1);
        c.append(row);
    }
}

} // namespace outfall::demo
