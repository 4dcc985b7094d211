// R8 outlet position, R9 undeclared outlet, R10 checklist, R11 permit validity, R13 reported
// shutdown against what was seen; and the rule set: ids, order, device subset.

#include "rules/reportedindex.h"
#include "rulestesthelpers.h"

#include <QTest>

using namespace rulestest;

namespace {

const QDate kAsOf(2026, 11, 20);
constexpr double kMetresPerDegree = 6371008.8 * 3.14159265358979323846 / 180;

SnapshotFix fix(const QString &id, const QString &outletId, double lat, double lon, double accuracy,
    std::int64_t at)
{
    SnapshotFix f;
    f.id = id;
    f.inspectionId = u"insp-1"_s;
    f.outletId = outletId;
    f.purpose = u"outlet_check"_s;
    f.lat = lat;
    f.lon = lon;
    f.accuracyM = accuracy;
    f.samples = 10;
    f.recordedAtMs = at;
    return f;
}

SnapshotInspection inspection(const QString &id, std::int64_t at, const QString &load)
{
    SnapshotInspection i;
    i.id = id;
    i.status = u"submitted"_s;
    i.startedAtMs = at;
    i.productionLoad = load;
    return i;
}

// A snapshot with something for every rule, to check the set as a whole.
PermitSnapshot busy()
{
    PermitSnapshot s = permit();
    s.schedule = {{u"quarterly"_s, 15, 1}};
    for (QDate d(2026, 9, 1); d <= QDate(2026, 10, 31); d = d.addDays(1)) {
        SnapshotReportedValue r = row(u"d-"_s + d.toString(Qt::ISODate), u"outlet-air"_s, u"SO2"_s,
            u"cems_day"_s, d.toString(Qt::ISODate), d.day() == 15 ? 50.0 : 20.0, u"mg/Nm3"_s);
        r.flowM3h = 1e6;
        r.validCount = 24;
        s.reported.append(r);
    }
    s.reported.append(
        row(u"amt"_s, u"outlet-air"_s, u"SO2"_s, u"month_amount"_s, u"2026-10"_s, 5.0, u"t"_s));
    // The CEMS hour of the field measurement (10:00 CST), and the water outlet reported shut
    // down that day while its pH was measured.
    s.reported.append(row(u"hour"_s, u"outlet-air"_s, u"SO2"_s, u"cems_hour"_s, u"2026-11-05T02"_s,
        20.0, u"mg/Nm3"_s));
    s.reported.append(shutdownRow(
        u"off"_s, u"outlet-water"_s, u"COD"_s, u"cems_day"_s, u"2026-11-05"_s, u"mg/L"_s));
    s.measurements = {
        measurement(u"m1"_s, u"outlet-air"_s, u"SO2"_s, 60, u"mg/Nm3"_s, 6.0, cst(2026, 11, 5, 10)),
        measurement(
            u"m2"_s, u"outlet-water"_s, u"PH"_s, 5.0, u"pH"_s, std::nullopt, cst(2026, 11, 5, 11))};
    s.fixes = {fix(u"f1"_s, u"outlet-air"_s, 22.6030, 114.0, 5, cst(2026, 11, 5, 10))};
    SnapshotObservedOutlet o;
    o.id = u"obs-1"_s;
    o.inspectionId = u"insp-1"_s;
    o.medium = u"water"_s;
    o.description = u"暗管"_s;
    o.recordedAtMs = cst(2026, 11, 5, 12);
    s.observedOutlets = {o};
    SnapshotAnswer a;
    a.id = u"ans-1"_s;
    a.inspectionId = u"insp-1"_s;
    a.itemId = u"item-1"_s;
    a.itemCode = u"P03"_s;
    a.severity = u"major"_s;
    a.answer = u"non_compliant"_s;
    a.recordedAtMs = cst(2026, 11, 5, 10);
    s.answers = {a};
    s.inspections = {inspection(u"insp-1"_s, cst(2026, 11, 5, 9), u"running"_s)};
    SnapshotPhoto p;
    p.id = u"photo-1"_s;
    p.inspectionId = u"insp-1"_s;
    p.lat = 22.62;
    p.lon = 114.0;
    p.takenAtMs = cst(2026, 11, 5, 10);
    s.photos = {p};
    s.validTo = QDate(2027, 1, 10); // renewal due 2026-11-11
    return s;
}

} // namespace

