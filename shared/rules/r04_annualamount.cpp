#include "rules/r04_annualamount.h"

#include "rules/rulesupport.h"

#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace outfall::rules {

namespace {

using namespace support;

struct Amounts
{
    QMap<QDate, double> tonnes; // by the month's first day
    QMap<QDate, QList<const SnapshotReportedValue *>> rows;

    double sum(
        QDate first, QDate last, QList<const SnapshotReportedValue *> *used, int *months) const
    {
        double total = 0;
        for (auto it = tonnes.lowerBound(first); it != tonnes.cend() && it.key() <= last; ++it) {
            total += it.value();
            if (used)
                used->append(rows.value(it.key()));
            if (months)
                ++*months;
        }
        return total;
    }
};

QString monthText(QDate month)
{
    return month.toString(u"yyyy-MM"_s);
}

Flag baseFlag(const PermitSnapshot &s, const SnapshotOutlet &outlet, const SnapshotLimit &limit,
    const QString &period, const QString &detail)
{
    Flag flag;
    flag.subject = {s.permitId, outlet.id, limit.pollutant, period, detail};
    flag.inputs.append(input(u"permitted annual amount"_s, num(*limit.annualT), u"t/a"_s,
        u"emission_limit "_s + limit.id));
    flag.evidence.append(link(u"emission_limit"_s, limit.id));
    return flag;
}

void addRows(Flag &flag, const QList<const SnapshotReportedValue *> &rows)
{
    for (const SnapshotReportedValue *row : rows) {
        flag.inputs.append(input(u"month amount"_s, rowValue(*row), row->unit, rowSource(*row)));
        flag.evidence.append(link(u"reported_value"_s, row->id));
    }
}

// Months of [first, last] with no month_amount row: the total is a lower bound then.
QStringList missingMonths(const Amounts &amounts, QDate first, QDate last)
{
    QStringList missing;
    for (QDate m = first; m <= last; m = m.addMonths(1)) {
        if (!amounts.tonnes.contains(m))
            missing << monthText(m);
    }
    return missing;
}

} // namespace

