#include "rules/r13_shutdownoperation.h"

#include "rules/rulesupport.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outfall::rules {

namespace {

using namespace support;

// The reported rows that speak for an instant: the CEMS hour containing it, and the CEMS day
// and samples of its CST day. outletId empty: every outlet.
QList<const SnapshotReportedValue *> covering(
    const ReportedIndex &index, std::int64_t ms, const QString &outletId)
{
    QList<const SnapshotReportedValue *> rows;
    const QDate day = Cst::dateOf(ms);
    for (const ReportedIndex::Series &series : index.series()) {
        if (!outletId.isEmpty() && series.outletId != outletId)
            continue;
        for (const ReportedIndex::Kind kind :
            {ReportedIndex::CemsHour, ReportedIndex::CemsDay, ReportedIndex::Sample}) {
            const std::span<const ReportedRow> list =
                index.rows(series.outletId, series.pollutant, kind);
            // In time order: start at the first row that could reach the instant's day.
            auto it = std::lower_bound(list.begin(), list.end(), Cst::startOf(day) - Cst::kDayMs,
                [](const ReportedRow &r, std::int64_t t) { return r.span.startMs < t; });
            for (; it != list.end() && it->span.startMs < Cst::startOf(day) + Cst::kDayMs; ++it) {
                const bool covers = kind == ReportedIndex::CemsHour ? it->span.contains(ms)
                                                                    : it->days.contains(day);
                if (covers)
                    rows.append(it->row);
            }
        }
    }
    return rows;
}

// Every covering row reports no discharge (and there is one): the enterprise said nothing
// was discharged then.
bool allNoDischarge(const QList<const SnapshotReportedValue *> &rows)
{
    if (rows.isEmpty())
        return false;
    for (const SnapshotReportedValue *row : rows) {
        if (!reportsNoDischarge(*row))
            return false;
    }
    return true;
}

void addClaims(Flag &flag, const QList<const SnapshotReportedValue *> &rows)
{
    int shown = 0;
    for (const SnapshotReportedValue *row : rows) {
        flag.evidence.append(link(u"reported_value"_s, row->id));
        if (shown++ < 12) {
            flag.inputs.append(input(u"reported"_s,
                u"%1, validity %2"_s.arg(
                    rowValue(*row), row->validity.isEmpty() ? u"valid"_s : row->validity),
                {}, rowSource(*row)));
        }
    }
    if (rows.size() > 12)
        flag.inputs.append(
            input(u"reported rows not shown"_s, QString::number(rows.size() - 12), {}, QString()));
}

} // namespace

QList<Flag> evaluateShutdownOperation(const EvaluationContext &context)
{
    const PermitSnapshot &s = context.snapshot;
    if (s.jurisdiction != u"cn")
        return {};
    const ReportedIndex &index = reportedIndex(context);
    QList<Flag> flags;

    // An inspection that saw the plant running while every reported row of that time says no
    // discharge. (One outlet shut down while another runs is normal; only a claim that covers
    // the whole enterprise contradicts "running".)
    for (const SnapshotInspection &inspection : s.inspections) {
        if (inspection.productionLoad != u"running" && inspection.productionLoad != u"partial")
            continue;
        const QList<const SnapshotReportedValue *> rows =
            covering(index, inspection.startedAtMs, QString());
        if (!allNoDischarge(rows))
            continue;
        const QDate day = Cst::dateOf(inspection.startedAtMs);
        Flag flag;
        flag.severity = Severity::Violation;
        flag.subject = {s.permitId, QString(), QString(), day.toString(Qt::ISODate), inspection.id};
        flag.inputs.append(input(
            u"production seen"_s, inspection.productionLoad, {}, u"inspection "_s + inspection.id));
        flag.inputs.append(input(u"inspection started"_s, Cst::text(inspection.startedAtMs), {},
            u"inspection "_s + inspection.id));
        addClaims(flag, rows);
        flag.steps << step(u"reported rows covering %1: %2, every one shutdown or no-data C"_s.arg(
                               Cst::text(inspection.startedAtMs), QString::number(rows.size())),
            u"覆盖 %1 的报送记录 %2 条，均为停运或无数据代码 C"_s.arg(
                Cst::text(inspection.startedAtMs), QString::number(rows.size())))
                   << step(u"inspection recorded production: %1"_s.arg(inspection.productionLoad),
                          u"检查记录的生产状况：%1"_s.arg(inspection.productionLoad));
        flag.evidence.append(link(u"inspection"_s, inspection.id));
        const QString loadZh =
            inspection.productionLoad == u"partial" ? u"部分生产"_s : u"正常生产"_s;
        flag.messageEn = u"The enterprise reported no discharge (shutdown) for %1, but the "
                         u"inspection of %2 found the "
                         u"plant %3."_s.arg(day.toString(Qt::ISODate),
                             Cst::text(inspection.startedAtMs), inspection.productionLoad);
        flag.messageZh = u"企业报送 %1 停产（无排放），但 %2 现场检查发现企业%3。"_s.arg(
            day.toString(Qt::ISODate), Cst::text(inspection.startedAtMs), loadZh);
        normalise(flag);
        flags.append(flag);
    }

    // A field measurement of an emission at an outlet whose reported rows for that time all
    // say no discharge.
    for (const SnapshotMeasurement &m : s.measurements) {
        if (m.outletId.isEmpty() || m.value <= 0)
            continue;
        const QList<const SnapshotReportedValue *> rows =
            covering(index, m.recordedAtMs, m.outletId);
        if (!allNoDischarge(rows))
            continue;
        const QDate day = Cst::dateOf(m.recordedAtMs);
        Flag flag;
        flag.severity = Severity::Violation;
        flag.subject = {s.permitId, m.outletId, m.pollutant, day.toString(Qt::ISODate), m.id};
        flag.inputs.append(input(u"field value"_s, num(m.value), m.unit, u"measurement "_s + m.id));
        flag.inputs.append(
            input(u"measured at"_s, Cst::text(m.recordedAtMs), {}, u"measurement "_s + m.id));
        addClaims(flag, rows);
        flag.steps << step(
            u"reported rows of %1 covering %2: %3, every one shutdown or no-data C"_s.arg(
                outletCode(s, m.outletId), Cst::text(m.recordedAtMs), QString::number(rows.size())),
            u"%1 覆盖 %2 的报送记录 %3 条，均为停运或无数据代码 C"_s.arg(
                outletCode(s, m.outletId), Cst::text(m.recordedAtMs), QString::number(rows.size())))
                   << step(u"field measurement %1 %2 %3 > 0: the outlet was discharging"_s.arg(
                               m.pollutant, num(m.value), m.unit),
                          u"现场监测 %1 %2 %3 > 0：该排放口正在排放"_s.arg(
                              m.pollutant, num(m.value), m.unit));
        flag.evidence.append(link(u"measurement"_s, m.id));
        if (!m.inspectionId.isEmpty())
            flag.evidence.append(link(u"inspection"_s, m.inspectionId));
        flag.messageEn =
            u"Outlet %1 was reported shut down (no discharge) on %2, but %3 was measured there at %4 %5."_s
                .arg(outletLabel(s, m.outletId), day.toString(Qt::ISODate),
                    pollutantEn(m.pollutant), num(m.value), m.unit);
        flag.messageZh = u"企业报送排放口 %1 于 %2 停运（无排放），但现场监测到%3 %4 %5。"_s.arg(
            outletLabel(s, m.outletId), day.toString(Qt::ISODate), pollutantZh(m.pollutant),
            num(m.value), m.unit);
        normalise(flag);
        flags.append(flag);
    }
    return flags;
}

} // namespace outfall::rules
