#include "rules/r14_amountaccounting.h"

#include "rules/cemsvalidity.h"
#include "rules/rulesupport.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace outfall::rules {

namespace {

using namespace support;

struct Accounting
{
    double tonnes = 0; // Σ C × Q × valid hours × 10⁻⁹ (air) or 10⁻⁶ (water)
    double validHours = 0;
    double shutdownHours = 0;
    double missingHours = 0;
    int hourlyDays = 0;
    int dailyDays = 0;
    QList<const SnapshotReportedValue *> used;
};

// Concentration × flow × hours in tonnes: mg/m3 × m3 = mg (10⁻⁹ t), mg/L × m3 = g (10⁻⁶ t).
std::optional<double> tonnes(const SnapshotReportedValue &row, const QString &medium, double hours)
{
    if (!row.flowM3h)
        return std::nullopt;
    const QString base = medium == u"air" ? u"mg/m3"_s : u"mg/L"_s;
    const auto c = convert(*row.value, row.unit, base);
    if (!c)
        return std::nullopt;
    return *c * *row.flowM3h * hours * (medium == u"air" ? 1e-9 : 1e-6);
}

Accounting account(
    const QList<ReportedIndex::DayRows> &byDay, const DateRange &month, const QString &medium)
{
    Accounting a;
    auto it = std::lower_bound(byDay.cbegin(), byDay.cend(), month.first,
        [](const ReportedIndex::DayRows &d, QDate x) { return d.day < x; });
    for (QDate day = month.first; day <= month.last; day = day.addDays(1)) {
        while (it != byDay.cend() && it->day < day)
            ++it;
        if (it == byDay.cend() || it->day != day || (it->hours.empty() && it->days.empty())) {
            a.missingHours += 24;
            continue;
        }
        if (!it->hours.empty()) {
            // Hourly data: each valid hour with its own flow.
            ++a.hourlyDays;
            double seen = 0;
            for (const ReportedRow &r : it->hours) {
                const SnapshotReportedValue *hour = r.row;
                seen += 1;
                const bool valid = r.valid && CemsValidity::hourComplete(*hour);
                const auto t = valid ? tonnes(*hour, medium, 1) : std::nullopt;
                if (t) {
                    a.tonnes += *t;
                    a.validHours += 1;
                    a.used.append(hour);
                } else if (r.noDischarge) {
                    a.shutdownHours += 1;
                } else {
                    a.missingHours += 1;
                }
            }
            a.missingHours += std::max(0.0, 24 - seen);
            continue;
        }
        // Daily data only: the day's mean × its flow × its valid hours.
        ++a.dailyDays;
        const ReportedRow &first = it->days.front();
        const SnapshotReportedValue *row = first.row;
        if (first.noDischarge) {
            a.shutdownHours += 24;
            continue;
        }
        const double hours = row->validCount ? std::clamp(*row->validCount, 0, 24) : 24;
        const auto t = first.valid ? tonnes(*row, medium, hours) : std::nullopt;
        if (t && hours > 0) {
            a.tonnes += *t;
            a.validHours += hours;
            a.missingHours += 24 - hours;
            a.used.append(row);
        } else {
            a.missingHours += 24;
        }
    }
    return a;
}

} // namespace

