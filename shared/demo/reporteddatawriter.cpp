#include "demo/reporteddatawriter.h"

#include "demo/cemsserieswriter.h"
#include "demo/demorandom.h"
#include "demo/executionschedule.h"
#include "demo/sampleserieswriter.h"
#include "demo/seriescontext.h"

namespace outfall::demo {

namespace {

double largestTwelveMonths(const QList<double> &months)
{
    const qsizetype span = std::min<qsizetype>(12, months.size());
    double best = 0;
    for (qsizetype start = 0; start + span <= months.size(); ++start) {
        double sum = 0;
        for (qsizetype i = start; i < start + span; ++i)
            sum += months[i];
        best = std::max(best, sum);
    }
    return best;
}

} // namespace

ReportedDataWriter::ReportedDataWriter(const DemoOptions &options)
    : m_options(options)
{ }

ReportedDataWriter::Result ReportedDataWriter::write(
    const DemoPermit &permit, ReportPlan &plan, DemoRandom &rng, QByteArray &out) const
{
    Result result;
    const QDate first = m_options.windowStart();
    const QDate last = m_options.windowEnd().addDays(-1);
    for (const DemoOutlet &outlet : permit.outlets) {
        for (const domain::MonitoringRequirement &monitoring : outlet.monitoring) {
            const domain::EmissionLimit *limit = outlet.limitFor(monitoring.pollutant);
            if (!limit)
                continue;
            SeriesContext context {permit, outlet, *limit, plan, rng, first, last, out};
            if (monitoring.mode == u"automatic") {
                const QList<double> months = CemsSeriesWriter::write(context);
                if (limit->annualT) {
                    context.rows += writeAmounts(permit, outlet, *limit, months, out);
                    result.twelveMonthTonnes.insert(
                        amountKey(outlet.code, limit->pollutant), largestTwelveMonths(months));
                }
            } else {
                SampleSeriesWriter::write(context, monitoring.frequency);
            }
            result.rows += context.rows;
        }
    }
    result.rows += writeExecutionReports(permit, plan, rng, out);
    return result;
}

qint64 ReportedDataWriter::writeAmounts(const DemoPermit &permit, const DemoOutlet &outlet,
    const domain::EmissionLimit &limit, const QList<double> &monthTonnes, QByteArray &out) const
{
    QDate month = m_options.windowStart();
    for (const double tonnes : monthTonnes) {
        ReportRow row;
        row.record = "month_amount";
        row.permit = permit.number.toUtf8();
        row.outlet = outlet.code.toUtf8();
        row.pollutant = limit.pollutant.toUtf8();
        row.period = month.toString(u"yyyy-MM").toLatin1();
        row.value = ReportRow::number(tonnes, 3);
        row.unit = "t";
        row.appendTo(out);
        month = month.addMonths(1);
    }
    return monthTonnes.size();
}

qint64 ReportedDataWriter::writeExecutionReports(
    const DemoPermit &permit, ReportPlan &plan, DemoRandom &rng, QByteArray &out) const
{
    qint64 rows = 0;
    const auto due =
        ExecutionSchedule::duePeriods(permit.schedule, m_options.windowStart(), m_options.asOf);
    for (const DuePeriod &period : due) {
        QDate filed =
            std::max(period.range.last.addDays(1), period.dueOn.addDays(-rng.range(1, 14)));
        auto &planned = plan.executionReport;
        if (planned && planned->kind == period.kind && planned->period == period.period) {
            if (planned->daysLate < 0)
                continue;
            filed = period.dueOn.addDays(planned->daysLate);
            planned->filedOn = filed;
        }
        ReportRow row;
        row.record = "execution_report";
        row.permit = permit.number.toUtf8();
        row.period = period.period.toLatin1();
        row.filedOn = filed.toString(Qt::ISODate).toLatin1();
        row.appendTo(out);
        ++rows;
    }
    return rows;
}

} // namespace outfall::demo
