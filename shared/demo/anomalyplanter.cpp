#include "demo/anomalyplanter.h"

#include "demo/cemsserieswriter.h"
#include "demo/demogeo.h"
#include "demo/demorandom.h"
#include "demo/executionschedule.h"
#include "demo/periodcalendar.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace outfall::demo {

namespace {

struct Choice
{
    const DemoOutlet *outlet = nullptr;
    const domain::MonitoringRequirement *monitoring = nullptr;
};

// The monitored (outlet, pollutant) pairs that pass `accept`, one drawn at random.
template<typename Accept>
Choice choose(const DemoPermit &permit, DemoRandom &rng, Accept accept)
{
    QList<Choice> choices;
    for (const DemoOutlet &outlet : permit.outlets) {
        for (const domain::MonitoringRequirement &monitoring : outlet.monitoring) {
            if (accept(outlet, monitoring))
                choices.append({&outlet, &monitoring});
        }
    }
    return choices.isEmpty() ? Choice {} : rng.pick(choices);
}

bool isMainAirCems(const DemoOutlet &outlet, const domain::MonitoringRequirement &monitoring)
{
    return outlet.medium == u"air" && outlet.category == u"main" && monitoring.mode == u"automatic";
}

double percentOver(double value, double limit)
{
    return std::round((value - limit) / limit * 1000) / 10;
}

} // namespace

AnomalyPlanter::AnomalyPlanter(const DemoOptions &options)
    : m_options(options)
{ }

AnomalyRecord AnomalyPlanter::prepare(
    AnomalyKind kind, DemoPermit &permit, ReportPlan &plan, DemoRandom &rng) const
{
    AnomalyRecord record;
    record.kind = kind;
    record.permit = permit.number;
    record.enterprise = permit.enterprise.name;
    record.industryCode = permit.industryCode;
    const QDate last = m_options.windowEnd().addDays(-1);
    switch (kind) {
    case AnomalyKind::ConcentrationExceedance:
        exceedance(record, permit, plan, rng);
        break;
    case AnomalyKind::AnnualTotalExceeded: {
        const Choice choice = choose(permit, rng, [](const auto &outlet, const auto &m) {
            return isMainAirCems(outlet, m) && outlet.limitFor(m.pollutant)->annualT;
        });
        record.outlet = choice.outlet->code;
        record.pollutant = choice.monitoring->pollutant;
        record.record = u"month_amount"_s;
        const QDate lastMonth = last.addMonths(-std::min(12, m_options.months) + 1);
        record.period = QDate(lastMonth.year(), lastMonth.month(), 1).toString(u"yyyy-MM"_s) + u'/'
            + last.toString(u"yyyy-MM"_s);
        record.note = u"The monthly amounts of the last 12 months add up to more than the "
                      u"permitted annual amount."_s;
        break;
    }
    case AnomalyKind::MissingExecutionReport:
    case AnomalyKind::LateExecutionReport:
        executionReport(record, permit, plan, rng);
        break;
    case AnomalyKind::MissingSample:
        missingSample(record, permit, plan, rng);
        break;
    case AnomalyKind::CemsFlatline: {
        const Choice choice = choose(permit, rng, isMainAirCems);
        const int hours = rng.range(26, 36);
        plan.flatline = ReportPlan::Flatline {choice.outlet->code, choice.monitoring->pollutant,
            rng.bounded(CemsSeriesWriter::kHourlyDays * 24 - hours), hours, 0};
        record.outlet = choice.outlet->code;
        record.pollutant = choice.monitoring->pollutant;
        record.record = u"cems_hour"_s;
        record.note = u"Identical CEMS hourly values for more than a day: a frozen analyser "
                      u"or substituted data."_s;
        break;
    }
    case AnomalyKind::MovedOutlet:
    case AnomalyKind::UndeclaredOutlet:
        position(record, permit, rng);
        break;
    case AnomalyKind::ExpiredPermit: {
        permit.issuedOn = m_options.asOf.addYears(-5).addDays(-rng.range(20, 200));
        permit.validFrom = permit.issuedOn;
        permit.validTo = permit.issuedOn.addYears(5).addDays(-1);
        permit.renewalAppliedOn = QDate(); // not renewed: that is the anomaly
        record.period =
            permit.validFrom.toString(Qt::ISODate) + u'/' + permit.validTo.toString(Qt::ISODate);
        record.expected = {{u"valid_to"_s, permit.validTo.toString(Qt::ISODate)},
            {u"as_of"_s, m_options.asOf.toString(Qt::ISODate)},
            {u"days_expired"_s, permit.validTo.daysTo(m_options.asOf)}};
        record.note = u"The permit expired before asOf and was not renewed; the plant still "
                      u"discharges."_s;
        break;
    }
    case AnomalyKind::ShutdownWhileRunning: {
        plan.shutdownFrom = last.addDays(-13);
        record.record = u"cems_day"_s;
        record.period = DateRange {*plan.shutdownFrom, last}.label();
        record.expected = {{u"validity"_s, u"shutdown"_s}, {u"no_data"_s, u"C"_s},
            {u"from"_s, plan.shutdownFrom->toString(Qt::ISODate)},
            {u"to"_s, last.toString(Qt::ISODate)}};
        record.truth = {
            {u"status"_s, u"running"_s}, {u"load_pct"_s, std::round(permit.loadFactor * 100)}};
        record.note = u"Reported shut down (no discharge) for the last two weeks, but the "
                      u"plant is running at normal load."_s;
        break;
    }
    }
    return record;
}