class TestRulesSite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void r8OutletPositionBoundary()
    {
        PermitSnapshot s = permit();
        // DA001 at 22.6010, 114.0: a fix 49.9 m north is fine, 50.1 m is not (accuracy 5 m).
        s.fixes = {fix(u"f1"_s, u"outlet-air"_s, 22.6010 + 49.9 / kMetresPerDegree, 114.0, 5,
            cst(2026, 11, 5, 10))};
        QVERIFY(run(u"R8"_s, s, kAsOf).isEmpty());
        s.fixes[0].lat = 22.6010 + 50.1 / kMetresPerDegree;
        QList<Flag> flags = run(u"R8"_s, s, kAsOf);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0].severity, Severity::Violation);
        QCOMPARE(flags[0].subject.outletId, u"outlet-air"_s);
        QCOMPARE(flags[0].subject.detail, u"insp-1"_s);
        QVERIFY(hasEvidence(flags[0], u"position_fix"_s, u"f1"_s));
        // A poor fix explains more: accuracy 30 m allows 60 m.
        s.fixes[0].accuracyM = 30;
        QVERIFY(run(u"R8"_s, s, kAsOf).isEmpty());
        s.fixes[0].lat = 22.6010 + 60.1 / kMetresPerDegree;
        QCOMPARE(run(u"R8"_s, s, kAsOf).size(), 1);
    }

    void r8LatestFixAndNearestOtherOutlet()
    {
        PermitSnapshot s = permit();
        // First taken far away, then re-taken at the outlet: the latest counts.
        s.fixes = {fix(u"old"_s, u"outlet-air"_s, 22.62, 114.0, 5, cst(2026, 11, 5, 10)),
            fix(u"new"_s, u"outlet-air"_s, 22.6010, 114.0, 5, cst(2026, 11, 5, 10, 5))};
        QVERIFY(run(u"R8"_s, s, kAsOf).isEmpty());
        // Checked "DA001" standing at DW001: a warning naming DW001.
        s.fixes = {fix(u"f"_s, u"outlet-air"_s, 22.6000, 114.0020, 5, cst(2026, 11, 5, 10))};
        const QList<Flag> flags = run(u"R8"_s, s, kAsOf);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0].severity, Severity::Warning);
        QVERIFY(flags[0].messageEn.contains(u"DW001"_s));
        // Fixes of other purposes are not outlet checks.
        s.fixes[0].purpose = u"arrival"_s;
        QVERIFY(run(u"R8"_s, s, kAsOf).isEmpty());
    }

    void r9EveryObservedOutlet()
    {
        PermitSnapshot s = permit();
        SnapshotObservedOutlet a;
        a.id = u"obs-a"_s;
        a.inspectionId = u"insp-1"_s;
        a.medium = u"water"_s;
        a.description = u"Concealed pipe to the storm drain"_s;
        a.recordedAtMs = cst(2026, 11, 5, 10);
        a.fixId = u"fx"_s;
        SnapshotObservedOutlet b = a;
        b.id = u"obs-b"_s;
        b.fixId.clear();
        s.observedOutlets = {a, b};
        SnapshotFix f = fix(u"fx"_s, QString(), 22.6000, 114.0030, 5, cst(2026, 11, 5, 10));
        f.purpose = u"undeclared_outlet"_s;
        s.fixes = {f};
        const QList<Flag> flags = run(u"R9"_s, s, kAsOf);
        QCOMPARE(flags.size(), 2);
        for (const Flag &flag : flags) {
            QCOMPARE(flag.severity, Severity::Violation);
            QVERIFY(hasEvidence(flag, u"observed_outlet"_s, flag.subject.detail));
            if (flag.subject.detail == u"obs-a") {
                QVERIFY(hasEvidence(flag, u"position_fix"_s, u"fx"_s));
                QVERIFY(flag.messageEn.contains(u"DW001"_s)); // the nearest water outlet, ~103 m
            }
        }
    }

    void r10SeverityFromTheItem()
    {
        PermitSnapshot s = permit();
        SnapshotAnswer a;
        a.id = u"a1"_s;
        a.inspectionId = u"insp-1"_s;
        a.itemId = u"i1"_s;
        a.itemCode = u"P01"_s;
        a.itemTextEn = u"Permit original displayed"_s;
        a.itemTextZh = u"排污许可证正本是否悬挂"_s;
        a.severity = u"minor"_s;
        a.answer = u"non_compliant"_s;
        a.recordedAtMs = cst(2026, 11, 5, 10);
        SnapshotAnswer b = a;
        b.id = u"a2"_s;
        b.itemCode = u"P02"_s;
        b.severity = u"critical"_s;
        SnapshotAnswer c = a;
        c.id = u"a3"_s;
        c.itemCode = u"P03"_s;
        c.answer = u"compliant"_s;
        SnapshotAnswer d = c;
        d.id = u"a4"_s;
        d.itemCode = u"P04"_s;
        d.answer = u"not_applicable"_s;
        s.answers = {a, b, c, d};
        const QList<Flag> flags = run(u"R10"_s, s, kAsOf);
        QCOMPARE(flags.size(), 2);
        for (const Flag &f : flags) {
            QCOMPARE(f.severity,
                f.subject.detail == u"insp-1/P01" ? Severity::Warning : Severity::Violation);
            QVERIFY(f.messageZh.contains(u"排污许可证正本是否悬挂"_s));
        }
    }

    void r11InspectionOutsideValidity()
    {
        PermitSnapshot s = permit();
        s.validFrom = QDate(2026, 11, 1);
        s.validTo = QDate(2031, 10, 31);
        // 31 October 23:30 CST (15:30 UTC) is before; 1 November 00:30 CST is inside.
        s.inspections = {inspection(u"early"_s, cst(2026, 10, 31, 23, 30), u"running"_s),
            inspection(u"ok"_s, cst(2026, 11, 1, 0, 30), u"running"_s)};
        QList<Flag> flags = run(u"R11"_s, s, kAsOf);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0].subject.detail, u"early"_s);
        QCOMPARE(flags[0].severity, Severity::Warning);
        // After expiry: the day after valid_to.
        s.validFrom = QDate(2021, 11, 1);
        s.validTo = QDate(2026, 10, 31);
        s.renewalApplied = true;
        flags = run(u"R11"_s, s, kAsOf);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0].subject.detail, u"ok"_s);
        QCOMPARE(flags[0].severity, Severity::Violation);
        QVERIFY(flags[0].messageEn.contains(u"expired"_s));
    }

    void r11Renewal()
    {
        PermitSnapshot s = permit();
        s.validTo = QDate(2027, 1, 9); // renewal due by 2026-11-10
        QVERIFY(run(u"R11"_s, s, QDate(2026, 11, 10)).isEmpty());
        QList<Flag> flags = run(u"R11"_s, s, QDate(2026, 11, 11));
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0].severity, Severity::Warning);
        QCOMPARE(flags[0].subject.detail, u"renewal"_s);
        s.renewalApplied = true;
        QVERIFY(run(u"R11"_s, s, QDate(2026, 11, 11)).isEmpty());
        // Expired, not renewed, still reporting discharges: a violation with the count.
        s.renewalApplied = false;
        s.validTo = QDate(2026, 10, 20);
        s.reported = {row(u"after"_s, u"outlet-water"_s, u"COD"_s, u"cems_day"_s, u"2026-10-25"_s,
                          40.0, u"mg/L"_s),
            row(u"before"_s, u"outlet-water"_s, u"COD"_s, u"cems_day"_s, u"2026-10-20"_s, 40.0,
                u"mg/L"_s),
            shutdownRow(
                u"off"_s, u"outlet-water"_s, u"COD"_s, u"cems_day"_s, u"2026-10-26"_s, u"mg/L"_s)};
        flags = run(u"R11"_s, s, QDate(2026, 11, 1));
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0].severity, Severity::Violation);
        QVERIFY2(
            flags[0].messageEn.contains(u"1 reported values after expiry (until 2026-10-25)"_s),
            qPrintable(flags[0].messageEn));
        // The renewal flag keeps its id from warning to violation.
        PermitSnapshot t = permit();
        t.validTo = QDate(2026, 10, 20);
        QCOMPARE(run(u"R11"_s, t, QDate(2026, 10, 1)).first().id(), flags[0].id());
    }

    void r11RenewalAppliedOn()
    {
        PermitSnapshot s = permit();
        s.validTo = QDate(2027, 1, 9); // 60 days before: 2026-11-10
        // Exactly 60 days before expiry nothing is due yet, applied or not.
        QCOMPARE(QDate(2026, 11, 10).daysTo(s.validTo), 60);
        QVERIFY(run(u"R11"_s, s, QDate(2026, 11, 10)).isEmpty());
        // 59 days before, no application: a warning.
        QCOMPARE(run(u"R11"_s, s, QDate(2026, 11, 11)).size(), 1);
        // Applied exactly 60 days before expiry: no flag on any later day, expired or not.
        s.renewalAppliedOn = QDate(2026, 11, 10);
        QVERIFY(run(u"R11"_s, s, QDate(2026, 11, 11)).isEmpty());
        QVERIFY(run(u"R11"_s, s, QDate(2027, 1, 9)).isEmpty());
        // An application dated after the evaluation date is not on record yet then.
        s.renewalAppliedOn = QDate(2026, 12, 1);
        const QList<Flag> flags = run(u"R11"_s, s, QDate(2026, 11, 20));
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0].subject.detail, u"renewal"_s);
        QVERIFY(run(u"R11"_s, s, QDate(2026, 12, 1)).isEmpty());
    }

    void r13ShutdownReportedWhileRunning()
    {
        PermitSnapshot s = permit();
        // Every reported row of 5 November says shutdown; the inspection saw the plant running.
        for (const QString &outlet : {u"outlet-air"_s, u"outlet-water"_s}) {
            s.reported.append(
                shutdownRow(outlet + u"-d"_s, outlet, outlet == u"outlet-air" ? u"SO2"_s : u"COD"_s,
                    u"cems_day"_s, u"2026-11-05"_s, u"mg/L"_s));
        }
        s.inspections = {inspection(u"insp-1"_s, cst(2026, 11, 5, 9), u"running"_s)};
        QList<Flag> flags = run(u"R13"_s, s, kAsOf);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0].severity, Severity::Violation);
        QVERIFY(hasEvidence(flags[0], u"reported_value"_s, u"outlet-air-d"_s));
        QVERIFY(hasEvidence(flags[0], u"inspection"_s, u"insp-1"_s));
        // "stopped" on site agrees with the reports.
        s.inspections[0].productionLoad = u"stopped"_s;
        QVERIFY(run(u"R13"_s, s, kAsOf).isEmpty());
        // One outlet reporting operation: the plant as a whole was not reported shut down...
        s.inspections[0].productionLoad = u"partial"_s;
        s.reported[1] = row(u"water-on"_s, u"outlet-water"_s, u"COD"_s, u"cems_day"_s,
            u"2026-11-05"_s, 40.0, u"mg/L"_s);
        QVERIFY(run(u"R13"_s, s, kAsOf).isEmpty());
        // ...but a measurement at the shut-down stack shows it emitting.
        s.measurements = {measurement(
            u"m1"_s, u"outlet-air"_s, u"SO2"_s, 12, u"mg/Nm3"_s, 6.0, cst(2026, 11, 5, 10))};
        flags = run(u"R13"_s, s, kAsOf);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0].subject.outletId, u"outlet-air"_s);
        QCOMPARE(flags[0].subject.detail, u"m1"_s);
        // A measurement of zero is no emission.
        s.measurements[0].value = 0;
        QVERIFY(run(u"R13"_s, s, kAsOf).isEmpty());
    }

    void r13CstDayOfTheInspection()
    {
        PermitSnapshot s = permit();
        s.reported = {shutdownRow(
            u"d"_s, u"outlet-air"_s, u"SO2"_s, u"cems_day"_s, u"2026-11-01"_s, u"mg/Nm3"_s)};
        // 31 October 16:30 UTC is 1 November CST: covered by the shutdown day.
        s.inspections = {inspection(u"i"_s, utc(2026, 10, 31, 16, 30), u"running"_s)};
        QCOMPARE(run(u"R13"_s, s, kAsOf).size(), 1);
        s.inspections[0].startedAtMs = utc(2026, 10, 31, 15, 30);
        QVERIFY(run(u"R13"_s, s, kAsOf).isEmpty());
    }

    void everyRuleRegisteredOnce()
    {
        QStringList seen;
        for (const Rule &rule : allRules()) {
            if (rule.titleEn.contains(u"NPDES"_s))
                continue; // the ECHO entry of R3
            QVERIFY2(!seen.contains(rule.id), qPrintable(rule.id));
            seen << rule.id;
            QVERIFY(rule.version >= 1);
            QVERIFY(!rule.titleZh.isEmpty());
            const bool device = rule.id == u"R1" || rule.id == u"R2" || rule.id == u"R8"
                || rule.id == u"R9" || rule.id == u"R10" || rule.id == u"R11" || rule.id == u"R12"
                || rule.id == u"R15" || rule.id == u"R16" || rule.id == u"R17";
            QCOMPARE(rule.runsOnDevice, device);
            // The declarations checked before issuance are judged by R15–R17 alone.
            QCOMPARE(
                rule.beforeIssuance, rule.id == u"R15" || rule.id == u"R16" || rule.id == u"R17");
        }
        QCOMPARE(seen.size(), 17);
    }

    void flagsOfEveryRuleOnOneSnapshot() // but R4 (tst_rules_reported)
    {
        const PermitSnapshot s = busy();
        const RuleConfig config = RuleConfig::defaults();
        const QList<Flag> flags = evaluatePermit({s, config, kAsOf});
        QStringList rules;
        for (const Flag &f : flags) {
            if (!rules.contains(f.ruleId))
                rules << f.ruleId;
            QVERIFY(!f.messageEn.isEmpty());
            QVERIFY(!f.messageZh.isEmpty());
            QVERIFY(!f.steps.isEmpty());
            QVERIFY(!f.inputs.isEmpty());
            QVERIFY2(untranslated(f).isEmpty(), qPrintable(untranslated(f)));
            QVERIFY2(!f.evidence.isEmpty(), qPrintable(f.ruleId));
            QCOMPARE(f.subject.permitId, s.permitId);
        }
        rules.sort();
        QCOMPARE(rules,
            (QStringList {u"R1"_s, u"R10"_s, u"R11"_s, u"R12"_s, u"R13"_s, u"R14"_s, u"R2"_s,
                u"R3"_s, u"R5"_s, u"R6"_s, u"R7"_s, u"R8"_s, u"R9"_s}));
        // Flags come out in id order, each id once.
        for (qsizetype i = 1; i < flags.size(); ++i)
            QVERIFY(flags[i - 1].id() < flags[i].id());
        // The device runs its subset only.
        for (const Flag &f : evaluatePermit({s, config, kAsOf}, Where::Device))
            QVERIFY(QStringList({u"R1"_s, u"R2"_s, u"R8"_s, u"R9"_s, u"R10"_s, u"R11"_s, u"R12"_s})
                        .contains(f.ruleId));
    }

    void idsStableAndIndependentOfInputOrder()
    {
        const PermitSnapshot s = busy();
        const RuleConfig config = RuleConfig::defaults();
        const QList<Flag> first = evaluatePermit({s, config, kAsOf});
        QVERIFY(first.size() > 10);
        QCOMPARE(dump(evaluatePermit({s, config, kAsOf})), dump(first));
        for (unsigned seed = 1; seed <= 5; ++seed) {
            const PermitSnapshot shuffledSnapshot = shuffled(s, seed);
            QCOMPARE(dump(evaluatePermit({shuffledSnapshot, config, kAsOf})), dump(first));
        }
        // An id depends on rule and subject only: a changed value keeps it.
        PermitSnapshot changed = s;
        changed.measurements[0].value = 70;
        QCOMPARE(ids(evaluatePermit({changed, config, kAsOf})), ids(first));
        // And it is the documented name-based UUID.
        QCOMPARE(first[0].id(), flagId(first[0].ruleId, first[0].subject));
        QCOMPARE(first[0].id().size(), 36);
        QCOMPARE(first[0].id().at(14), u'8');
    }

    void reportedIndexLeavesOutUnreadablePeriods()
    {
        PermitSnapshot s = permit();
        s.reported = {row(u"ok"_s, u"outlet-air"_s, u"SO2"_s, u"cems_hour"_s, u"2026-10-31T16"_s,
                          1.0, u"mg/Nm3"_s),
            row(u"bad"_s, u"outlet-air"_s, u"SO2"_s, u"cems_hour"_s, u"2026-10-31 16:00"_s, 1.0,
                u"mg/Nm3"_s)};
        const ReportedIndex index(s);
        QCOMPARE(index.unreadable(), 1);
        QCOMPARE(index.rows(u"outlet-air"_s, u"SO2"_s, u"cems_hour"_s).size(), 1);
        QCOMPARE(index.window()->first, QDate(2026, 11, 1));
    }
};

QTEST_GUILESS_MAIN(TestRulesSite)
#include "tst_rules_site.moc"