QList<Flag> evaluateAmountAccounting(const EvaluationContext &context)
{
    const PermitSnapshot &s = context.snapshot;
    if (s.jurisdiction != u"cn")
        return {};
    const ReportedIndex &index = reportedIndex(context);
    const double tolerance = context.config.amountTolerancePct / 100.0;
    QList<Flag> flags;
    for (const ReportedIndex::Series &series : index.series()) {
        const SnapshotOutlet *outlet = s.outlet(series.outletId);
        if (!outlet)
            continue;
        const std::span<const ReportedRow> amounts =
            index.rows(series.outletId, series.pollutant, ReportedIndex::MonthAmount);
        if (amounts.empty())
            continue;
        if (index.rows(series.outletId, series.pollutant, ReportedIndex::CemsHour).empty()
            && index.rows(series.outletId, series.pollutant, ReportedIndex::CemsDay).empty()) {
            continue; // no CEMS data: nothing to account with
        }
        const QList<ReportedIndex::DayRows> byDay = index.byDay(series.outletId, series.pollutant);

        for (const ReportedRow &amount : amounts) {
            const SnapshotReportedValue &row = *amount.row;
            if (!amount.valid || (context.asOf.isValid() && amount.days.last >= context.asOf))
                continue;
            const auto reported = convert(*row.value, row.unit, u"t"_s);
            if (!reported)
                continue;
            const Accounting a = account(byDay, amount.days, outlet->medium);
            if (a.validHours <= 0)
                continue; // R7 reports a month without valid data
            // The valid hours alone give a lower bound; the month's valid-hour mean carried over
            // the missing hours (not the shutdown ones, which emit nothing) gives the estimate
            // of the whole month a substitution would make.
            const double operating = a.validHours + a.missingHours;
            const double full = a.tonnes * operating / a.validHours;
            const double low = a.tonnes * (1 - tolerance);
            const double high = full * (1 + tolerance);
            const bool under = *reported < low;
            const bool over = *reported > high;
            if (!under && !over)
                continue;

            const QString period = amount.days.first.toString(u"yyyy-MM"_s);
            Flag flag;
            flag.severity = Severity::Warning;
            flag.subject = {s.permitId, outlet->id, series.pollutant, period, QString()};
            flag.inputs = {input(u"reported amount"_s, rowValue(row), row.unit, rowSource(row)),
                input(u"valid hours"_s, num(a.validHours), u"h"_s,
                    u"reported_value (cems_hour, cems_day)"_s),
                input(u"missing hours"_s, num(a.missingHours), u"h"_s, QString()),
                input(u"shutdown hours"_s, num(a.shutdownHours), u"h"_s, QString()),
                input(u"tolerance"_s, num(context.config.amountTolerancePct), u"%"_s,
                    u"configuration"_s)};
            flag.evidence.append(link(u"reported_value"_s, row.id));
            for (const SnapshotReportedValue *used : a.used)
                flag.evidence.append(link(u"reported_value"_s, used->id));
            const QString factor = outlet->medium == u"air" ? u"10⁻⁹"_s : u"10⁻⁶"_s;
            flag.steps
                << step(u"E = Σ C × Q × h × %1 over %2 valid hours (%3 days from hourly values, %4 "
                        u"from "
                        u"daily "
                        u"values × valid hours) = %5 t"_s.arg(factor, num(a.validHours),
                            QString::number(a.hourlyDays), QString::number(a.dailyDays),
                            num(a.tonnes)),
                       u"E = Σ C × Q × h × %1，共 %2 个有效小时（%3 天用小时值，%4 天用日均值 × "
                       u"有效小时数）= %5 吨"_s.arg(factor, num(a.validHours),
                           QString::number(a.hourlyDays), QString::number(a.dailyDays),
                           num(a.tonnes)))
                << step(
                       u"missing hours %1 (no valid data), shutdown hours %2 (no discharge reported)"_s
                           .arg(num(a.missingHours), num(a.shutdownHours)),
                       u"缺失小时 %1（无有效数据），停运小时 %2（报送无排放）"_s.arg(
                           num(a.missingHours), num(a.shutdownHours)))
                << step(u"whole-month estimate = %1 t × %2 h / %3 h = %4 t"_s.arg(
                            num(a.tonnes), num(operating), num(a.validHours), num(full)),
                       u"全月估算 = %1 吨 × %2 h / %3 h = %4 吨"_s.arg(
                           num(a.tonnes), num(operating), num(a.validHours), num(full)));
            if (row.unit != u"t")
                flag.steps << step(
                    u"reported %1 %2 = %3 t"_s.arg(num(*row.value), row.unit, num(*reported)),
                    u"报送 %1 %2 = %3 吨"_s.arg(num(*row.value), row.unit, num(*reported)));
            QString directionEn;
            QString directionZh;
            if (under) {
                flag.steps << step(
                    u"%1 t < %2 t × (1 − %3) = %4 t: less than the valid hours alone"_s.arg(
                        num(*reported), num(a.tonnes), num(tolerance), num(low)),
                    u"%1 t < %2 t × (1 − %3) = %4 t：少于仅有效小时核算的排放量"_s.arg(
                        num(*reported), num(a.tonnes), num(tolerance), num(low)));
                directionEn =
                    u"less than its own CEMS data implies for the valid hours alone (%1 t)"_s.arg(
                        num(a.tonnes));
                directionZh = u"低于其在线监测有效小时数据核算的排放量 %1 吨"_s.arg(num(a.tonnes));
            } else {
                flag.steps << step(
                    u"%1 t > %2 t × (1 + %3) = %4 t: more than the whole month at the valid-hour mean"_s
                        .arg(num(*reported), num(full), num(tolerance), num(high)),
                    u"%1 t > %2 t × (1 + %3) = %4 t：多于按有效小时均值核算的全月排放量"_s.arg(
                        num(*reported), num(full), num(tolerance), num(high)));
                directionEn =
                    u"more than its own CEMS data implies for the whole month (%1 t)"_s.arg(
                        num(full));
                directionZh = u"高于其在线监测数据核算的全月排放量 %1 吨"_s.arg(num(full));
            }
            const QString missingEn = a.missingHours > 0
                ? u" %1 hours had no valid data."_s.arg(num(a.missingHours))
                : QString();
            const QString missingZh = a.missingHours > 0
                ? u"其中 %1 小时无有效数据。"_s.arg(num(a.missingHours))
                : QString();
            flag.messageEn =
                u"The reported %1 amount of %2 for %3, %4 t, is %5 beyond the %6 % tolerance.%7"_s
                    .arg(pollutantEn(series.pollutant), outletLabel(s, outlet->id), period,
                        num(*reported), directionEn, num(context.config.amountTolerancePct),
                        missingEn);
            flag.messageZh = u"%1 %2 %3 报送排放量 %4 吨，%5，超出 %6% 的允许偏差。%7"_s.arg(
                outletLabel(s, outlet->id), pollutantZh(series.pollutant), period, num(*reported),
                directionZh, num(context.config.amountTolerancePct), missingZh);
            normalise(flag);
            flags.append(flag);
        }
    }
    return flags;
}

} // namespace outfall::rules
