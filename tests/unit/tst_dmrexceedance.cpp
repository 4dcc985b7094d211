// R3 on NPDES DMR values (rules/r03_dmrexceedance.h, docs/echo.md): each of ECHO's ways of
// computing exceedence_pct, the boundaries, what is not a value, and the flag's content.
#include "rules/r03_dmrexceedance.h"
#include "rules/ruleset.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall::rules;
using Outcome = DmrAssessment::Outcome;

namespace {

// A daily-maximum TSS value of 30 mg/L against an enforceable maximum of 20 mg/L.
SnapshotDmrValue tss()
{
    SnapshotDmrValue v;
    v.id = u"0190f000-0000-7000-8000-000000000001"_s;
    v.echoDmrValueId = u"3614078119"_s;
    v.outfall = u"001"_s;
    v.parameterCode = u"00530"_s;
    v.parameterDesc = u"Solids, total suspended"_s;
    v.monitoringLocation = u"1"_s;
    v.valueType = u"C3"_s;
    v.statisticalBase = u"DD"_s;
    v.statisticalBaseType = u"MAX"_s;
    v.limitType = u"ENF"_s;
    v.limitQualifier = u"<="_s;
    v.limitValue = 20;
    v.limitUnit = u"mg/L"_s;
    v.standardUnit = u"mg/L"_s;
    v.limitStandardUnits = 20;
    v.value = 30;
    v.valueQualifier = u"="_s;
    v.valueUnit = u"mg/L"_s;
    v.valueStandardUnits = 30;
    v.periodEnd = QDate(2021, 3, 31);
    return v;
}

// Dissolved oxygen, a monthly minimum of 4 mg/L.
SnapshotDmrValue oxygen(double value)
{
    SnapshotDmrValue v = tss();
    v.parameterCode = u"00300"_s;
    v.parameterDesc = u"Oxygen, dissolved [DO]"_s;
    v.statisticalBase = u"MO"_s;
    v.statisticalBaseType = u"MIN"_s;
    v.limitQualifier = u">="_s;
    v.limitValue = 4;
    v.limitStandardUnits = 4;
    v.value = value;
    v.valueStandardUnits = value;
    return v;
}

QList<Flag> evaluate(const QList<SnapshotDmrValue> &values)
{
    PermitSnapshot snapshot;
    snapshot.permitId = u"0190f000-0000-7000-8000-0000000000aa"_s;
    snapshot.permitNumber = u"TX0119407"_s;
    snapshot.jurisdiction = u"us_npdes"_s;
    snapshot.dmrValues = values;
    const RuleConfig config;
    const QList<Flag> flags = evaluatePermit({snapshot, config, QDate(2026, 12, 1)});
    // Every input and step of the DMR rule reads in Chinese too.
    for (const Flag &flag : flags) {
        for (const FlagInput &in : flag.inputs) {
            if (in.nameZh.isEmpty())
                QTest::qFail(qPrintable(u"no Chinese for input "_s + in.name), __FILE__, __LINE__);
        }
        for (const FlagStep &step : flag.steps) {
            if (step.textZh.isEmpty())
                QTest::qFail(
                    qPrintable(u"no Chinese for step "_s + step.textEn), __FILE__, __LINE__);
        }
    }
    return flags;
}

QString input(const Flag &flag, const QString &name)
{
    for (const FlagInput &in : flag.inputs) {
        if (in.name == name)
            return in.value;
    }
    return u"(absent)"_s;
}

} // namespace

