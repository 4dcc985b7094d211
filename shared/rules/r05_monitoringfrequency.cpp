#include "rules/r05_monitoringfrequency.h"

#include "rules/rulesupport.h"

using namespace Qt::StringLiterals;

namespace outfall::rules {

namespace {

using namespace support;

QString frequencyZh(const QString &frequency)
{
    if (frequency == u"daily")
        return u"每日"_s;
    if (frequency == u"weekly")
        return u"每周"_s;
    if (frequency == u"monthly")
        return u"每月"_s;
    if (frequency == u"quarterly")
        return u"每季度"_s;
    if (frequency == u"semiannual")
        return u"每半年"_s;
    if (frequency == u"annual")
        return u"每年"_s;
    return frequency;
}

} // namespace

QList<Flag> evaluateMonitoringFrequency(const EvaluationContext &context)
{
    const PermitSnapshot &s = context.snapshot;
    if (s.jurisdiction != u"cn")
        return {};
    const ReportedIndex &index = reportedIndex(context);
    const auto window = index.window();
    if (!window || !context.asOf.isValid())
        return {};
    QList<Flag> flags;
    for (const SnapshotOutlet &outlet : s.outlets) {
        if (outlet.removed)
            continue;
        for (const SnapshotMonitoring &monitoring : outlet.monitoring) {
            if (monitoring.mode != u"manual")
                continue;
            const QList<DateRange> periods =
                PeriodCalendar::overlapping(monitoring.frequency, window->first, window->last);
            const std::span<const ReportedRow> samples =
                index.rows(outlet.id, monitoring.pollutant, ReportedIndex::Sample);
            for (const DateRange &period : periods) {
                // Only periods the store holds whole, and that are over by asOf: a period cut
                // by the window's edge may have its sample outside what was loaded.
                if (!window->containsRange(period) || period.last >= context.asOf)
                    continue;
                if (s.validFrom.isValid() && period.first < s.validFrom)
                    continue;
                if (s.validTo.isValid() && period.last > s.validTo)
                    continue;
                int taken = 0;
                bool noDischarge = false;
                for (const ReportedRow &r : samples) {
                    if (!period.contains(r.days.first))
                        continue;
                    if (r.row->value && r.row->noData.isEmpty() && r.row->validity != u"invalid")
                        ++taken;
                    else if (r.noDischarge)
                        noDischarge = true;
                }
                // A period the enterprise reported as no discharge needs no sample.
                if (taken >= 1 || noDischarge)
                    continue;
                Flag flag;
                flag.severity = Severity::Violation;
                flag.subject = {
                    s.permitId, outlet.id, monitoring.pollutant, period.label(), QString()};
                flag.inputs = {input(u"frequency"_s, monitoring.frequency, {},
                                   u"monitoring requirement of "_s + outlet.code),
                    input(u"period"_s, period.label(), {}, QString()),
                    input(u"samples required"_s, u"1"_s, {}, QString()),
                    input(u"samples reported"_s, QString::number(taken), {},
                        u"reported_value (sample)"_s),
                    input(
                        u"as of"_s, context.asOf.toString(Qt::ISODate), {}, u"evaluation date"_s)};
                flag.steps
                    << step(u"%1 monitoring: one sample in every %2 period"_s.arg(
                                monitoring.frequency, monitoring.frequency),
                           u"监测频次 %1：每个 %1 周期至少一个样品"_s.arg(monitoring.frequency))
                    << step(u"samples of %1 at %2 with a date in %3: %4"_s.arg(monitoring.pollutant,
                                outlet.code, period.label(), QString::number(taken)),
                           u"%2 的 %1 样品中日期在 %3 内的：%4 个"_s.arg(monitoring.pollutant,
                               outlet.code, period.label(), QString::number(taken)))
                    << step(u"0 < 1 required; the period ended before %1"_s.arg(
                                context.asOf.toString(Qt::ISODate)),
                           u"0 < 应有 1 个；该周期已于 %1 前结束"_s.arg(
                               context.asOf.toString(Qt::ISODate)));
                flag.messageEn = u"No %1 self-monitoring sample of %2 at %3 was reported for %4, "
                                 u"though the permit "
                                 u"requires one %1."_s.arg(monitoring.frequency,
                                     pollutantEn(monitoring.pollutant), outletLabel(s, outlet.id),
                                     period.label());
                flag.messageZh = u"%1 %2 许可要求%3手工监测一次，%4 期间未报送监测数据。"_s.arg(
                    outletLabel(s, outlet.id), pollutantZh(monitoring.pollutant),
                    frequencyZh(monitoring.frequency), period.label());
                flag.evidence = {link(u"outlet"_s, outlet.id)};
                normalise(flag);
                flags.append(flag);
            }
        }
    }
    return flags;
}

} // namespace outfall::rules