QList<Flag> evaluateAnnualAmount(const EvaluationContext &context)
{
    const PermitSnapshot &s = context.snapshot;
    if (s.jurisdiction != u"cn")
        return {};
    const ReportedIndex &index = reportedIndex(context);
    QList<Flag> flags;
    for (const SnapshotOutlet &outlet : s.outlets) {
        // One permitted amount a pollutant: the smallest when several limits state one.
        QMap<QString, const SnapshotLimit *> permitted;
        for (const SnapshotLimit &limit : outlet.limits) {
            if (!limit.annualT || *limit.annualT <= 0)
                continue;
            const SnapshotLimit *&slot = permitted[limit.pollutant];
            if (!slot || *limit.annualT < *slot->annualT)
                slot = &limit;
        }
        for (const SnapshotLimit *limit : std::as_const(permitted)) {
            const double annual = *limit->annualT;
            Amounts amounts;
            for (const ReportedRow &r :
                index.rows(outlet.id, limit->pollutant, u"month_amount"_s)) {
                if (!r.valid)
                    continue;
                const auto tonnes = convert(*r.row->value, r.row->unit, u"t"_s);
                if (!tonnes)
                    continue;
                amounts.tonnes[r.days.first] += *tonnes;
                amounts.rows[r.days.first].append(r.row);
            }
            if (amounts.tonnes.isEmpty())
                continue;

            // Calendar years. A year with months missing gives a lower bound, which is still
            // proof when it is already over the amount.
            QSet<QString> flaggedWindows;
            QSet<int> years;
            for (auto it = amounts.tonnes.cbegin(); it != amounts.tonnes.cend(); ++it)
                years.insert(it.key().year());
            QList<int> yearList = years.values();
            std::sort(yearList.begin(), yearList.end());
            for (int year : std::as_const(yearList)) {
                QList<const SnapshotReportedValue *> used;
                int months = 0;
                const QDate first(year, 1, 1);
                const QDate last(year, 12, 1);
                const double total = amounts.sum(first, last, &used, &months);
                if (total <= annual)
                    continue;
                Flag flag = baseFlag(s, outlet, *limit, QString::number(year), u"calendar"_s);
                flag.severity = Severity::Violation;
                flag.exceedancePct = (total - annual) / annual * 100;
                addRows(flag, used);
                const QStringList missing = missingMonths(amounts, first, last);
                flag.steps << step(u"Σ month amounts %1 = %2 t (%3 months)"_s
                                       .arg(QString::number(year), num(total))
                                       .arg(months),
                    u"Σ %1年月排放量 = %2 吨（%3 个月）"_s.arg(QString::number(year), num(total))
                        .arg(months));
                if (!missing.isEmpty())
                    flag.steps << step(
                        u"months without a reported amount: %1 (the sum is a lower bound)"_s.arg(
                            missing.join(u", "_s)),
                        u"未报送排放量的月份：%1（合计为下限）"_s.arg(missing.join(u"、"_s)));
                flag.steps << formula(u"%1 t > %2 t/a: (%1 − %2) / %2 × 100 = %3 %"_s.arg(
                    num(total), num(annual), pct(*flag.exceedancePct)));
                flag.messageEn =
                    u"Reported %1 emissions of %2 in %3 add up to %4 t, above the permitted %5 t/a by %6 %."_s
                        .arg(pollutantEn(limit->pollutant), outletLabel(s, outlet.id),
                            QString::number(year), num(total), num(annual),
                            pct(*flag.exceedancePct));
                flag.messageZh =
                    u"%1 %2 %3年报送排放量合计 %4 吨，超过许可年排放量 %5 吨，超出 %6%。"_s.arg(
                        outletLabel(s, outlet.id), pollutantZh(limit->pollutant),
                        QString::number(year), num(total), num(annual), pct(*flag.exceedancePct));
                normalise(flag);
                flags.append(flag);
                flaggedWindows.insert(monthText(first) + u'/' + monthText(last));
            }

            // Any 12 consecutive months inside the reported months: the window with the
            // largest total (the latest on a tie), unless it is a calendar year already
            // flagged. (Fewer than 12 months reported: the calendar check above already says
            // what a partial sum can prove.)
            const QDate firstMonth = amounts.tonnes.firstKey();
            const QDate lastMonth = amounts.tonnes.lastKey();
            double best = -1;
            QDate bestEnd;
            for (QDate end = firstMonth.addMonths(11); end <= lastMonth; end = end.addMonths(1)) {
                const double total = amounts.sum(end.addMonths(-11), end, nullptr, nullptr);
                if (total >= best) {
                    best = total;
                    bestEnd = end;
                }
            }
            const QDate bestStart = bestEnd.isValid() ? bestEnd.addMonths(-11) : QDate();
            const QString window = monthText(bestStart) + u'/' + monthText(bestEnd);
            if (bestEnd.isValid() && best > annual && !flaggedWindows.contains(window)) {
                QList<const SnapshotReportedValue *> used;
                int months = 0;
                amounts.sum(bestStart, bestEnd, &used, &months);
                Flag flag = baseFlag(s, outlet, *limit, window, u"rolling"_s);
                flag.severity = Severity::Violation;
                flag.exceedancePct = (best - annual) / annual * 100;
                addRows(flag, used);
                const QStringList missing = missingMonths(amounts, bestStart, bestEnd);
                flag.steps << step(
                    u"largest total of 12 consecutive months: %1 = %2 t (%3 months reported)"_s
                        .arg(window, num(best))
                        .arg(months),
                    u"连续12个月合计最大值：%1 = %2 吨（报送 %3 个月）"_s.arg(window, num(best))
                        .arg(months));
                if (!missing.isEmpty())
                    flag.steps << step(
                        u"months without a reported amount: %1 (the sum is a lower bound)"_s.arg(
                            missing.join(u", "_s)),
                        u"未报送排放量的月份：%1（合计为下限）"_s.arg(missing.join(u"、"_s)));
                flag.steps << formula(u"%1 t > %2 t/a: (%1 − %2) / %2 × 100 = %3 %"_s.arg(
                    num(best), num(annual), pct(*flag.exceedancePct)));
                flag.messageEn =
                    u"Reported %1 emissions of %2 over the 12 months %3 add up to %4 t, above the "
                    u"permitted %5 t/a by %6 %."_s.arg(pollutantEn(limit->pollutant),
                        outletLabel(s, outlet.id), window, num(best), num(annual),
                        pct(*flag.exceedancePct));
                flag.messageZh =
                    u"%1 %2 连续12个月（%3）报送排放量合计 %4 吨，超过许可年排放量 %5 吨，超出 %6%。"_s
                        .arg(outletLabel(s, outlet.id), pollutantZh(limit->pollutant), window,
                            num(best), num(annual), pct(*flag.exceedancePct));
                normalise(flag);
                flags.append(flag);
            }

            // The pace of the evaluation year: the complete months before asOf, projected to
            // twelve. Only a warning, and only while the year is not already over.
            const QDate asOf = context.asOf;
            if (!asOf.isValid() || asOf.month() == 1)
                continue;
            const int elapsed = asOf.month() - 1;
            const QDate yearStart(asOf.year(), 1, 1);
            const QDate lastComplete(asOf.year(), elapsed, 1);
            QList<const SnapshotReportedValue *> used;
            int months = 0;
            const double ytd = amounts.sum(yearStart, lastComplete, &used, &months);
            if (months == 0 || ytd > annual)
                continue;
            const double projected = ytd / elapsed * 12;
            const double threshold = context.config.annualWarningPaceRatio * annual;
            if (projected <= threshold)
                continue;
            Flag flag = baseFlag(s, outlet, *limit, QString::number(asOf.year()), u"pace"_s);
            flag.severity = Severity::Warning;
            addRows(flag, used);
            flag.inputs.append(
                input(u"as of"_s, asOf.toString(Qt::ISODate), {}, u"evaluation date"_s));
            flag.inputs.append(input(u"warning pace ratio"_s,
                num(context.config.annualWarningPaceRatio), {}, u"configuration"_s));
            const QStringList missing = missingMonths(amounts, yearStart, lastComplete);
            flag.steps << step(u"year to date %1–%2: %3 t"_s.arg(
                                   monthText(yearStart), monthText(lastComplete), num(ytd)),
                u"年初至今 %1–%2：%3 吨"_s.arg(
                    monthText(yearStart), monthText(lastComplete), num(ytd)));
            if (!missing.isEmpty())
                flag.steps << step(
                    u"months without a reported amount: %1 (counted as unknown, not 0: the pace is a lower bound)"_s
                        .arg(missing.join(u", "_s)),
                    u"未报送排放量的月份：%1（按未知而非 0 计：进度为下限）"_s.arg(
                        missing.join(u"、"_s)));
            flag.steps << step(
                u"projected = %1 t / %2 months × 12 = %3 t"_s.arg(num(ytd)).arg(elapsed).arg(
                    num(projected)),
                u"预计全年 = %1 吨 / %2 个月 × 12 = %3 吨"_s.arg(num(ytd)).arg(elapsed).arg(
                    num(projected)))
                       << formula(u"%1 t > %2 × %3 t/a = %4 t"_s.arg(num(projected),
                              num(context.config.annualWarningPaceRatio), num(annual),
                              num(threshold)));
            flag.messageEn =
                u"At the pace of %1–%2 (%3 t), %4 emissions of %5 in %6 project to %7 t, above the "
                u"permitted %8 t/a."_s.arg(monthText(yearStart), monthText(lastComplete), num(ytd),
                    pollutantEn(limit->pollutant), outletLabel(s, outlet.id),
                    QString::number(asOf.year()), num(projected), num(annual));
            flag.messageZh =
                u"按 %1 至 %2 的排放进度（%3 吨），%4 %5 %6年预计排放 %7 吨，将超过许可年排放量 %8 吨。"_s
                    .arg(monthText(yearStart), monthText(lastComplete), num(ytd),
                        outletLabel(s, outlet.id), pollutantZh(limit->pollutant),
                        QString::number(asOf.year()), num(projected), num(annual));
            normalise(flag);
            flags.append(flag);
        }
    }
    return flags;
}

} // namespace outfall::rules