void AnomalyPlanter::exceedance(
    AnomalyRecord &record, const DemoPermit &permit, ReportPlan &plan, DemoRandom &rng) const
{
    const double factor = std::round(rng.uniform(1.2, 1.6) * 100) / 100;
    Choice choice = choose(permit, rng, isMainAirCems);
    if (choice.outlet) {
        // Before the hourly window, so no hourly value has to carry the excess.
        const qint64 days =
            m_options.windowStart().daysTo(m_options.windowEnd()) - CemsSeriesWriter::kHourlyDays;
        const QDate day = m_options.windowStart().addDays(rng.bounded64(days));
        plan.dayExceedance = ReportPlan::DayExceedance {
            choice.outlet->code, choice.monitoring->pollutant, day, factor, 0};
        record.record = u"cems_day"_s;
        record.period = day.toString(Qt::ISODate);
    } else {
        choice = choose(
            permit, rng, [](const DemoOutlet &outlet, const domain::MonitoringRequirement &m) {
                return outlet.medium == u"water" && m.mode == u"manual" && m.pollutant != u"PH"
                    && (m.frequency == u"weekly" || m.frequency == u"monthly");
            });
        const int periods = static_cast<int>(PeriodCalendar::periods(choice.monitoring->frequency,
            m_options.windowStart(), m_options.windowEnd().addDays(-1))
                                                 .size());
        plan.sampleExceedance = ReportPlan::SampleExceedance {choice.outlet->code,
            choice.monitoring->pollutant, rng.bounded(periods), factor, QDate(), 0};
        record.record = u"sample"_s;
    }
    record.outlet = choice.outlet->code;
    record.pollutant = choice.monitoring->pollutant;
    record.note = u"A reported value over the permit's concentration limit."_s;
}

void AnomalyPlanter::executionReport(
    AnomalyRecord &record, const DemoPermit &permit, ReportPlan &plan, DemoRandom &rng) const
{
    const bool late = record.kind == AnomalyKind::LateExecutionReport;
    QList<DuePeriod> due =
        ExecutionSchedule::duePeriods(permit.schedule, m_options.windowStart(), m_options.asOf);
    // A late report must still have been filed before asOf.
    if (late)
        due.removeIf([&](const DuePeriod &p) { return p.dueOn.daysTo(m_options.asOf) <= 30; });
    if (due.isEmpty())
        return;
    const DuePeriod &period = rng.pick(due);
    plan.executionReport = ReportPlan::ExecutionReport {
        period.kind, period.period, late ? rng.range(5, 25) : -1, QDate()};
    record.record = u"execution_report"_s;
    record.period = period.period;
    record.expected = {
        {u"report_kind"_s, period.kind}, {u"due_on"_s, period.dueOn.toString(Qt::ISODate)}};
    record.note = late ? u"An execution report filed after its deadline."_s
                       : u"An execution report that was due and never filed."_s;
}

void AnomalyPlanter::missingSample(
    AnomalyRecord &record, const DemoPermit &permit, ReportPlan &plan, DemoRandom &rng) const
{
    const Choice choice =
        choose(permit, rng, [](const DemoOutlet &, const domain::MonitoringRequirement &m) {
            return m.mode == u"manual"
                && (m.frequency == u"weekly" || m.frequency == u"monthly"
                    || m.frequency == u"quarterly");
        });
    const QList<DateRange> periods = PeriodCalendar::periods(
        choice.monitoring->frequency, m_options.windowStart(), m_options.windowEnd().addDays(-1));
    // Not the first or last period, which may be clipped by the window's edges.
    const int index = periods.size() > 2 ? rng.range(1, static_cast<int>(periods.size()) - 2) : 0;
    plan.missingSample =
        ReportPlan::MissingSample {choice.outlet->code, choice.monitoring->pollutant, index};
    record.outlet = choice.outlet->code;
    record.pollutant = choice.monitoring->pollutant;
    record.record = u"sample"_s;
    record.period = periods[index].label();
    record.expected = {{u"frequency"_s, choice.monitoring->frequency}, {u"samples_required"_s, 1},
        {u"samples_found"_s, 0}};
    record.note = u"No manual sample in a period the monitoring frequency requires one."_s;
}

