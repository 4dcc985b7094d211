// R15–R17, the declarations checked before issuance (docs/rules.md): a declared outlet not
// found (or found elsewhere), a treatment facility missing or not running, capacity above the
// declaration; corrections and re-checks in force; no other rule judges an application.
#include "rulestesthelpers.h"

using namespace rulestest;

namespace {

const QDate kAsOf(2026, 10, 20);

// The test permit as an application with two facilities and a capacity of 600 MW.
PermitSnapshot application()
{
    PermitSnapshot s = permit();
    s.status = u"application"_s;
    s.capacityValue = 600;
    s.capacityUnit = u"MW"_s;
    s.facilities = {{u"fac-fgd"_s, u"T001"_s, u"脱硫塔"_s, u"SO2"_s, u"DA001"_s, true},
        {u"fac-pool"_s, u"T002"_s, u"应急池"_s, u"wastewater"_s, QString(), false}};
    return s;
}

SnapshotDeclarationCheck check(
    const QString &id, const QString &kind, const QString &subject, std::int64_t at)
{
    SnapshotDeclarationCheck c;
    c.id = id;
    c.inspectionId = u"insp-1"_s;
    c.kind = kind;
    c.subjectId = subject;
    c.recordedAtMs = at;
    return c;
}

SnapshotDeclarationCheck outletCheck(
    const QString &id, const QString &outlet, bool found, std::int64_t at = cst(2026, 10, 15, 10))
{
    SnapshotDeclarationCheck c = check(id, u"outlet"_s, outlet, at);
    c.found = found;
    return c;
}

SnapshotDeclarationCheck facilityCheck(
    const QString &id, const QString &facility, bool found, std::optional<bool> running)
{
    SnapshotDeclarationCheck c = check(id, u"facility"_s, facility, cst(2026, 10, 15, 11));
    c.found = found;
    c.running = running;
    return c;
}

} // namespace

