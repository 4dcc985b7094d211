#include "demo/cemsserieswriter.h"

#include "demo/demorandom.h"
#include "demo/valuemodel.h"

#include <cmath>

namespace outfall::demo {

namespace {

struct Conditions
{
    QByteArray o2;
    QByteArray flow;
    double flowM3h = 0;
};

Conditions conditions(const SeriesContext &c, QDate day)
{
    const DemoOutlet &outlet = c.outlet;
    const double weekly = day.dayOfWeek() >= 6 ? 0.9 : 1.0;
    const double load = c.permit.loadFactor * weekly * (1.0 + 0.05 * c.rng.normal());
    Conditions result;
    result.flowM3h = std::clamp(load, 0.2, 1.0) * outlet.designFlowM3h;
    result.flowM3h =
        outlet.medium == u"air" ? std::round(result.flowM3h) : std::round(result.flowM3h * 10) / 10;
    result.flow = ReportRow::number(result.flowM3h, outlet.medium == u"air" ? 0 : 1);
    if (c.limit.referenceO2Pct) {
        const double o2 = std::clamp(outlet.o2Pct + 0.3 * c.rng.normal(), outlet.o2Pct - 1,
            std::min(outlet.o2Pct + 1, 20.5));
        result.o2 = ReportRow::number(o2, 1);
    }
    return result;
}

void appendShutdown(SeriesContext &c, ReportRow row)
{
    row.validity = "shutdown";
    row.noData = "C";
    row.validCount = "0";
    c.append(row);
}

} // namespace

QByteArray CemsSeriesWriter::hourPeriod(QDate day, int hour)
{
    return day.toString(Qt::ISODate).toLatin1() + 'T'
        + QByteArray::number(hour).rightJustified(2, '0') + ":00+08:00";
}

QList<double> CemsSeriesWriter::write(SeriesContext &c)
{
    const ValueModel model(c.limit, c.rng);
    const double toTonnes = c.outlet.medium == u"air" ? 1e-9 : 1e-6;
    const QDate hourlyFrom = c.last.addDays(1 - kHourlyDays);
    QList<double> monthTonnes;
    QByteArray hourlyRows;
    qint64 hourlyCount = 0;
    for (QDate day = c.first; day <= c.last; day = day.addDays(1)) {
        if (day.day() == 1 || monthTonnes.isEmpty())
            monthTonnes.append(0);
        ReportRow row = c.row("cems_day");
        row.period = day.toString(Qt::ISODate).toLatin1();
        if (c.shutDown(day)) {
            appendShutdown(c, row);
            if (day >= hourlyFrom) {
                for (int hour = 0; hour < 24; ++hour) {
                    ReportRow hourRow = c.row("cems_hour");
                    hourRow.period = hourPeriod(day, hour);
                    hourRow.validity = "shutdown";
                    hourRow.noData = "C";
                    hourRow.validCount = "0";
                    hourRow.appendTo(hourlyRows);
                    ++hourlyCount;
                }
            }
            continue;
        }
        const Conditions cond = conditions(c, day);
        double value = model.daily(day, c.rng);
        int validHours = c.rng.chance(0.05) ? c.rng.range(21, 23) : 24;
        row.validity = "valid";
        if (c.rng.chance(0.01)) {
            // Calibration or repair: fewer than 20 valid hours make an invalid day
            // (HJ 75), which rules must not call an exceedance.
            row.validity = "maintenance";
            validHours = c.rng.range(12, 19);
        }
        auto &exceed = c.plan.dayExceedance;
        if (exceed && exceed->day == day && c.planned(exceed->outlet, exceed->pollutant)) {
            value = model.rounded(model.limitMax() * exceed->factor);
            exceed->written = value;
            row.validity = "valid";
            validHours = 24;
        }
        if (day >= hourlyFrom) {
            // The day's value is the mean of its hours, as a CEMS computes it.
            const int dayOffset = static_cast<int>(hourlyFrom.daysTo(day));
            double sum = 0;
            auto &flat = c.plan.flatline;
            for (int hour = 0; hour < 24; ++hour) {
                const int index = dayOffset * 24 + hour;
                double hourValue = model.hourly(value, hour, c.rng);
                if (flat && c.planned(flat->outlet, flat->pollutant) && index >= flat->startHour
                    && index < flat->startHour + flat->hours) {
                    if (index == flat->startHour)
                        flat->written = hourValue;
                    hourValue = flat->written;
                }
                sum += hourValue;
                ReportRow hourRow = c.row("cems_hour");
                hourRow.period = hourPeriod(day, hour);
                hourRow.value = ReportRow::number(hourValue, model.decimals());
                hourRow.validity = "valid";
                hourRow.o2Pct = cond.o2;
                hourRow.flowM3h = cond.flow;
                hourRow.validCount = "60";
                hourRow.appendTo(hourlyRows);
                ++hourlyCount;
            }
            value = model.rounded(sum / 24);
            validHours = 24;
            row.validity = "valid";
        }
        row.value = ReportRow::number(value, model.decimals());
        row.o2Pct = cond.o2;
        row.flowM3h = cond.flow;
        row.validCount = QByteArray::number(validHours);
        c.append(row);
        monthTonnes.last() += value * cond.flowM3h * 24 * toTonnes;
    }
    c.out += hourlyRows;
    c.rows += hourlyCount;
    return monthTonnes;
}

} // namespace outfall::demo
