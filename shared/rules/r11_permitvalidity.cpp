#include "rules/r11_permitvalidity.h"

#include "rules/rulesupport.h"

using namespace Qt::StringLiterals;

namespace outfall::rules {

namespace {

using namespace support;

QString iso(QDate day)
{
    return day.toString(Qt::ISODate);
}

void inspectionFlags(const EvaluationContext &context, QList<Flag> &flags)
{
    const PermitSnapshot &s = context.snapshot;
    for (const SnapshotInspection &inspection : s.inspections) {
        const QDate day = Cst::dateOf(inspection.startedAtMs);
        const bool early = s.validFrom.isValid() && day < s.validFrom;
        const bool late = s.validTo.isValid() && day > s.validTo;
        if (!early && !late)
            continue;
        Flag flag;
        // Inspected after expiry: the plant is discharging without a valid permit. Before the
        // permit starts the visit may belong to the issuance itself (the snapshot does not say
        // which phase), so it is a warning for a person to judge.
        flag.severity = late ? Severity::Violation : Severity::Warning;
        flag.subject = {s.permitId, QString(), QString(), iso(day), inspection.id};
        const QString source = u"inspection "_s + inspection.id;
        flag.inputs = {
            input(u"inspection started"_s, Cst::text(inspection.startedAtMs), {}, source),
            input(u"valid from"_s, iso(s.validFrom), {}, u"permit "_s + s.permitId),
            input(u"valid to"_s, iso(s.validTo), {}, u"permit "_s + s.permitId)};
        if (!inspection.productionLoad.isEmpty())
            flag.inputs.append(input(u"production seen"_s, inspection.productionLoad, {}, source));
        if (late) {
            const qint64 days = s.validTo.daysTo(day);
            flag.steps << step(
                u"%1 > %2 (valid to): %3 days after expiry"_s.arg(iso(day), iso(s.validTo))
                    .arg(days),
                u"%1 > %2（有效期止）：已过期 %3 天"_s.arg(iso(day), iso(s.validTo)).arg(days));
            flag.messageEn =
                u"Inspected on %1, %2 days after the permit expired on %3."_s.arg(iso(day))
                    .arg(days)
                    .arg(iso(s.validTo));
            flag.messageZh =
                u"%1 检查时排污许可证已于 %2 到期（过期 %3 天）。"_s.arg(iso(day), iso(s.validTo))
                    .arg(days);
        } else {
            const qint64 days = day.daysTo(s.validFrom);
            flag.steps << step(u"%1 < %2 (valid from): %3 days before the permit starts"_s
                                   .arg(iso(day), iso(s.validFrom))
                                   .arg(days),
                u"%1 < %2（有效期起）：距生效还有 %3 天"_s.arg(iso(day), iso(s.validFrom))
                    .arg(days));
            flag.messageEn =
                u"Inspected on %1, %2 days before the permit becomes valid on %3."_s.arg(iso(day))
                    .arg(days)
                    .arg(iso(s.validFrom));
            flag.messageZh = u"%1 检查时排污许可证尚未生效（%2 起生效，差 %3 天）。"_s
                                 .arg(iso(day), iso(s.validFrom))
                                 .arg(days);
        }
        if (!inspection.productionLoad.isEmpty() && inspection.productionLoad != u"stopped") {
            flag.messageEn += u" The plant was %1."_s.arg(inspection.productionLoad);
            flag.messageZh +=
                inspection.productionLoad == u"partial" ? u"现场部分生产。"_s : u"现场正在生产。"_s;
        }
        flag.evidence = {link(u"inspection"_s, inspection.id), link(u"permit"_s, s.permitId)};
        normalise(flag);
        flags.append(flag);
    }
}

void renewalFlag(const EvaluationContext &context, QList<Flag> &flags)
{
    const PermitSnapshot &s = context.snapshot;
    const QDate asOf = context.asOf;
    if (!s.validTo.isValid() || !asOf.isValid() || s.renewalApplied)
        return;
    // Applied on or before the evaluation date: the renewal is on record (a late application
    // still means the permit is being renewed; its lateness is the licensing office's matter).
    if (s.renewalAppliedOn.isValid() && s.renewalAppliedOn <= asOf)
        return;
    const int lead = context.config.renewalDaysBeforeExpiry;
    const QDate deadline = s.validTo.addDays(-lead);
    if (asOf <= deadline)
        return;
    const bool expired = asOf > s.validTo;

    Flag flag;
    flag.severity = expired ? Severity::Violation : Severity::Warning;
    flag.subject = {s.permitId, QString(), QString(), iso(s.validTo), u"renewal"_s};
    const QString permit = u"permit "_s + s.permitId;
    flag.inputs = {input(u"valid to"_s, iso(s.validTo), {}, permit),
        input(u"renewal applied"_s, u"no"_s, {}, permit),
        input(u"days before expiry"_s, QString::number(lead), u"d"_s, u"configuration"_s),
        input(u"as of"_s, iso(asOf), {}, u"evaluation date"_s)};
    flag.steps << step(
        u"renewal due by %1 − %2 d = %3"_s.arg(iso(s.validTo)).arg(lead).arg(iso(deadline)),
        u"延续申请截止 = %1 − %2 天 = %3"_s.arg(iso(s.validTo)).arg(lead).arg(iso(deadline)))
               << step(u"%1 > %2 and no renewal on record"_s.arg(iso(asOf), iso(deadline)),
                      u"%1 > %2，且未见延续申请"_s.arg(iso(asOf), iso(deadline)));
    flag.evidence = {link(u"permit"_s, s.permitId)};
    if (expired) {
        // What was reported after expiry shows the plant went on discharging.
        int discharging = 0;
        QDate lastDay;
        for (const SnapshotReportedValue &row : s.reported) {
            if (!row.value || reportsNoDischarge(row))
                continue;
            const auto period = ReportPeriod::parse(row.kind, row.period);
            if (!period.ok || period.days.last <= s.validTo)
                continue;
            ++discharging;
            if (!lastDay.isValid() || period.days.last > lastDay)
                lastDay = period.days.last;
        }
        const qint64 days = s.validTo.daysTo(asOf);
        flag.steps << step(
            u"%1 > %2: expired %3 days ago"_s.arg(iso(asOf), iso(s.validTo)).arg(days),
            u"%1 > %2：已过期 %3 天"_s.arg(iso(asOf), iso(s.validTo)).arg(days));
        flag.messageEn =
            u"The permit expired on %1 (%2 days before %3) and no renewal is on record."_s
                .arg(iso(s.validTo))
                .arg(days)
                .arg(iso(asOf));
        flag.messageZh = u"排污许可证已于 %1 到期（截至 %2 已过期 %3 天），未见延续申请。"_s
                             .arg(iso(s.validTo), iso(asOf))
                             .arg(days);
        if (discharging > 0) {
            flag.inputs.append(input(u"reported values after expiry"_s,
                QString::number(discharging), {}, u"reported_value"_s));
            flag.steps << step(
                u"%1 reported values with a discharge after %2, the last on %3"_s.arg(discharging)
                    .arg(iso(s.validTo), iso(lastDay)),
                u"%2 之后有 %1 条有排放的报送记录，最后一条在 %3"_s.arg(discharging)
                    .arg(iso(s.validTo), iso(lastDay)));
            flag.messageEn +=
                u" %1 reported values after expiry (until %2) show it still discharges."_s
                    .arg(discharging)
                    .arg(iso(lastDay));
            flag.messageZh += u"到期后仍有 %1 条排放数据（至 %2），仍在排污。"_s.arg(discharging)
                                  .arg(iso(lastDay));
        }
    } else {
        const qint64 days = asOf.daysTo(s.validTo);
        flag.messageEn =
            u"The permit expires on %1, in %2 days, and no renewal has been applied for "
            u"(due %3 days before expiry, by %4)."_s.arg(iso(s.validTo))
                .arg(days)
                .arg(lead)
                .arg(iso(deadline));
        flag.messageZh =
            u"排污许可证将于 %1 到期（剩 %2 天），应于到期前 %3 日（%4 前）申请延续，未见申请。"_s
                .arg(iso(s.validTo))
                .arg(days)
                .arg(lead)
                .arg(iso(deadline));
    }
    normalise(flag);
    flags.append(flag);
}

} // namespace

QList<Flag> evaluatePermitValidity(const EvaluationContext &context)
{
    // The 60-day renewal and the validity dates are those of a Chinese permit; an NPDES
    // permit's renewal runs on other terms (40 CFR 122.21(d): 180 days).
    if (context.snapshot.jurisdiction != u"cn")
        return {};
    QList<Flag> flags;
    inspectionFlags(context, flags);
    renewalFlag(context, flags);
    return flags;
}

} // namespace outfall::rules
