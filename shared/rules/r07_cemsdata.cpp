#include "rules/r07_cemsdata.h"

#include "rules/cemsvalidity.h"
#include "rules/rulesupport.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace outfall::rules {

namespace {

using namespace support;

using CemsValidity::kDayHours;
using CemsValidity::kHourMinutes;

bool validHour(const SnapshotReportedValue &row)
{
    return isValid(row) && CemsValidity::hourComplete(row);
}

bool validDay(const SnapshotReportedValue &row)
{
    return isValid(row) && CemsValidity::dayComplete(row);
}

struct DayState
{
    QList<const SnapshotReportedValue *> days;
    QList<const SnapshotReportedValue *> hours;
};

enum class Day { Valid, Invalid, Shutdown };

Day judgeDay(const DayState &state, int *validHoursOut)
{
    *validHoursOut = -1;
    if (!state.days.isEmpty()) {
        bool shutdown = true;
        for (const SnapshotReportedValue *row : state.days) {
            if (validDay(*row))
                return Day::Valid;
            shutdown = shutdown && reportsNoDischarge(*row);
        }
        return shutdown ? Day::Shutdown : Day::Invalid;
    }
    int valid = 0;
    bool shutdown = !state.hours.isEmpty();
    for (const SnapshotReportedValue *row : state.hours) {
        if (validHour(*row))
            ++valid;
        shutdown = shutdown && reportsNoDischarge(*row);
    }
    *validHoursOut = valid;
    if (valid >= kDayHours)
        return Day::Valid;
    return shutdown ? Day::Shutdown : Day::Invalid;
}

void captureFlags(const EvaluationContext &context, const ReportedIndex &index,
    const SnapshotOutlet &outlet, const QString &pollutant, QList<Flag> &flags)
{
    const PermitSnapshot &s = context.snapshot;
    const auto window = index.window();
    if (!window)
        return;
    QMap<QDate, DayState> byDay;
    for (const ReportedRow &r : index.rows(outlet.id, pollutant, u"cems_day"_s))
        byDay[r.days.first].days.append(r.row);
    for (const ReportedRow &r : index.rows(outlet.id, pollutant, u"cems_hour"_s))
        byDay[r.days.first].hours.append(r.row);

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
            const auto it = byDay.constFind(day);
            if (it == byDay.constEnd()) {
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
                invalidRows.append(it->days.isEmpty() ? it->hours : it->days);
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
        flag.steps
            << u"valid hour ≥ %1 valid minutes; valid day ≥ %2 valid hours (or a valid daily value)"_s
                   .arg(kHourMinutes)
                   .arg(kDayHours)
            << u"%1: %2 days, %3 valid, %4 invalid, %5 without data, %6 shut down"_s.arg(period)
                   .arg(month.days())
                   .arg(valid)
                   .arg(invalidDays.size())
                   .arg(missing)
                   .arg(shutdown)
            << u"required = %1 − %2 shutdown days = %3; %4 < %3"_s
                   .arg(CemsValidity::monthDays(month.first.month()))
                   .arg(shutdown)
                   .arg(required)
                   .arg(valid);
        if (!invalidDays.isEmpty())
            flag.steps << u"invalid days: %1"_s.arg(invalidDays.join(u", "_s));
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
    const QList<ReportedRow> &hours = index.rows(outlet.id, pollutant, u"cems_hour"_s);
    // A run: consecutive clock hours, each a valid measured value (not a non-detect, which
    // repeats the detection limit by nature), all equal.
    auto raiseRun = [&](qsizetype first, qsizetype last) {
        const auto length = last - first + 1;
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
        flag.steps << u"%1 consecutive valid hourly values equal to %2 %3, %4 – %5 (UTC hours)"_s
                          .arg(QString::number(length), rowValue(a), a.unit, a.period, b.period)
                   << u"%1 ≥ %2"_s.arg(length).arg(minimum);
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
    qsizetype runStart = -1;
    for (qsizetype i = 0; i < hours.size(); ++i) {
        const SnapshotReportedValue &row = *hours[i].row;
        const bool usable = validHour(row) && row.qualifier != u"<";
        if (!usable) {
            if (runStart >= 0)
                raiseRun(runStart, i - 1);
            runStart = -1;
            continue;
        }
        if (runStart >= 0) {
            const SnapshotReportedValue &previous = *hours[i - 1].row;
            const bool continues = hours[i].span.startMs == hours[i - 1].span.endMs
                && *row.value == *previous.value && row.unit == previous.unit;
            if (continues)
                continue;
            raiseRun(runStart, i - 1);
        }
        runStart = i;
    }
    if (runStart >= 0)
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
