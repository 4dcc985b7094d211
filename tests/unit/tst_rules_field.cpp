// R1 field exceedance, R2 field against reported, R12 evidence location.

#include "rulestesthelpers.h"

#include <QTest>

using namespace rulestest;

namespace {

const QDate kAsOf(2026, 11, 20);

} // namespace

class TestRulesField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void r1AtTheLimitIsNotAViolation()
    {
        PermitSnapshot s = permit();
        // At the reference O2 the correction changes nothing: 35 is the limit itself.
        s.measurements = {measurement(
            u"m1"_s, u"outlet-air"_s, u"SO2"_s, 35.0, u"mg/Nm3"_s, 6.0, cst(2026, 11, 5, 10))};
        QVERIFY(run(u"R1"_s, s, kAsOf).isEmpty());
        s.measurements[0].value = 35.01;
        const QList<Flag> flags = run(u"R1"_s, s, kAsOf);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0].severity, Severity::Violation);
        QVERIFY(qAbs(*flags[0].exceedancePct - 0.01 / 35 * 100) < 1e-9);
        QCOMPARE(flags[0].subject.outletId, u"outlet-air"_s);
        QCOMPARE(flags[0].subject.pollutant, u"SO2"_s);
        QCOMPARE(flags[0].subject.period, u"2026-11-05"_s);
        QCOMPARE(flags[0].subject.detail, u"m1"_s);
        QVERIFY(hasEvidence(flags[0], u"measurement"_s, u"m1"_s));
        QVERIFY(hasEvidence(flags[0], u"emission_limit"_s, u"lim-so2"_s));
        QVERIFY(hasEvidence(flags[0], u"inspection"_s, u"insp-1"_s));
        QVERIFY(!flags[0].messageEn.isEmpty());
        QVERIFY(!flags[0].messageZh.isEmpty());
        // The limit input's value is the bound; its unit goes beside it, once.
        const auto limit = std::find_if(flags[0].inputs.begin(), flags[0].inputs.end(),
            [](const FlagInput &in) { return in.name == u"limit"; });
        QVERIFY(limit != flags[0].inputs.end());
        QCOMPARE(limit->value, u"≤ 35"_s);
        QCOMPARE(limit->unit, u"mg/Nm3"_s);
    }

    void r1OxygenCorrection()
    {
        PermitSnapshot s = permit();
        // 25 mg/Nm3 measured at 11 % O2 is 25 × 15 / 10 = 37.5 at 6 %: over 35.
        s.measurements = {measurement(
            u"m1"_s, u"outlet-air"_s, u"SO2"_s, 25.0, u"mg/Nm3"_s, 11.0, cst(2026, 11, 5, 10))};
        QList<Flag> flags = run(u"R1"_s, s, kAsOf);
        QCOMPARE(flags.size(), 1);
        QVERIFY(qAbs(*flags[0].exceedancePct - (37.5 - 35) / 35 * 100) < 1e-9);
        QVERIFY2(flags[0].stepsEn().join(u'\n').contains(u"25 × (21 − 6) / (21 − 11) = 37.5"_s),
            qPrintable(flags[0].stepsEn().join(u'\n')));
        // At 8.5 % O2 the same 25 is 25 × 15 / 12.5 = 30: within.
        s.measurements[0].o2Pct = 8.5;
        QVERIFY(run(u"R1"_s, s, kAsOf).isEmpty());
        // No O2 with a reference-O2 limit: not comparable, no flag.
        s.measurements[0].value = 100;
        s.measurements[0].o2Pct.reset();
        QVERIFY(run(u"R1"_s, s, kAsOf).isEmpty());
    }

    void r1OxygenOf21IsNoFlagAndNoCrash()
    {
        PermitSnapshot s = permit();
        s.measurements = {measurement(u"m1"_s, u"outlet-air"_s, u"SO2"_s, 500.0, u"mg/Nm3"_s, 21.0,
                              cst(2026, 11, 5, 10)),
            measurement(
                u"m2"_s, u"outlet-air"_s, u"SO2"_s, 500.0, u"mg/Nm3"_s, 25.0, cst(2026, 11, 5, 10)),
            measurement(u"m3"_s, u"outlet-air"_s, u"SO2"_s, 500.0, u"mg/Nm3"_s, -1.0,
                cst(2026, 11, 5, 10))};
        QVERIFY(run(u"R1"_s, s, kAsOf).isEmpty());
        QVERIFY(run(u"R2"_s, s, kAsOf).isEmpty());
        // The whole device rule set on it as well.
        const RuleConfig config = RuleConfig::defaults();
        QVERIFY(evaluatePermit({s, config, kAsOf}, Where::Device).isEmpty());
    }

    void r1UnitsAreConverted()
    {
        PermitSnapshot s = permit();
        // 36 000 µg/m3 = 36 mg/m3 > 35 (O2 at the reference).
        s.measurements = {measurement(
            u"m1"_s, u"outlet-air"_s, u"SO2"_s, 36000, u"ug/m3"_s, 6.0, cst(2026, 11, 5, 10))};
        QList<Flag> flags = run(u"R1"_s, s, kAsOf);
        QCOMPARE(flags.size(), 1);
        QVERIFY(flags[0].stepsEn().first().contains(u"36000 ug/m3 = 36 mg/Nm3"_s));
        // 34 000 µg/m3 is within.
        s.measurements[0].value = 34000;
        QVERIFY(run(u"R1"_s, s, kAsOf).isEmpty());
        // A unit of another dimension compares with nothing (never a factor of 1).
        s.measurements[0].unit = u"mg/L"_s;
        s.measurements[0].value = 1e6;
        QVERIFY(run(u"R1"_s, s, kAsOf).isEmpty());
    }

    void r1RangeAndMinimum()
    {
        PermitSnapshot s = permit();
        s.measurements = {measurement(u"ph-low"_s, u"outlet-water"_s, u"PH"_s, 5.5, u"pH"_s,
                              std::nullopt, cst(2026, 11, 5, 10)),
            measurement(u"ph-at-min"_s, u"outlet-water"_s, u"PH"_s, 6.0, u"pH"_s, std::nullopt,
                cst(2026, 11, 5, 10)),
            measurement(u"ph-at-max"_s, u"outlet-water"_s, u"PH"_s, 9.0, u"pH"_s, std::nullopt,
                cst(2026, 11, 5, 10)),
            measurement(u"ph-high"_s, u"outlet-water"_s, u"PH"_s, 9.5, u"pH"_s, std::nullopt,
                cst(2026, 11, 5, 10))};
        const QList<Flag> flags = run(u"R1"_s, s, kAsOf);
        QCOMPARE(flags.size(), 2);
        for (const Flag &f : flags) {
            if (f.subject.detail == u"ph-low") {
                QVERIFY(qAbs(*f.exceedancePct - 0.5 / 6 * 100) < 1e-9);
                QVERIFY(f.messageEn.contains(u"below"_s));
            } else {
                QCOMPARE(f.subject.detail, u"ph-high"_s);
                QVERIFY(qAbs(*f.exceedancePct - 0.5 / 9 * 100) < 1e-9);
            }
        }
    }

    void r1NoOutletNoLimit()
    {
        PermitSnapshot s = permit();
        s.measurements = {
            measurement(u"m1"_s, QString(), u"SO2"_s, 999, u"mg/Nm3"_s, 6.0, cst(2026, 11, 5, 10)),
            measurement(
                u"m2"_s, u"outlet-air"_s, u"CO"_s, 999, u"mg/Nm3"_s, 6.0, cst(2026, 11, 5, 10))};
        QVERIFY(run(u"R1"_s, s, kAsOf).isEmpty());
    }

    void r1PeriodIsTheCstDay()
    {
        PermitSnapshot s = permit();
        // 2026-10-31 16:30 UTC is 1 November 00:30 CST.
        s.measurements = {measurement(
            u"m1"_s, u"outlet-air"_s, u"SO2"_s, 40, u"mg/Nm3"_s, 6.0, utc(2026, 10, 31, 16, 30))};
        QCOMPARE(run(u"R1"_s, s, kAsOf).first().subject.period, u"2026-11-01"_s);
    }

    void r2CemsHourContainingTheMeasurement()
    {
        PermitSnapshot s = permit();
        // Measured at 00:30 CST on 1 November: the CEMS hour stored as 2026-10-31T16 (UTC).
        s.measurements = {measurement(
            u"m1"_s, u"outlet-air"_s, u"SO2"_s, 30, u"mg/Nm3"_s, 6.0, cst(2026, 11, 1, 0, 30))};
        s.reported = {row(u"h-before"_s, u"outlet-air"_s, u"SO2"_s, u"cems_hour"_s,
                          u"2026-10-31T15"_s, 30.0, u"mg/Nm3"_s),
            row(u"h-match"_s, u"outlet-air"_s, u"SO2"_s, u"cems_hour"_s, u"2026-10-31T16"_s, 12.9,
                u"mg/Nm3"_s),
            row(u"h-after"_s, u"outlet-air"_s, u"SO2"_s, u"cems_hour"_s, u"2026-10-31T17"_s, 30.0,
                u"mg/Nm3"_s)};
        // SO2 tolerance: max(17, 0.3 × 30 = 9) = 17; |30 − 12.9| = 17.1 > 17.
        QList<Flag> flags = run(u"R2"_s, s, kAsOf);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0].severity, Severity::Warning);
        QVERIFY(hasEvidence(flags[0], u"reported_value"_s, u"h-match"_s));
        QVERIFY(hasEvidence(flags[0], u"measurement"_s, u"m1"_s));
        QCOMPARE(flags[0].subject.period, u"2026-11-01"_s);
        // 13 is exactly 17 away: not beyond the tolerance.
        s.reported[1].value = 13.0;
        QVERIFY(run(u"R2"_s, s, kAsOf).isEmpty());
    }

    void r2FallsBackToTheNearestSample()
    {
        PermitSnapshot s = permit();
        s.measurements = {measurement(u"m1"_s, u"outlet-water"_s, u"NH3N"_s, 8.0, u"mg/L"_s,
            std::nullopt, cst(2026, 11, 10, 10))};
        // NH3-N tolerance: max(0.3, 0.3 × 8 = 2.4) = 2.4.
        s.reported = {row(u"far"_s, u"outlet-water"_s, u"NH3N"_s, u"sample"_s, u"2026-11-01"_s, 1.0,
                          u"mg/L"_s),
            row(u"near"_s, u"outlet-water"_s, u"NH3N"_s, u"sample"_s, u"2026-11-08"_s, 5.0,
                u"mg/L"_s)};
        QList<Flag> flags = run(u"R2"_s, s, kAsOf);
        QCOMPARE(flags.size(), 1);
        QVERIFY(hasEvidence(flags[0], u"reported_value"_s, u"near"_s));
        // Within tolerance against the nearer one: no flag, though the farther one differs.
        s.reported[1].value = 6.0;
        QVERIFY(run(u"R2"_s, s, kAsOf).isEmpty());
        // Outside ± 7 days: nothing to compare with (the 2nd ends 7 days and 10 h before).
        s.reported = {row(
            u"old"_s, u"outlet-water"_s, u"NH3N"_s, u"sample"_s, u"2026-11-02"_s, 1.0, u"mg/L"_s)};
        QVERIFY(run(u"R2"_s, s, kAsOf).isEmpty());
        s.reported[0].period = u"2026-11-03"_s;
        QCOMPARE(run(u"R2"_s, s, kAsOf).size(), 1);
    }

    void r2MissingDataIsNotZero()
    {
        PermitSnapshot s = permit();
        s.measurements = {measurement(
            u"m1"_s, u"outlet-air"_s, u"SO2"_s, 30, u"mg/Nm3"_s, 6.0, cst(2026, 11, 1, 0, 30))};
        SnapshotReportedValue noData = row(u"h"_s, u"outlet-air"_s, u"SO2"_s, u"cems_hour"_s,
            u"2026-10-31T16"_s, std::nullopt, u"mg/Nm3"_s);
        noData.noData = u"F"_s;
        noData.validity = u"invalid"_s;
        SnapshotReportedValue maintenance = row(u"h2"_s, u"outlet-air"_s, u"SO2"_s, u"cems_hour"_s,
            u"2026-10-31T16"_s, 0.0, u"mg/Nm3"_s);
        maintenance.validity = u"maintenance"_s;
        s.reported = {noData, maintenance};
        QVERIFY(run(u"R2"_s, s, kAsOf).isEmpty());
    }

    void r2NonDetectIsAnUpperBound()
    {
        PermitSnapshot s = permit();
        s.measurements = {measurement(u"m1"_s, u"outlet-water"_s, u"NH3N"_s, 0.02, u"mg/L"_s,
            std::nullopt, cst(2026, 11, 10, 10))};
        SnapshotReportedValue nd = row(
            u"nd"_s, u"outlet-water"_s, u"NH3N"_s, u"sample"_s, u"2026-11-10"_s, 0.025, u"mg/L"_s);
        nd.qualifier = u"<"_s;
        s.reported = {nd};
        QVERIFY(run(u"R2"_s, s, kAsOf).isEmpty());
        // The field finds 2 mg/L where the enterprise reported below 0.025: 1.975 > max(0.3, 0.6).
        s.measurements[0].value = 2.0;
        QCOMPARE(run(u"R2"_s, s, kAsOf).size(), 1);
    }

    void r2OxygenAndUnits()
    {
        PermitSnapshot s = permit();
        // 40 000 µg/m3 at 11 % O2 = 40 × 15 / 10 = 60 mg/Nm3 at 6 %; reported 20: 40 > max(17, 18).
        s.measurements = {measurement(
            u"m1"_s, u"outlet-air"_s, u"SO2"_s, 40000, u"ug/m3"_s, 11.0, cst(2026, 11, 1, 9, 10))};
        s.reported = {row(u"h"_s, u"outlet-air"_s, u"SO2"_s, u"cems_hour"_s, u"2026-11-01T01"_s,
            20.0, u"mg/Nm3"_s)};
        const QList<Flag> flags = run(u"R2"_s, s, kAsOf);
        QCOMPARE(flags.size(), 1);
        QVERIFY(flags[0].stepsEn().join(u'\n').contains(u"= 60 mg/Nm3"_s));
        // Reported 43: |60 − 43| = 17, within.
        s.reported[0].value = 43.0;
        QVERIFY(run(u"R2"_s, s, kAsOf).isEmpty());
    }

    void r12EvidenceFarFromEverything()
    {
        PermitSnapshot s = permit();
        SnapshotPhoto near;
        near.id = u"p-near"_s;
        near.inspectionId = u"insp-1"_s;
        near.lat = 22.6027; // about 190 m from DA001, 300 m from the site
        near.lon = 114.0000;
        near.takenAtMs = cst(2026, 11, 5, 10);
        SnapshotPhoto far = near;
        far.id = u"p-far"_s;
        far.lat = 22.6100; // about 1 km north
        SnapshotPhoto none = near;
        none.id = u"p-none"_s;
        none.lat.reset();
        none.lon.reset();
        SnapshotPhoto imported = far;
        imported.id = u"p-imported"_s;
        imported.imported = true;
        s.photos = {near, far, none, imported};
        SnapshotMeasurement m = measurement(
            u"m-far"_s, u"outlet-air"_s, u"SO2"_s, 10, u"mg/Nm3"_s, 6.0, cst(2026, 11, 5, 10));
        m.lat = 22.5900; // about 1.1 km south
        m.lon = 114.0000;
        s.measurements = {m};
        const QList<Flag> flags = run(u"R12"_s, s, kAsOf);
        QCOMPARE(flags.size(), 3);
        QStringList details;
        for (const Flag &f : flags) {
            details << f.subject.detail;
            QCOMPARE(f.severity,
                f.subject.detail == u"photo:p-imported" ? Severity::Info : Severity::Warning);
        }
        details.sort();
        QCOMPARE(details,
            (QStringList {u"measurement:m-far"_s, u"photo:p-far"_s, u"photo:p-imported"_s}));
        // The distance is configurable.
        RuleConfig wide = RuleConfig::defaults();
        wide.evidenceDistanceM = 2000;
        QVERIFY(run(u"R12"_s, s, kAsOf, wide).isEmpty());
    }

    void r12Boundary()
    {
        PermitSnapshot s = permit();
        s.outlets.clear();
        s.siteLat = 0;
        s.siteLon = 0;
        SnapshotPhoto p;
        p.id = u"p"_s;
        p.lat = 0;
        // 300 m along the equator, in degrees of longitude, a hair inside and outside.
        const double degree = 6371008.8 * 3.14159265358979323846 / 180;
        p.lon = 299.99 / degree;
        p.takenAtMs = cst(2026, 11, 5, 10);
        s.photos = {p};
        QVERIFY(run(u"R12"_s, s, kAsOf).isEmpty());
        s.photos[0].lon = 300.01 / degree;
        QCOMPARE(run(u"R12"_s, s, kAsOf).size(), 1);
    }

    void r12Measurement400mAnd200m()
    {
        PermitSnapshot s = permit();
        s.outlets.clear();
        s.siteLat = 0;
        s.siteLon = 0;
        const double degree = 6371008.8 * 3.14159265358979323846 / 180;
        SnapshotMeasurement near = measurement(
            u"m-200"_s, {}, u"COD"_s, 10, u"mg/L"_s, std::nullopt, cst(2026, 11, 5, 10));
        near.lat = 0;
        near.lon = 200 / degree;
        near.accuracyM = 5;
        SnapshotMeasurement far = near;
        far.id = u"m-400"_s;
        far.lon = 400 / degree;
        s.measurements = {near};
        QVERIFY(run(u"R12"_s, s, kAsOf).isEmpty());
        s.measurements = {near, far};
        const QList<Flag> flags = run(u"R12"_s, s, kAsOf);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0].subject.detail, u"measurement:m-400"_s);
        QCOMPARE(flags[0].severity, Severity::Warning);
        QVERIFY2(flags[0].messageEn.contains(u"400 m"_s), qPrintable(flags[0].messageEn));
        QVERIFY(std::any_of(flags[0].evidence.begin(), flags[0].evidence.end(),
            [](const EvidenceLink &l) { return l.kind == u"measurement" && l.id == u"m-400"; }));
    }
};

QTEST_GUILESS_MAIN(TestRulesField)
#include "tst_rules_field.moc"