void AnomalyPlanter::position(
    AnomalyRecord &record, const DemoPermit &permit, DemoRandom &rng) const
{
    if (record.kind == AnomalyKind::MovedOutlet) {
        const DemoOutlet &outlet = rng.pick(permit.outlets);
        const GeoPoint declared {outlet.lat, outlet.lon};
        const GeoPoint truth =
            DemoGeo::offset(declared, rng.uniform(150, 400), rng.uniform(0, 360));
        record.outlet = outlet.code;
        record.expected = {{u"lat"_s, declared.lat}, {u"lon"_s, declared.lon}};
        record.truth = {{u"lat"_s, truth.lat}, {u"lon"_s, truth.lon},
            {u"distance_m"_s, std::round(DemoGeo::distanceMetres(declared, truth))}};
        record.note = u"The outlet is not where the permit puts it."_s;
        return;
    }
    const GeoPoint site {*permit.enterprise.lat, *permit.enterprise.lon};
    const GeoPoint truth = DemoGeo::offset(site, rng.uniform(60, 250), rng.uniform(0, 360));
    record.truth = {{u"lat"_s, truth.lat}, {u"lon"_s, truth.lon}, {u"medium"_s, u"water"_s},
        {u"description_zh"_s, u"暗管向雨水管网排放生产废水"_s},
        {u"description_en"_s,
            u"Concealed pipe discharging process wastewater into the storm drain"_s}};
    record.note = u"A discharging outlet that is not on the permit (illegal discharge)."_s;
}

void AnomalyPlanter::finish(AnomalyRecord &record, DemoPermit &permit, const ReportPlan &plan,
    const ReportedDataWriter::Result &written) const
{
    const DemoOutlet *outlet = nullptr;
    for (DemoOutlet &candidate : permit.outlets) {
        if (candidate.code == record.outlet)
            outlet = &candidate;
    }
    switch (record.kind) {
    case AnomalyKind::ConcentrationExceedance: {
        const domain::EmissionLimit *limit = outlet->limitFor(record.pollutant);
        const double value =
            plan.dayExceedance ? plan.dayExceedance->written : plan.sampleExceedance->written;
        if (plan.sampleExceedance)
            record.period = plan.sampleExceedance->day.toString(Qt::ISODate);
        record.expected = {{u"value"_s, value}, {u"limit"_s, *limit->max}, {u"unit"_s, limit->unit},
            {u"basis"_s, limit->basis}, {u"exceedance_pct"_s, percentOver(value, *limit->max)}};
        break;
    }
    case AnomalyKind::AnnualTotalExceeded: {
        const double reported = written.twelveMonthTonnes.value(
            ReportedDataWriter::amountKey(record.outlet, record.pollutant));
        // The permit's amount was cut at renewal below what the plant now emits.
        const double permitted = std::floor(reported * 0.8 * 10) / 10;
        for (DemoOutlet &candidate : permit.outlets) {
            for (domain::EmissionLimit &limit : candidate.limits) {
                if (candidate.code == record.outlet && limit.pollutant == record.pollutant)
                    limit.annualT = permitted;
            }
        }
        record.expected = {{u"reported_t"_s, std::round(reported * 1000) / 1000},
            {u"annual_t"_s, permitted}, {u"exceedance_pct"_s, percentOver(reported, permitted)}};
        break;
    }
    case AnomalyKind::LateExecutionReport:
        if (plan.executionReport) {
            record.expected.insert(
                u"filed_on"_s, plan.executionReport->filedOn.toString(Qt::ISODate));
            record.expected.insert(u"days_late"_s, plan.executionReport->daysLate);
        }
        break;
    case AnomalyKind::CemsFlatline: {
        const QDate from = m_options.windowEnd().addDays(-CemsSeriesWriter::kHourlyDays);
        const int start = plan.flatline->startHour;
        const int end = start + plan.flatline->hours - 1;
        record.period =
            QString::fromLatin1(CemsSeriesWriter::hourPeriod(from.addDays(start / 24), start % 24)
                + '/' + CemsSeriesWriter::hourPeriod(from.addDays(end / 24), end % 24));
        record.expected = {{u"value"_s, plan.flatline->written}, {u"hours"_s, plan.flatline->hours},
            {u"unit"_s, outlet->limitFor(record.pollutant)->unit}};
        break;
    }
    default:
        break;
    }
}

} // namespace outfall::demo
