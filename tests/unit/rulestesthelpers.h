#pragma once

// Snapshots built by hand for the rule tests (tst_rules_*): one permit with an air outlet
// (SO2/NOx at 6 % O2, hourly limits, CEMS) and a water outlet (COD daily, pH 6–9 instant,
// NH3-N manual monthly), valid 2022-01-01 … 2027-12-31, and helpers for instants in UTC and
// CST, reported rows and running one rule.

#include "rules/reportperiod.h"
#include "rules/ruleconfig.h"
#include "rules/ruleset.h"

#include <QDate>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <cstdint>
#include <random>

namespace rulestest {

using namespace outfall::rules;
using namespace Qt::StringLiterals;

inline std::int64_t utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return Cst::startOf(QDate(y, mo, d)) + Cst::kOffsetMs + h * Cst::kHourMs + mi * 60'000LL;
}

// An instant given as China Standard Time wall-clock time.
inline std::int64_t cst(int y, int mo, int d, int h = 0, int mi = 0)
{
    return Cst::startOf(QDate(y, mo, d)) + h * Cst::kHourMs + mi * 60'000LL;
}

inline SnapshotLimit limit(const QString &id, const QString &pollutant, std::optional<double> min,
    std::optional<double> max, const QString &unit, const QString &basis,
    std::optional<double> referenceO2 = std::nullopt, std::optional<double> annualT = std::nullopt)
{
    SnapshotLimit l;
    l.id = id;
    l.pollutant = pollutant;
    l.min = min;
    l.max = max;
    l.unit = unit;
    l.basis = basis;
    l.referenceO2Pct = referenceO2;
    l.annualT = annualT;
    return l;
}

inline PermitSnapshot permit()
{
    PermitSnapshot s;
    s.permitId = u"permit-1"_s;
    s.permitNumber = u"91440300MA5TEST01X001P"_s;
    s.enterpriseName = u"测试电厂"_s;
    s.siteLat = 22.60;
    s.siteLon = 114.00;
    s.validFrom = QDate(2022, 1, 1);
    s.validTo = QDate(2027, 12, 31);

    SnapshotOutlet air;
    air.id = u"outlet-air"_s;
    air.code = u"DA001"_s;
    air.name = u"1#锅炉烟囱"_s;
    air.medium = u"air"_s;
    air.category = u"main"_s;
    air.lat = 22.6010; // about 111 m north of the site
    air.lon = 114.0000;
    air.limits = {
        limit(u"lim-so2"_s, u"SO2"_s, std::nullopt, 35.0, u"mg/Nm3"_s, u"hourly"_s, 6.0, 120.0),
        limit(u"lim-nox"_s, u"NOX"_s, std::nullopt, 50.0, u"mg/Nm3"_s, u"hourly"_s, 6.0)};
    air.monitoring = {
        {u"SO2"_s, u"automatic"_s, u"continuous"_s}, {u"NOX"_s, u"automatic"_s, u"continuous"_s}};

    SnapshotOutlet water;
    water.id = u"outlet-water"_s;
    water.code = u"DW001"_s;
    water.name = u"总排口"_s;
    water.medium = u"water"_s;
    water.category = u"main"_s;
    water.lat = 22.6000;
    water.lon = 114.0020; // about 205 m east of the site
    water.limits = {limit(u"lim-cod"_s, u"COD"_s, std::nullopt, 90.0, u"mg/L"_s, u"daily"_s),
        limit(u"lim-ph"_s, u"PH"_s, 6.0, 9.0, u"pH"_s, u"instant"_s),
        limit(u"lim-nh3n"_s, u"NH3N"_s, std::nullopt, 10.0, u"mg/L"_s, u"daily"_s)};
    water.monitoring = {{u"COD"_s, u"automatic"_s, u"continuous"_s},
        {u"NH3N"_s, u"manual"_s, u"monthly"_s}, {u"PH"_s, u"manual"_s, u"weekly"_s}};
    s.outlets = {air, water};
    return s;
}

inline SnapshotReportedValue row(const QString &id, const QString &outletId,
    const QString &pollutant, const QString &kind, const QString &period,
    std::optional<double> value, const QString &unit)
{
    SnapshotReportedValue r;
    r.id = id;
    r.outletId = outletId;
    r.pollutant = pollutant;
    r.kind = kind;
    r.period = period;
    r.value = value;
    r.unit = unit;
    r.qualifier = u"="_s;
    r.validity = u"valid"_s;
    return r;
}