class TestRulesPreissuance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void r15DeclaredOutletNotFound()
    {
        PermitSnapshot s = application();
        s.declarationChecks = {outletCheck(u"c1"_s, u"outlet-air"_s, false),
            outletCheck(u"c2"_s, u"outlet-water"_s, true)};
        const QList<Flag> flags = run(u"R15"_s, s, kAsOf);
        QCOMPARE(flags.size(), 1);
        const Flag &f = flags[0];
        QCOMPARE(f.severity, Severity::Violation);
        QCOMPARE(f.subject.outletId, u"outlet-air"_s);
        QCOMPARE(f.messageEn, u"Declared outlet DA001 1#锅炉烟囱 was not found on site."_s);
        QCOMPARE(f.messageZh, u"申报的排放口 DA001 1#锅炉烟囱 现场未见。"_s);
        QVERIFY(hasEvidence(f, u"declaration_check"_s, u"c1"_s));
        QVERIFY(hasEvidence(f, u"inspection"_s, u"insp-1"_s));
    }

    void r15FoundFarFromWhereDeclared()
    {
        PermitSnapshot s = application();
        SnapshotDeclarationCheck near = outletCheck(u"c1"_s, u"outlet-air"_s, true);
        near.lat = 22.6012; // about 22 m from DA001's declared 22.6010, 114.0
        near.lon = 114.0;
        near.accuracyM = 5;
        SnapshotDeclarationCheck far = outletCheck(u"c2"_s, u"outlet-water"_s, true);
        far.lat = s.outlets[1].lat + 0.002; // about 222 m north
        far.lon = s.outlets[1].lon;
        far.accuracyM = 10;
        s.declarationChecks = {near, far};
        const QList<Flag> flags = run(u"R15"_s, s, kAsOf);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0].subject.outletId, u"outlet-water"_s);
        QVERIFY2(flags[0].messageEn.contains(u"is 222 m away (allowed 50 m)"_s),
            qPrintable(flags[0].messageEn));
        QCOMPARE(flags[0].stepsEn().last(), u"222.4 m > 50 m"_s);
    }

    void r15TheLatestCheckCounts()
    {
        // Not found at 10:00, found at 10:30 when the inspector walked round the building.
        PermitSnapshot s = application();
        s.declarationChecks = {outletCheck(u"c1"_s, u"outlet-air"_s, false, cst(2026, 10, 15, 10)),
            outletCheck(u"c2"_s, u"outlet-air"_s, true, cst(2026, 10, 15, 10, 30))};
        QVERIFY(run(u"R15"_s, s, kAsOf).isEmpty());
        QVERIFY(run(u"R15"_s, shuffled(s, 7), kAsOf).isEmpty());
    }

    void r16FacilityMissingOrNotRunning()
    {
        PermitSnapshot s = application();
        s.declarationChecks = {facilityCheck(u"c1"_s, u"fac-fgd"_s, false, std::nullopt)};
        QList<Flag> flags = run(u"R16"_s, s, kAsOf);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0].subject.detail, u"fac-fgd"_s);
        QCOMPARE(flags[0].messageEn,
            u"Declared treatment facility T001 脱硫塔 (SO2) is missing on site."_s);
        QCOMPARE(flags[0].messageZh, u"申报的污染治理设施 T001 脱硫塔（SO2）现场缺失。"_s);

        s.declarationChecks = {facilityCheck(u"c1"_s, u"fac-fgd"_s, true, false)};
        flags = run(u"R16"_s, s, kAsOf);
        QCOMPARE(flags.size(), 1);
        QVERIFY(flags[0].messageEn.endsWith(u"is on site but not running."_s));

        // Running as declared: nothing. A standby facility standing: nothing.
        s.declarationChecks = {facilityCheck(u"c1"_s, u"fac-fgd"_s, true, true),
            facilityCheck(u"c2"_s, u"fac-pool"_s, true, false)};
        QVERIFY(run(u"R16"_s, s, kAsOf).isEmpty());
    }

    void r17CapacityAboveTheDeclaration()
    {
        PermitSnapshot s = application();
        SnapshotDeclarationCheck c =
            check(u"c1"_s, u"capacity"_s, QString(), cst(2026, 10, 15, 12));
        c.observedValue = 660;
        c.observedUnit = u"MW"_s;
        s.declarationChecks = {c};
        const QList<Flag> flags = run(u"R17"_s, s, kAsOf);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(*flags[0].exceedancePct, 10.0);
        QCOMPARE(flags[0].messageEn,
            u"Capacity seen on site, 660 MW, is 10.0 % above the 600 MW declared."_s);

        s.declarationChecks[0].observedValue = 600; // as declared
        QVERIFY(run(u"R17"_s, s, kAsOf).isEmpty());
        // A unit that does not convert is not compared (no guess).
        s.declarationChecks[0].observedValue = 900;
        s.declarationChecks[0].observedUnit = u"t/d"_s;
        QVERIFY(run(u"R17"_s, s, kAsOf).isEmpty());
    }

    void onlyDeclarationRulesJudgeAnApplication()
    {
        // The permit's limits and its validity mean nothing before issuance: an application
        // with a measurement over its limit raises R15 only.
        PermitSnapshot s = application();
        s.inspections = {{u"insp-1"_s, u"submitted"_s, cst(2026, 10, 15, 9), std::nullopt, {}}};
        s.measurements = {measurement(u"m1"_s, u"outlet-water"_s, u"COD"_s, 500, u"mg/L"_s,
            std::nullopt, cst(2026, 10, 15, 10))};
        s.declarationChecks = {outletCheck(u"c1"_s, u"outlet-air"_s, false)};
        const RuleConfig config = RuleConfig::defaults();
        QList<Flag> flags = evaluatePermit({s, config, kAsOf});
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0].ruleId, u"R15"_s);
        // The same snapshot as an issued permit: R1 judges the measurement too.
        s.status = u"issued"_s;
        flags = evaluatePermit({s, config, kAsOf});
        QVERIFY(std::any_of(
            flags.cbegin(), flags.cend(), [](const Flag &f) { return f.ruleId == u"R1"; }));
    }
};

QTEST_GUILESS_MAIN(TestRulesPreissuance)
#include "tst_rules_preissuance.moc"
