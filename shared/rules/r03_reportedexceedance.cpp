#include "rules/r03_reportedexceedance.h"

#include "domain/exceedance.h"
#include "rules/cemsvalidity.h"
#include "rules/rulesupport.h"

#include <QMap>

#include <algorithm>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::rules {

namespace {

using namespace support;

// Comparable with a limit: valid data and not a non-detect.
bool comparable(const ReportedRow &r)
{
    return r.valid && r.row->qualifier != u"<";
}

bool validHour(const ReportedRow &r)
{
    return comparable(r) && CemsValidity::hourComplete(*r.row);
}

bool validDay(const ReportedRow &r)
{
    return comparable(r) && CemsValidity::dayComplete(*r.row);
}

// One reported figure judged against the limit.
struct Observation
{
    const SnapshotReportedValue *row = nullptr; // null for a mean computed from hours
    QList<const SnapshotReportedValue *> from; // the hours a computed mean rests on
    QString what; // "cems_hour 2026-03-14T02", "mean of 22 valid hours"
    QString whatZh; // "cems_hour 2026-03-14T02", "22 个有效小时的均值"
    double value = 0; // in the limit's unit
    double reportedValue = 0;
    QString reportedUnit;
    domain::Exceedance exceedance;
    bool inferred = false; // a daily mean against an hourly bound
};

// A limit with nothing to compare (no bound, a bound of 0) raises nothing.
std::optional<domain::Exceedance> judge(
    const SnapshotLimit &limit, double value, const QString &qualifier)
{
    try {
        domain::Exceedance e = domain::Exceedance::evaluate(value, limit.min, limit.max);
        // "> x" says the value is above x: proof against a maximum, nothing against a minimum.
        if (qualifier == u">" && e.side == domain::Exceedance::Side::Min)
            return std::nullopt;
        return e;
    } catch (const std::invalid_argument &) {
        return std::nullopt;
    }
}

std::optional<Observation> observe(const SnapshotLimit &limit, const SnapshotReportedValue &row)
{
    const auto value = convert(*row.value, row.unit, limit.unit);
    if (!value)
        return std::nullopt;
    const auto e = judge(limit, *value, row.qualifier);
    if (!e || !e->violation)
        return std::nullopt;
    Observation o;
    o.row = &row;
    o.what = row.kind + u' ' + row.period;
    o.whatZh = o.what;
    o.value = *value;
    o.reportedValue = *row.value;
    o.reportedUnit = row.unit;
    o.exceedance = *e;
    return o;
}

QString boundText(const SnapshotLimit &limit, const Observation &o)
{
    return o.exceedance.side == domain::Exceedance::Side::Min ? num(*limit.min) : num(*limit.max);
}

Flag dayFlag(const PermitSnapshot &s, const SnapshotOutlet &outlet, const SnapshotLimit &limit,
    const QString &period, const QList<Observation> &observations, int validHours)
{
    Flag flag;
    flag.severity = Severity::Violation;
    flag.subject = {s.permitId, outlet.id, limit.pollutant, period, limit.basis};
    const Observation *worst = nullptr;
    for (const Observation &o : observations) {
        if (!worst || o.exceedance.percent > worst->exceedance.percent)
            worst = &o;
    }
    flag.exceedancePct = worst->exceedance.percent;
    const QString limitSource = u"emission_limit "_s + limit.id;
    flag.inputs.append(input(u"limit"_s, limitRange(limit), limit.unit, limitSource));
    flag.inputs.append(input(u"basis"_s, limit.basis, {}, limitSource));
    if (limit.referenceO2Pct)
        flag.inputs.append(
            input(u"O2 reference"_s, num(*limit.referenceO2Pct), u"%"_s, limitSource));
    flag.evidence.append(link(u"emission_limit"_s, limit.id));

    // Every exceeding figure is evidence; the steps show the first 24 of them in time order
    // and say how many more there are.
    int shown = 0;
    for (const Observation &o : observations) {
        if (o.row) {
            flag.inputs.append(
                input(u"reported value"_s, rowValue(*o.row), o.row->unit, rowSource(*o.row)));
            flag.evidence.append(link(u"reported_value"_s, o.row->id));
        }
        for (const SnapshotReportedValue *hour : o.from)
            flag.evidence.append(link(u"reported_value"_s, hour->id));
        if (shown++ >= 24)
            continue;
        QString conversion;
        if (o.reportedUnit != limit.unit)
            conversion = u"%1 %2 = %3 %4; "_s.arg(
                num(o.reportedValue), o.reportedUnit, num(o.value), limit.unit);
        const bool below = o.exceedance.side == domain::Exceedance::Side::Min;
        const QString comparison = below ? u"%1: %2 < %3, (%3 − %2) / %3 × 100 = %4 %"_s
                                         : u"%1: %2 > %3, (%2 − %3) / %3 × 100 = %4 %"_s;
        FlagStep line = step(conversion
                + comparison.arg(
                    o.what, num(o.value), boundText(limit, o), pct(o.exceedance.percent)),
            conversion
                + comparison.arg(
                    o.whatZh, num(o.value), boundText(limit, o), pct(o.exceedance.percent)));
        if (o.inferred) {
            line.textEn +=
                u" (a daily mean beyond an hourly bound: at least one hour of the day was beyond it)"_s;
            line.textZh += u"（日均值超过小时限值：当日至少有一个小时超标）"_s;
        }
        flag.steps << line;
    }
    if (observations.size() > 24)
        flag.steps << step(u"… and %1 more exceeding values"_s.arg(observations.size() - 24),
            u"……另有 %1 个超标值"_s.arg(observations.size() - 24));
    if (validHours > 0)
        flag.inputs.append(input(u"valid hours of the day"_s, QString::number(validHours), u"h"_s,
            u"reported_value (cems_hour)"_s));

    const QString outletText = outletLabel(s, outlet.id);
    const QString value = num(worst->value) + u' ' + limit.unit;
    const bool below = worst->exceedance.side == domain::Exceedance::Side::Min;
    const QString count = QString::number(observations.size());
    if (worst->inferred) {
        flag.messageEn =
            u"Reported %1 at %2 on %3: the valid daily mean %4 is %5 the hourly limit %6 "
            u"by %7 %, so at least one hour exceeded it."_s.arg(pollutantEn(limit.pollutant),
                outletText, period, value, below ? u"below"_s : u"above"_s, limitBound(limit),
                pct(worst->exceedance.percent));
        flag.messageZh =
            u"%1 %2 %3 报送的有效日均值 %4 %5小时均值限值 %6，超标 %7%，当日至少有一个小时超标。"_s
                .arg(period, outletText, pollutantZh(limit.pollutant), value,
                    below ? u"低于"_s : u"超过"_s, limitBound(limit),
                    pct(worst->exceedance.percent));
    } else {
        flag.messageEn =
            u"Reported %1 at %2 in %3 is %4 the %5 limit %6: %7 valid value(s), the worst %8 (%9 %)."_s
                .arg(pollutantEn(limit.pollutant), outletText, period,
                    below ? u"below"_s : u"above"_s, limit.basis, limitBound(limit), count, value,
                    pct(worst->exceedance.percent));
        flag.messageZh =
            u"%1 %2 %3 报送数据%4%5限值 %6：%7 个有效值超标，最大 %8（超标 %9%）。"_s.arg(period,
                outletText, pollutantZh(limit.pollutant), below ? u"低于"_s : u"超过"_s,
                basisZh(limit.basis), limitBound(limit), count, value,
                pct(worst->exceedance.percent));
    }
    normalise(flag);
    return flag;
}

// The short-term bases, judged one CST day at a time.
void dayBases(const EvaluationContext &context, const ReportedIndex &index,
    const SnapshotOutlet &outlet, const SnapshotLimit &limit, QList<Flag> &flags)
{
    const QList<ReportedIndex::DayRows> days = index.byDay(outlet.id, limit.pollutant);
    const QString &basis = limit.basis;
    const bool hourly = basis == u"hourly";
    const bool daily = basis == u"daily";
    const bool eachHour = hourly || basis == u"daily_max" || basis == u"instant";
    for (const ReportedIndex::DayRows &rows : days) {
        QList<Observation> exceeding;
        int validHours = 0;
        QList<const SnapshotReportedValue *> hoursUsed;
        double hourSum = 0;
        const bool hasDayRow = !rows.days.empty();
        const bool meanOfHours = daily && !hasDayRow;
        for (const ReportedRow &hourRow : rows.hours) {
            const SnapshotReportedValue *hour = hourRow.row;
            if (!validHour(hourRow))
                continue;
            ++validHours;
            if (eachHour) {
                if (auto o = observe(limit, *hour))
                    exceeding.append(*o);
            }
            if (meanOfHours) {
                if (const auto v = convert(*hour->value, hour->unit, limit.unit)) {
                    hourSum += *v;
                    hoursUsed.append(hour);
                }
            }
        }
        for (const ReportedRow &dayRow : rows.days) {
            const SnapshotReportedValue *day = dayRow.row;
            if (!validDay(dayRow))
                continue;
            // A valid daily mean beyond an hourly bound proves an hour beyond it, but only
            // matters when the day's hours are not there to show it themselves.
            const bool inferred = hourly;
            if (inferred && validHours > 0)
                continue;
            if (auto o = observe(limit, *day)) {
                o->inferred = inferred;
                exceeding.append(*o);
            }
        }
        // A daily limit with hours but no daily row: the mean of a valid day's valid hours.
        if (meanOfHours && validHours >= CemsValidity::kDayHours && !hoursUsed.isEmpty()) {
            const double mean = hourSum / static_cast<double>(hoursUsed.size());
            if (const auto e = judge(limit, mean, u"="_s); e && e->violation) {
                Observation o;
                o.from = hoursUsed;
                o.what = u"mean of %1 valid hours"_s.arg(hoursUsed.size());
                o.whatZh = u"%1 个有效小时的均值"_s.arg(hoursUsed.size());
                o.value = mean;
                o.reportedValue = mean;
                o.reportedUnit = limit.unit;
                o.exceedance = *e;
                exceeding.append(o);
            }
        }
        // A manual sample is the only figure of its day for a manually monitored pollutant:
        // it stands for the day under every short-term basis.
        for (const ReportedRow &sampleRow : rows.samples) {
            const SnapshotReportedValue *sample = sampleRow.row;
            if (!comparable(sampleRow))
                continue;
            if (auto o = observe(limit, *sample))
                exceeding.append(*o);
        }
        if (!exceeding.isEmpty()) {
            flags.append(dayFlag(context.snapshot, outlet, limit, rows.day.toString(Qt::ISODate),
                exceeding, hourly ? validHours : 0));
        }
    }
}

// A monthly limit: the mean of the month's valid days, judged only for a valid month.
void monthlyBasis(const EvaluationContext &context, const ReportedIndex &index,
    const SnapshotOutlet &outlet, const SnapshotLimit &limit, QList<Flag> &flags)
{
    struct Month
    {
        QList<const SnapshotReportedValue *> days;
        QList<const SnapshotReportedValue *> samples;
        bool anyDayRow = false;
    };
    QMap<QDate, Month> byMonth;
    for (const ReportedRow &r : index.rows(outlet.id, limit.pollutant, u"cems_day"_s)) {
        Month &m = byMonth[QDate(r.days.first.year(), r.days.first.month(), 1)];
        m.anyDayRow = true;
        if (validDay(r))
            m.days.append(r.row);
    }
    for (const ReportedRow &r : index.rows(outlet.id, limit.pollutant, u"sample"_s)) {
        if (comparable(r))
            byMonth[QDate(r.days.first.year(), r.days.first.month(), 1)].samples.append(r.row);
    }
    for (auto it = byMonth.cbegin(); it != byMonth.cend(); ++it) {
        const Month &m = it.value();
        const QList<const SnapshotReportedValue *> &used = m.anyDayRow ? m.days : m.samples;
        if (used.isEmpty()
            || (m.anyDayRow && used.size() < CemsValidity::monthDays(it.key().month())))
            continue;
        double sum = 0;
        int count = 0;
        for (const SnapshotReportedValue *row : used) {
            if (const auto v = convert(*row->value, row->unit, limit.unit)) {
                sum += *v;
                ++count;
            }
        }
        if (count == 0)
            continue;
        const double mean = sum / count;
        const auto e = judge(limit, mean, u"="_s);
        if (!e || !e->violation)
            continue;
        Observation o;
        o.from = used;
        o.what = m.anyDayRow ? u"mean of %1 valid days"_s.arg(count)
                             : u"mean of %1 samples"_s.arg(count);
        o.whatZh =
            m.anyDayRow ? u"%1 个有效日的均值"_s.arg(count) : u"%1 个样品的均值"_s.arg(count);
        o.value = mean;
        o.reportedValue = mean;
        o.reportedUnit = limit.unit;
        o.exceedance = *e;
        flags.append(
            dayFlag(context.snapshot, outlet, limit, it.key().toString(u"yyyy-MM"_s), {o}, 0));
    }
}

} // namespace

QList<Flag> evaluateReportedExceedance(const EvaluationContext &context)
{
    // Chinese reported_value rows only: the NPDES DMR values have their own R3 entry.
    if (context.snapshot.jurisdiction != u"cn")
        return {};
    const ReportedIndex &index = reportedIndex(context);
    QList<Flag> flags;
    for (const SnapshotOutlet &outlet : context.snapshot.outlets) {
        for (const SnapshotLimit &limit : outlet.limits) {
            if (!limit.min && !limit.max)
                continue;
            if (limit.basis == u"monthly")
                monthlyBasis(context, index, outlet, limit, flags);
            else if (limit.basis != u"annual")
                dayBases(context, index, outlet, limit, flags);
        }
    }
    return flags;
}

} // namespace outfall::rules