inline SnapshotReportedValue shutdownRow(const QString &id, const QString &outletId,
    const QString &pollutant, const QString &kind, const QString &period, const QString &unit)
{
    SnapshotReportedValue r = row(id, outletId, pollutant, kind, period, std::nullopt, unit);
    r.validity = u"shutdown"_s;
    r.noData = u"C"_s;
    r.validCount = 0;
    return r;
}

inline SnapshotMeasurement measurement(const QString &id, const QString &outletId,
    const QString &pollutant, double value, const QString &unit, std::optional<double> o2,
    std::int64_t at)
{
    SnapshotMeasurement m;
    m.id = id;
    m.inspectionId = u"insp-1"_s;
    m.outletId = outletId;
    m.pollutant = pollutant;
    m.value = value;
    m.unit = unit;
    m.o2Pct = o2;
    m.recordedAtMs = at;
    return m;
}

// The flags of one rule (the Chinese entry of its id), with rule id and version set as
// evaluatePermit sets them.
// What of a flag's computation has no Chinese ("R1 input 'field value'"), empty when all of it
// has: every input name and every step is shown in the UI's language.
inline QString untranslated(const Flag &flag)
{
    QStringList missing;
    for (const FlagInput &input : flag.inputs) {
        if (input.nameZh.isEmpty())
            missing << u"input '%1'"_s.arg(input.name);
    }
    for (const FlagStep &step : flag.steps) {
        if (step.textZh.isEmpty() || step.textEn.isEmpty())
            missing << u"step '%1'"_s.arg(step.textEn);
    }
    return missing.isEmpty() ? QString() : flag.ruleId + u' ' + missing.join(u", "_s);
}

inline QList<Flag> run(const QString &ruleId, const PermitSnapshot &snapshot, QDate asOf,
    const RuleConfig &config = RuleConfig::defaults())
{
    QList<Flag> flags;
    const EvaluationContext context {snapshot, config, asOf};
    for (const Rule &rule : allRules()) {
        if (rule.id != ruleId)
            continue;
        for (Flag flag : rule.evaluate(context)) {
            flag.ruleId = rule.id;
            flag.ruleVersion = rule.version;
            // Every rule test checks that what the rule computed reads in Chinese too.
            if (const QString problem = untranslated(flag); !problem.isEmpty())
                QTest::qFail(qPrintable(u"no Chinese for "_s + problem), __FILE__, __LINE__);
            flags.append(flag);
        }
    }
    return flags;
}

inline QStringList ids(const QList<Flag> &flags)
{
    QStringList result;
    for (const Flag &flag : flags)
        result << flag.id();
    std::sort(result.begin(), result.end());
    return result;
}

inline bool hasEvidence(const Flag &flag, const QString &kind, const QString &id)
{
    return std::any_of(flag.evidence.cbegin(), flag.evidence.cend(),
        [&](const EvidenceLink &e) { return e.kind == kind && e.id == id; });
}

// Every list of the snapshot shuffled: rules must not depend on the order a store returns.
inline PermitSnapshot shuffled(PermitSnapshot s, unsigned seed)
{
    std::mt19937 rng(seed);
    std::shuffle(s.reported.begin(), s.reported.end(), rng);
    std::shuffle(s.measurements.begin(), s.measurements.end(), rng);
    std::shuffle(s.fixes.begin(), s.fixes.end(), rng);
    std::shuffle(s.photos.begin(), s.photos.end(), rng);
    std::shuffle(s.answers.begin(), s.answers.end(), rng);
    std::shuffle(s.inspections.begin(), s.inspections.end(), rng);
    std::shuffle(s.executionReports.begin(), s.executionReports.end(), rng);
    std::shuffle(s.observedOutlets.begin(), s.observedOutlets.end(), rng);
    std::shuffle(s.outlets.begin(), s.outlets.end(), rng);
    return s;
}

// A flag's whole content as text, to compare two evaluations.
inline QString dump(const QList<Flag> &flags)
{
    QStringList lines;
    for (const Flag &f : flags) {
        QStringList parts {f.id(), f.ruleId, severityName(f.severity), f.subject.period,
            f.subject.detail, f.messageEn, f.messageZh, f.stepsEn().join(u'|'),
            f.exceedancePct ? QString::number(*f.exceedancePct) : u"-"_s};
        for (const FlagInput &i : f.inputs)
            parts << i.name + u'=' + i.value + i.unit + u'@' + i.source;
        for (const EvidenceLink &e : f.evidence)
            parts << e.kind + u':' + e.id;
        lines << parts.join(u';');
    }
    std::sort(lines.begin(), lines.end());
    return lines.join(u'\n');
}

} // namespace rulestest