class TestDmrExceedance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void maximumAndMinimum()
    {
        DmrAssessment a = assessDmrValue(tss());
        QCOMPARE(a.outcome, Outcome::Exceeded);
        QCOMPARE(*a.percent, 50.0);
        QCOMPARE(*a.echoFigure, 50);
        // ICIS help desk example: limit 4, value 6 → 50.
        a = assessDmrValue(oxygen(3.1));
        QVERIFY(a.minimum);
        QCOMPARE(a.outcome, Outcome::Exceeded);
        QCOMPARE(*a.echoFigure, 23); // (4 − 3.1) / 4 = 22.5 % → 23, half up
    }

    void atTheLimitIsNoViolationOneStepPastIs()
    {
        SnapshotDmrValue v = tss();
        v.value = 20;
        QCOMPARE(assessDmrValue(v).outcome, Outcome::Within);
        v.value = 20.001;
        const DmrAssessment past = assessDmrValue(v);
        QCOMPARE(past.outcome, Outcome::Exceeded);
        QCOMPARE(*past.echoFigure, 0); // an excess under 0.5 % is stored as 0
        QCOMPARE(assessDmrValue(oxygen(4)).outcome, Outcome::Within);
        QCOMPARE(assessDmrValue(oxygen(3.999)).outcome, Outcome::Exceeded);
        // A strict limit (`<`): the limit itself is beyond it.
        v.value = 20;
        v.limitQualifier = u"<"_s;
        QCOMPARE(assessDmrValue(v).outcome, Outcome::Exceeded);
    }

    void halfUpOnTrueHalves()
    {
        // 1.005 against 1: binary arithmetic gives 0.4999…; ECHO stores 1.
        SnapshotDmrValue v = tss();
        v.limitValue = 1;
        v.value = 1.005;
        QCOMPARE(*assessDmrValue(v).echoFigure, 1);
        v.limitValue = 0.2;
        v.value = 0.573; // 186.5 %
        QCOMPARE(*assessDmrValue(v).echoFigure, 187);
        QCOMPARE(echoRoundedPercent(2.4999), 2);
        QCOMPARE(echoRoundedPercent(2.5), 3);
    }

    void percentRemovalOnTheFractionNotRemoved()
    {
        SnapshotDmrValue v = oxygen(80);
        v.parameterCode = u"81010"_s;
        v.limitValue = 85;
        v.limitUnit = v.valueUnit = v.standardUnit = u"%"_s;
        const DmrAssessment a = assessDmrValue(v);
        QCOMPARE(*a.percent, 5.0 / 15.0 * 100); // not 5 / 85
        QCOMPARE(*a.echoFigure, 33);
        // ECHO's WY rows with a `<` 85 limit on 81011 and 100 % removal: 100.
        v.parameterCode = u"81011"_s;
        v.limitQualifier = u"<"_s;
        v.statisticalBaseType = u"AVG"_s;
        v.value = 100;
        QCOMPARE(*assessDmrValue(v).echoFigure, 100);
    }

    void stayReplacesTheLimitAndStandardUnitsWhenUnitsDiffer()
    {
        SnapshotDmrValue v = tss();
        v.stayValue = 25;
        QCOMPARE(*assessDmrValue(v).percent, 20.0);
        v = tss();
        v.valueUnit = u"bbl/d"_s;
        v.limitUnit = u"MGD"_s;
        v.standardUnit = u"MGD"_s;
        v.limitValue = 1;
        v.limitStandardUnits = 1;
        v.value = 42000;
        v.valueStandardUnits = 1.764;
        const DmrAssessment a = assessDmrValue(v);
        QVERIFY(a.standardUnits);
        QCOMPARE(*a.echoFigure, 76);
        v.valueStandardUnits.reset();
        QCOMPARE(assessDmrValue(v).outcome, Outcome::NotComparable);
    }

    void openEndedAndUndetermined()
    {
        SnapshotDmrValue v = tss();
        v.valueQualifier = u">"_s;
        DmrAssessment a = assessDmrValue(v);
        QCOMPARE(a.outcome, Outcome::OpenEnded);
        QCOMPARE(*a.echoFigure, kEchoOpenEnded);
        QVERIFY(!a.percent);
        v.value = 10; // "> 10" against a maximum of 20: either side
        QCOMPARE(assessDmrValue(v).outcome, Outcome::Undetermined);
        // `>=` is a value (ECHO computes 351 for >= 1800 against 399).
        v.value = 1800;
        v.limitValue = 399;
        v.valueQualifier = u">="_s;
        QCOMPARE(*assessDmrValue(v).echoFigure, 351);
        SnapshotDmrValue low = oxygen(2);
        low.valueQualifier = u"<"_s;
        QCOMPARE(*assessDmrValue(low).echoFigure, kEchoOpenEnded);
    }

    void whatIsNotAValueOrHasNoPercent()
    {
        SnapshotDmrValue v = tss();
        v.value.reset();
        v.nodiCode = u"C"_s;
        QCOMPARE(assessDmrValue(v).outcome, Outcome::NotAValue);
        QVERIFY(evaluate({v}).isEmpty());
        v = tss();
        v.limitValue.reset();
        v.limitQualifier.clear();
        QCOMPARE(assessDmrValue(v).outcome, Outcome::NoLimit);
        // pH beyond 9: a violation without a percentage.
        v = tss();
        v.parameterCode = u"00400"_s;
        v.limitValue = 9;
        v.value = 9.7;
        const DmrAssessment ph = assessDmrValue(v);
        QCOMPARE(ph.outcome, Outcome::Exceeded);
        QVERIFY(!ph.percent && !ph.echoFigure);
        const QList<Flag> flags = evaluate({v});
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0].severity, Severity::Violation);
        QVERIFY(!flags[0].exceedancePct);
    }

    void flagCarriesSubjectInputsStepsAndEvidence()
    {
        const QList<Flag> flags = evaluate({tss(), oxygen(5)});
        QCOMPARE(flags.size(), 1);
        const Flag &f = flags[0];
        QCOMPARE(f.ruleId, u"R3"_s);
        QCOMPARE(f.severity, Severity::Violation);
        QCOMPARE(f.subject.permitId, u"0190f000-0000-7000-8000-0000000000aa"_s);
        QCOMPARE(f.subject.outletId, u"001"_s);
        QCOMPARE(f.subject.pollutant, u"00530"_s);
        QCOMPARE(f.subject.period, u"2021-03-31"_s);
        QCOMPARE(f.subject.detail, u"DD, location 1, ENF, C3, DMR value 3614078119"_s);
        QCOMPARE(*f.exceedancePct, 50.0);
        QCOMPARE(input(f, u"DMR value"_s), u"30"_s);
        QCOMPARE(input(f, u"limit"_s), u"<=20"_s);
        QCOMPARE(input(f, u"percent as ECHO stores it"_s), u"50"_s);
        QCOMPARE(f.evidence.size(), 1);
        QCOMPARE(f.evidence[0].kind, u"npdes_dmr_value"_s);
        QCOMPARE(f.evidence[0].id, tss().id);
        QVERIFY(f.stepsEn().contains(u"(30 − 20) / 20 × 100 = 50 %"_s));
        QCOMPARE(f.messageEn,
            u"TX0119407 outfall 001, Solids, total suspended (00530), period ending 2021-03-31:"
            u" reported 30 mg/L, beyond the enforceable maximum of 20 mg/L by 50 %."_s);
        QVERIFY(f.messageZh.contains(u"超出许可执行限值（最大值）20 mg/L，超出 50%"_s));
        // Re-evaluation gives the same id.
        QCOMPARE(evaluate({tss()})[0].id(), f.id());
    }

    void alertLimitIsAWarningNeverAViolation()
    {
        SnapshotDmrValue v = tss();
        v.limitType = u"ALR"_s;
        const QList<Flag> flags = evaluate({v, tss()});
        QCOMPARE(flags.size(), 2); // the alert and the enforceable one: two subjects
        int warnings = 0;
        for (const Flag &f : flags) {
            if (f.subject.detail.contains(u"ALR"_s)) {
                QCOMPARE(f.severity, Severity::Warning);
                QVERIFY(f.messageEn.contains(u"alert excursion, not a permit violation"_s));
                QVERIFY(f.messageZh.contains(u"预警超标"_s));
                ++warnings;
            }
        }
        QCOMPARE(warnings, 1);
    }

    void chinesePermitsAreUntouched()
    {
        PermitSnapshot snapshot; // jurisdiction cn, no DMR values
        const RuleConfig config;
        QVERIFY(evaluateDmrExceedance({snapshot, config, QDate(2026, 12, 1)}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDmrExceedance)
#include "tst_dmrexceedance.moc"
