#include "rules/r07_cemsdata.h"

#include "rules/cemsvalidity.h"
#include "rules/rulesupport.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace outfall::rules {

namespace {

using namespace support;

using CemsValidity::kDayHours;
using CemsValidity::kHourMinutes;

bool validHour(const ReportedRow &r)
{
    return r.valid && CemsValidity::hourComplete(*r.row);
}

bool validDay(const ReportedRow &r)
{
    return r.valid && CemsValidity::dayComplete(*r.row);
}

enum class Day { Valid, Invalid, Shutdown };

// A day is valid with a valid daily value, else with ≥ 20 valid hours; reported shut down
// when every row of it says no discharge.
Day judgeDay(const ReportedIndex::DayRows &state, int *validHoursOut)
{
    *validHoursOut = -1;
    if (!state.days.empty()) {
        bool shutdown = true;
        for (const ReportedRow &r : state.days) {
            if (validDay(r))
                return Day::Valid;
            shutdown = shutdown && r.noDischarge;
        }
        return shutdown ? Day::Shutdown : Day::Invalid;
    }
    int valid = 0;
    bool shutdown = !state.hours.empty();
    for (const ReportedRow &r : state.hours) {
        if (validHour(r))
            ++valid;
        shutdown = shutdown && r.noDischarge;
    }
    *validHoursOut = valid;
    if (valid >= kDayHours)
        return Day::Valid;
    if (state.hours.empty())
        return Day::Invalid; // samples only: no CEMS data that day
    return shutdown ? Day::Shutdown : Day::Invalid;
}

void captureFlags(const EvaluationContext &context, const ReportedIndex &index,
    const SnapshotOutlet &outlet, const QString &pollutant, QList<Flag> &flags)
{
    const PermitSnapshot &s = context.snapshot;
    const auto window = index.window();
    if (!window)
        return;
    const QList<ReportedIndex::DayRows> byDay = index.byDay(outlet.id, pollutant);
    const auto dayAt = [&](QDate day) -> const ReportedIndex::DayRows * {
        const auto it = std::lower_bound(byDay.cbegin(), byDay.cend(), day,
            [](const ReportedIndex::DayRows &d, QDate x) { return d.day < x; });
        return it != byDay.cend() && it->day == day ? &*it : nullptr;
    };

    for (const DateRange &month :
        PeriodCalendar::overlapping(u"monthly", window->first, window->last)) {
        // Whole months the store holds, over by asOf, inside the permit's validity.
        if (!window->containsRange(month) || month.last >= context.asOf)
            continue;
        if ((s.validFrom.isValid() && month.first < s.validFrom)
            || (s.validTo.isValid() && month.last > s.validTo))
            continue;
        int valid = 0;
        int shutdown = 0;
        int missing = 0;
        QStringList invalidDays;
        QList<const SnapshotReportedValue *> invalidRows;
        for (QDate day = month.first; day <= month.last; day = day.addDays(1)) {
            const ReportedIndex::DayRows *it = dayAt(day);
            if (!it || (it->days.empty() && it->hours.empty())) {
                ++missing;
                continue;
            }
            int validHours = -1;
            switch (judgeDay(*it, &validHours)) {
            case Day::Valid:
                ++valid;
                break;
            case Day::Shutdown:
                ++shutdown;
                break;
            case Day::Invalid:
                invalidDays << (validHours >= 0
                        ? u"%1 (%2 valid hours)"_s.arg(day.toString(u"MM-dd"_s)).arg(validHours)
                        : day.toString(u"MM-dd"_s));
                for (const ReportedRow &r : it->days.empty() ? it->hours : it->days)
                    invalidRows.append(r.row);
                break;
            }
        }
        // Days the enterprise reported as shut down (no discharge) need no data: the
        // requirement shrinks by them.
        const int required = std::max(0, CemsValidity::monthDays(month.first.month()) - shutdown);
        if (valid >= required)
            continue;
        const QString period = month.first.toString(u"yyyy-MM"_s);
        Flag flag;
        flag.severity = Severity::Warning;
        flag.subject = {s.permitId, outlet.id, pollutant, period, u"capture"_s};
        flag.inputs = {input(u"valid days"_s, QString::number(valid), u"d"_s,
                           u"reported_value (cems_day, cems_hour)"_s),
            input(u"days without data"_s, QString::number(missing), u"d"_s, QString()),
            input(u"invalid days"_s, QString::number(invalidDays.size()), u"d"_s, QString()),
            input(u"shutdown days"_s, QString::number(shutdown), u"d"_s, QString()),
            input(u"valid days required"_s,
                QString::number(CemsValidity::monthDays(month.first.month())), u"d"_s,
                u"HJ 75-2017 / HJ 76-2017"_s)};
        flag.steps << step(
            u"valid hour ≥ %1 valid minutes; valid day ≥ %2 valid hours (or a valid daily value)"_s
                .arg(kHourMinutes)
                .arg(kDayHours),
            u"有效小时 ≥ %1 个有效分钟；有效日 ≥ %2 个有效小时（或有效日均值）"_s.arg(kHourMinutes)
                .arg(kDayHours))
                   << step(u"%1: %2 days, %3 valid, %4 invalid, %5 without data, %6 shut down"_s
                               .arg(period)
                               .arg(month.days())
                               .arg(valid)
                               .arg(invalidDays.size())
                               .arg(missing)
                               .arg(shutdown),
                          u"%1：%2 天，有效 %3 天，无效 %4 天，无数据 %5 天，停运 %6 天"_s
                              .arg(period)
                              .arg(month.days())
                              .arg(valid)
                              .arg(invalidDays.size())
                              .arg(missing)
                              .arg(shutdown))
                   << step(u"required = %1 − %2 shutdown days = %3; %4 < %3"_s
                               .arg(CemsValidity::monthDays(month.first.month()))
                               .arg(shutdown)
                               .arg(required)
                               .arg(valid),
                          u"应有 = %1 − %2 停运天数 = %3；%4 < %3"_s
                              .arg(CemsValidity::monthDays(month.first.month()))
                              .arg(shutdown)
                              .arg(required)
                              .arg(valid));
        if (!invalidDays.isEmpty())
            flag.steps << step(u"invalid days: %1"_s.arg(invalidDays.join(u", "_s)),
                u"无效日：%1"_s.arg(invalidDays.join(u"、"_s)));
        flag.evidence.append(link(u"outlet"_s, outlet.id));
        for (const SnapshotReportedValue *row : std::as_const(invalidRows))
            flag.evidence.append(link(u"reported_value"_s, row->id));
        flag.messageEn =
            u"CEMS data of %1 at %2 in %3: %4 valid days, fewer than the %5 a valid month needs "
            u"(HJ 75/76); %6 days without data, %7 invalid."_s
                .arg(pollutantEn(pollutant), outletLabel(s, outlet.id), period)
                .arg(valid)
                .arg(required)
                .arg(missing)
                .arg(invalidDays.size());
        flag.messageZh =
            u"%1 %2 %3 自动监测有效天数 %4 天，少于有效月所需的 %5 天（HJ 75/76）；缺数 %6 天，无效 %7 天。"_s
                .arg(outletLabel(s, outlet.id), pollutantZh(pollutant), period)
                .arg(valid)
                .arg(required)
                .arg(missing)
                .arg(invalidDays.size());
        normalise(flag);
        flags.append(flag);
    }
}

void flatlineFlags(const EvaluationContext &context, const ReportedIndex &index,
    const SnapshotOutlet &outlet, const QString &pollutant, QList<Flag> &flags)
{
    const PermitSnapshot &s = context.snapshot;
    const int minimum = context.config.flatlineHours;
    const std::span<const ReportedRow> hours =
        index.rows(outlet.id, pollutant, ReportedIndex::CemsHour);
    // A run: consecutive clock hours, each a valid measured value (not a non-detect, which
    // repeats the detection limit by nature), all equal.
    auto raiseRun = [&](std::size_t first, std::size_t last) {
        const auto length = static_cast<int>(last - first + 1);
        if (length < minimum)
            return;
        const SnapshotReportedValue &a = *hours[first].row;
        const SnapshotReportedValue &b = *hours[last].row;
        const QString period = a.period + u'/' + b.period;
        Flag flag;
        flag.severity = Severity::Warning;
        flag.subject = {s.permitId, outlet.id, pollutant, period, u"flatline"_s};
        flag.inputs = {input(u"value"_s, rowValue(a), a.unit, rowSource(a)),
            input(u"identical hours"_s, QString::number(length), u"h"_s, QString()),
            input(u"first hour"_s, Cst::text(hours[first].span.startMs), {}, rowSource(a)),
            input(u"last hour"_s, Cst::text(hours[last].span.startMs), {}, rowSource(b)),
            input(u"flat-line threshold"_s, QString::number(minimum), u"h"_s, u"configuration"_s)};
        for (auto i = first; i <= last; ++i)
            flag.evidence.append(link(u"reported_value"_s, hours[i].row->id));
        flag.steps << step(
            u"%1 consecutive valid hourly values equal to %2 %3, %4 – %5 (UTC hours)"_s.arg(
                QString::number(length), rowValue(a), a.unit, a.period, b.period),
            u"连续 %1 个有效小时值均为 %2 %3，%4 – %5（UTC 小时）"_s.arg(
                QString::number(length), rowValue(a), a.unit, a.period, b.period))
                   << formula(u"%1 ≥ %2"_s.arg(length).arg(minimum));
        flag.messageEn =
            u"CEMS %1 at %2 reported the same value %3 %4 for %5 hours in a row (%6 to %7): a "
            u"frozen analyser or substituted data is suspected."_s.arg(pollutantEn(pollutant),
                outletLabel(s, outlet.id), rowValue(a), a.unit, QString::number(length),
                Cst::text(hours[first].span.startMs), Cst::text(hours[last].span.startMs));
        flag.messageZh =
            u"%1 %2 自动监测小时值连续 %3 小时为同一数值 %4 %5（%6 至 %7），疑似数据异常或人为干预。"_s
                .arg(outletLabel(s, outlet.id), pollutantZh(pollutant), QString::number(length),
                    rowValue(a), a.unit, Cst::text(hours[first].span.startMs),
                    Cst::text(hours[last].span.startMs));
        normalise(flag);
        flags.append(flag);
    };
    constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
    std::size_t runStart = kNone;
    for (std::size_t i = 0; i < hours.size(); ++i) {
        const SnapshotReportedValue &row = *hours[i].row;
        const bool usable = validHour(hours[i]) && row.qualifier != u"<";
        if (!usable) {
            if (runStart != kNone)
                raiseRun(runStart, i - 1);
            runStart = kNone;
            continue;
        }
        if (runStart != kNone) {
            const SnapshotReportedValue &previous = *hours[i - 1].row;
            const bool continues = hours[i].span.startMs == hours[i - 1].span.endMs
                && *row.value == *previous.value && row.unit == previous.unit;
            if (continues)
                continue;
            raiseRun(runStart, i - 1);
        }
        runStart = i;
    }
    if (runStart != kNone)
        raiseRun(runStart, hours.size() - 1);
}

} // namespace

QList<Flag> evaluateCemsData(const EvaluationContext &context)
{
    const PermitSnapshot &s = context.snapshot;
    if (s.jurisdiction != u"cn")
        return {};
    const ReportedIndex &index = reportedIndex(context);
    QList<Flag> flags;
    for (const SnapshotOutlet &outlet : s.outlets) {
        for (const SnapshotMonitoring &monitoring : outlet.monitoring) {
            if (monitoring.mode != u"automatic")
                continue;
            if (!outlet.removed && context.asOf.isValid())
                captureFlags(context, index, outlet, monitoring.pollutant, flags);
            flatlineFlags(context, index, outlet, monitoring.pollutant, flags);
        }
    }
    return flags;
}

} // namespace outfall::rules
