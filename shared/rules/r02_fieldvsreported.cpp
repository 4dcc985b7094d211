#include "rules/r02_fieldvsreported.h"

#include "domain/oxygencorrection.h"
#include "domain/pollutant.h"
#include "rules/rulesupport.h"

#include <cmath>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::rules {

namespace {

using namespace support;

// The unit both values are compared in: the outlet's limit unit for the pollutant, else the
// catalogue's.
QString comparisonUnit(const SnapshotOutlet &outlet, const QString &pollutant)
{
    for (const SnapshotLimit &limit : outlet.limits) {
        if (limit.pollutant == pollutant && !limit.unit.isEmpty() && limit.basis != u"annual")
            return limit.unit;
    }
    const domain::Pollutant *p = domain::Pollutant::find(pollutant);
    return p ? p->defaultUnit : QString();
}

// The reported row to compare with: the valid CEMS hour containing the measurement, else the
// manual sample nearest in time within ± the window (ties: the earlier, then the smaller id).
const ReportedRow *counterpart(
    const ReportedIndex &index, const SnapshotMeasurement &m, int windowDays)
{
    for (const ReportedRow &hour : index.rows(m.outletId, m.pollutant, u"cems_hour"_s)) {
        if (hour.span.contains(m.recordedAtMs) && hour.valid)
            return &hour;
    }
    const std::int64_t window = static_cast<std::int64_t>(windowDays) * Cst::kDayMs;
    const ReportedRow *best = nullptr;
    std::int64_t bestDistance = 0;
    for (const ReportedRow &sample : index.rows(m.outletId, m.pollutant, u"sample"_s)) {
        if (!sample.valid)
            continue;
        const std::int64_t distance = sample.span.distanceMs(m.recordedAtMs);
        if (distance <= window && (!best || distance < bestDistance)) {
            best = &sample;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace

QList<Flag> evaluateFieldVsReported(const EvaluationContext &context)
{
    const PermitSnapshot &s = context.snapshot;
    const ReportedIndex &index = reportedIndex(context);
    QList<Flag> flags;
    for (const SnapshotMeasurement &m : s.measurements) {
        const SnapshotOutlet *outlet = s.outlet(m.outletId);
        if (!outlet)
            continue;
        const ReportedRow *match = counterpart(index, m, context.config.sampleWindowDays);
        if (!match)
            continue;
        const SnapshotReportedValue &r = *match->row;
        const QString unit = comparisonUnit(*outlet, m.pollutant);
        const auto fieldInUnit = convert(m.value, m.unit, unit);
        const auto reported = convert(*r.value, r.unit, unit);
        if (!fieldInUnit || !reported)
            continue;

        // Reported concentrations of stack gas are stated at the limit's reference O2 (the
        // converted concentration Chinese CEMS report for comparison with limits), so the field
        // value is corrected the same way before comparing.
        double field = *fieldInUnit;
        const SnapshotLimit *o2Limit = oxygenLimit(*outlet, m.pollutant);
        if (o2Limit) {
            if (!m.o2Pct)
                continue;
            try {
                field = domain::OxygenCorrection::correct(
                    *fieldInUnit, *m.o2Pct, *o2Limit->referenceO2Pct);
            } catch (const std::invalid_argument &) {
                continue; // O2 ≥ 21 %: not a stack-gas measurement (see R1)
            }
        }

        const RuleConfig::Tolerance tolerance = context.config.toleranceFor(m.pollutant);
        const domain::Pollutant *catalogue = domain::Pollutant::find(m.pollutant);
        const auto absolute = catalogue ? convert(tolerance.absolute, catalogue->defaultUnit, unit)
                                        : std::optional<double>(tolerance.absolute);
        if (!absolute)
            continue;
        const double relative = tolerance.relative * std::fabs(field);
        const double allowed = std::max(*absolute, relative);
        // A non-detect is an upper bound, a ">" value a lower one: only a field value beyond
        // the bound by more than the tolerance disagrees with it.
        double difference = field - *reported;
        if (r.qualifier == u"<")
            difference = std::max(0.0, difference);
        else if (r.qualifier == u">")
            difference = std::min(0.0, difference);
        if (std::fabs(difference) <= allowed)
            continue;

        Flag flag;
        flag.severity = Severity::Warning;
        const QDate day = Cst::dateOf(m.recordedAtMs);
        flag.subject = {s.permitId, m.outletId, m.pollutant, day.toString(Qt::ISODate), m.id};
        const QString mSource = u"measurement "_s + m.id;
        flag.inputs = {input(u"field value"_s, num(m.value), m.unit, mSource),
            input(u"measured at"_s, Cst::text(m.recordedAtMs), {}, mSource)};
        if (o2Limit) {
            flag.inputs.append(input(u"O2 measured"_s, num(*m.o2Pct), u"%"_s, mSource));
            flag.inputs.append(input(u"O2 reference"_s, num(*o2Limit->referenceO2Pct), u"%"_s,
                u"emission_limit "_s + o2Limit->id));
        }
        flag.inputs.append(input(u"reported value"_s, rowValue(r), r.unit, rowSource(r)));
        flag.inputs.append(input(u"reported period"_s, r.period, {}, rowSource(r)));
        flag.inputs.append(input(u"absolute tolerance"_s, num(tolerance.absolute),
            catalogue ? catalogue->defaultUnit : unit, u"configuration"_s));
        flag.inputs.append(
            input(u"relative tolerance"_s, num(tolerance.relative), {}, u"configuration"_s));

        if (m.unit != unit)
            flag.steps << step(
                u"field %1 %2 = %3 %4"_s.arg(num(m.value), m.unit, num(*fieldInUnit), unit),
                u"现场 %1 %2 = %3 %4"_s.arg(num(m.value), m.unit, num(*fieldInUnit), unit));
        if (o2Limit) {
            flag.steps << formula(u"C = %1 × (21 − %2) / (21 − %3) = %4 %5"_s.arg(
                num(*fieldInUnit), num(*o2Limit->referenceO2Pct), num(*m.o2Pct), num(field), unit));
        }
        if (r.unit != unit)
            flag.steps << step(
                u"reported %1 %2 = %3 %4"_s.arg(num(*r.value), r.unit, num(*reported), unit),
                u"报送 %1 %2 = %3 %4"_s.arg(num(*r.value), r.unit, num(*reported), unit));
        const QString daysApart =
            num(std::round(
                    static_cast<double>(match->span.distanceMs(m.recordedAtMs)) / Cst::kDayMs * 10)
                / 10);
        const QString matchEn = r.kind == u"cems_hour"
            ? u"the CEMS hour %1 (UTC) containing the measurement"_s.arg(r.period)
            : u"the manual sample of %1, %2 days from the measurement"_s.arg(r.period, daysApart);
        const QString matchZh = r.kind == u"cems_hour"
            ? u"监测时刻所在的在线监测小时 %1（UTC）"_s.arg(r.period)
            : u"%1 的手工监测样品，与现场监测相隔 %2 天"_s.arg(r.period, daysApart);
        flag.steps << step(u"compared with %1"_s.arg(matchEn), u"比对对象：%1"_s.arg(matchZh));
        flag.steps << step(u"allowed = max(%1, %2 × %3) = %4 %5"_s.arg(num(*absolute),
                               num(tolerance.relative), num(field), num(allowed), unit),
            u"允许偏差 = max(%1, %2 × %3) = %4 %5"_s.arg(
                num(*absolute), num(tolerance.relative), num(field), num(allowed), unit));
        if (r.qualifier == u"<" || r.qualifier == u">") {
            flag.steps << step(u"reported %1%2 is a bound: difference beyond it = %3 %4"_s.arg(
                                   r.qualifier, num(*reported), num(difference), unit),
                u"报送值 %1%2 为界限值：超出部分 = %3 %4"_s.arg(
                    r.qualifier, num(*reported), num(difference), unit));
        } else {
            flag.steps << formula(u"|%1 − %2| = %3 %4"_s.arg(
                num(field), num(*reported), num(std::fabs(difference)), unit));
        }
        flag.steps << formula(u"%1 > %2"_s.arg(num(std::fabs(difference)), num(allowed)));

        const QString outletText = outletLabel(s, m.outletId);
        const QString kindEn =
            r.kind == u"cems_hour" ? u"CEMS hourly value"_s : u"self-monitoring sample"_s;
        const QString kindZh = r.kind == u"cems_hour" ? u"在线监测小时值"_s : u"自行监测手工数据"_s;
        flag.messageEn =
            u"Field measurement of %1 at %2 on %3 (%4 %5) differs from the reported %6 "
            u"(%7 %8, %9) by %10 %11, more than the %12 %11 allowed."_s
                .arg(pollutantEn(m.pollutant), outletText, day.toString(Qt::ISODate), num(field),
                    unit, kindEn, rowValue(r), r.unit, r.period)
                .arg(num(std::fabs(difference)), unit, num(allowed));
        flag.messageZh =
            u"%1 现场监测 %2 %3 为 %4 %5，与企业报送的%6（%7 %8，%9）相差 %10 %11，超过允许偏差 %12 %11。"_s
                .arg(day.toString(Qt::ISODate), outletText, pollutantZh(m.pollutant), num(field),
                    unit, kindZh, rowValue(r), r.unit, r.period)
                .arg(num(std::fabs(difference)), unit, num(allowed));
        flag.evidence = {link(u"measurement"_s, m.id), link(u"reported_value"_s, r.id)};
        if (!m.inspectionId.isEmpty())
            flag.evidence.append(link(u"inspection"_s, m.inspectionId));
        if (o2Limit)
            flag.evidence.append(link(u"emission_limit"_s, o2Limit->id));
        normalise(flag);
        flags.append(flag);
    }
    return flags;
}

} // namespace outfall::rules
