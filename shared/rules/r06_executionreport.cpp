#include "rules/r06_executionreport.h"

#include "rules/rulesupport.h"

using namespace Qt::StringLiterals;

namespace outfall::rules {

namespace {

using namespace support;

QString kindZh(const QString &kind)
{
    if (kind == u"annual")
        return u"年度"_s;
    if (kind == u"semiannual")
        return u"半年"_s;
    if (kind == u"quarterly")
        return u"季度"_s;
    if (kind == u"monthly")
        return u"月度"_s;
    return kind;
}

} // namespace

QList<Flag> evaluateExecutionReport(const EvaluationContext &context)
{
    const PermitSnapshot &s = context.snapshot;
    if (s.jurisdiction != u"cn" || !context.asOf.isValid())
        return {};
    // The periods judged are those that overlap what the store holds of the enterprise's
    // reported data (ReportedIndex::window) and the permit's validity, and are due before
    // asOf; before that window the store has nothing to say either way.
    const auto window = reportedIndex(context).window();
    if (!window)
        return {};
    QDate from = window->first;
    if (s.validFrom.isValid())
        from = std::max(from, s.validFrom);

    // The filed reports by canonical period, the earliest filing first.
    QHash<QString, const SnapshotExecutionReport *> filed;
    for (const SnapshotExecutionReport &report : s.executionReports) {
        const auto period = ReportPeriod::parse(u"execution_report", report.period);
        if (!period.ok)
            continue;
        const SnapshotExecutionReport *&slot = filed[period.canonical];
        // An invalid date sorts first (QDate's order), so a filing without a date counts
        // as on time rather than as late.
        if (!slot || report.filedOn < slot->filedOn
            || (report.filedOn == slot->filedOn && report.id < slot->id)) {
            slot = &report;
        }
    }

    QList<Flag> flags;
    for (const SnapshotSchedule &entry : s.schedule) {
        const QList<DateRange> periods =
            PeriodCalendar::overlapping(entry.kind, from, context.asOf.addDays(-1));
        for (const DateRange &period : periods) {
            if (s.validTo.isValid() && period.first > s.validTo)
                continue;
            const QDate due = PeriodCalendar::dueDate(period, entry.dueDay, entry.dueMonthOffset);
            if (due >= context.asOf)
                continue; // not due yet (a report filed on its due date is on time)
            const QString label = PeriodCalendar::reportLabel(entry.kind, period);
            const SnapshotExecutionReport *report = filed.value(label);
            const bool late = report && report->filedOn.isValid() && report->filedOn > due;
            if (report && !late)
                continue;

            Flag flag;
            flag.subject = {s.permitId, QString(), QString(), label, entry.kind};
            flag.inputs = {input(u"report kind"_s, entry.kind, {}, u"report_schedule"_s),
                input(u"period"_s, label + u" ("_s + period.label() + u')', {}, QString()),
                input(u"due on"_s, due.toString(Qt::ISODate), {}, u"report_schedule"_s),
                input(u"as of"_s, context.asOf.toString(Qt::ISODate), {}, u"evaluation date"_s)};
            flag.steps << step(
                u"due = day %1 of the month %2 month(s) after %3 = %4"_s.arg(entry.dueDay)
                    .arg(entry.dueMonthOffset)
                    .arg(period.last.toString(Qt::ISODate), due.toString(Qt::ISODate)),
                u"应报日期 = %3 之后第 %2 个月的 %1 日 = %4"_s.arg(entry.dueDay)
                    .arg(entry.dueMonthOffset)
                    .arg(period.last.toString(Qt::ISODate), due.toString(Qt::ISODate)));
            flag.evidence = {link(u"permit"_s, s.permitId)};
            const QString dueText = due.toString(Qt::ISODate);
            if (late) {
                const qint64 days = due.daysTo(report->filedOn);
                flag.severity = Severity::Warning;
                flag.inputs.append(input(u"filed on"_s, report->filedOn.toString(Qt::ISODate), {},
                    u"execution_report "_s + report->id));
                flag.inputs.append(input(u"days late"_s, QString::number(days), u"d"_s, QString()));
                flag.steps << step(u"filed %1 > due %2: %3 days late"_s
                                       .arg(report->filedOn.toString(Qt::ISODate), dueText)
                                       .arg(days),
                    u"提交 %1 > 应报 %2：迟报 %3 天"_s
                        .arg(report->filedOn.toString(Qt::ISODate), dueText)
                        .arg(days));
                flag.messageEn =
                    u"The %1 execution report for %2 was filed on %3, %4 days after it was due on %5."_s
                        .arg(entry.kind, label, report->filedOn.toString(Qt::ISODate))
                        .arg(days)
                        .arg(dueText);
                flag.messageZh = u"%1 %2执行报告应于 %3 前提交，实际 %4 提交，逾期 %5 天。"_s
                                     .arg(label, kindZh(entry.kind), dueText,
                                         report->filedOn.toString(Qt::ISODate))
                                     .arg(days);
                flag.evidence.append(link(u"execution_report"_s, report->id));
            } else {
                const qint64 days = due.daysTo(context.asOf);
                flag.severity = Severity::Violation;
                flag.steps << step(
                    u"no execution report for %1 on record; %2 days overdue on %3"_s.arg(label)
                        .arg(days)
                        .arg(context.asOf.toString(Qt::ISODate)),
                    u"未见 %1 执行报告；截至 %3 已逾期 %2 天"_s.arg(label).arg(days).arg(
                        context.asOf.toString(Qt::ISODate)));
                flag.messageEn =
                    u"The %1 execution report for %2, due on %3, has not been filed (%4 days overdue)."_s
                        .arg(entry.kind, label, dueText)
                        .arg(days);
                flag.messageZh = u"%1 %2执行报告应于 %3 前提交，至今未提交（逾期 %4 天）。"_s
                                     .arg(label, kindZh(entry.kind), dueText)
                                     .arg(days);
            }
            normalise(flag);
            flags.append(flag);
        }
    }
    return flags;
}

} // namespace outfall::rules
