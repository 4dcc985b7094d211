// The rules' time (rules/reportperiod.h) and thresholds (rules/ruleconfig.h).

#include "rulestesthelpers.h"

#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace rulestest;

class TestRulesPeriods : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QByteArray &content)
    {
        static int n = 0;
        const QString path = m_dir.filePath(u"config-%1.json"_s.arg(++n));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        return path;
    }

    void expectError(const QByteArray &content, const QString &needle)
    {
        const QString path = write(content);
        try {
            RuleConfig::fromFile(path);
            QFAIL(qPrintable(u"no error for "_s + QString::fromUtf8(content)));
        } catch (const std::runtime_error &e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.startsWith(path), qPrintable(message));
            QVERIFY2(message.contains(needle), qPrintable(message));
        }
    }

private Q_SLOTS:
    void cstBoundaries()
    {
        // 16:00 UTC is midnight CST: the next calendar day.
        QCOMPARE(Cst::dateOf(utc(2026, 10, 31, 15, 59)), QDate(2026, 10, 31));
        QCOMPARE(Cst::dateOf(utc(2026, 10, 31, 16, 0)), QDate(2026, 11, 1));
        QCOMPARE(Cst::startOf(QDate(2026, 11, 1)), utc(2026, 10, 31, 16));
        QCOMPARE(
            Cst::day(QDate(2026, 11, 1)).endMs - Cst::day(QDate(2026, 11, 1)).startMs, Cst::kDayMs);
        QCOMPARE(Cst::text(utc(2026, 10, 31, 16, 30)), u"2026-11-01 00:30 CST"_s);
        QCOMPARE(Cst::utcHour(cst(2026, 11, 1, 0, 30)), u"2026-10-31T16"_s);
        // Before the epoch too (floor, not truncation).
        QCOMPARE(Cst::dateOf(utc(1969, 12, 31, 17)), QDate(1970, 1, 1));
        QCOMPARE(Cst::dateOf(utc(1969, 12, 31, 15)), QDate(1969, 12, 31));
    }

    void cemsHourInUtcBelongsToCstDay()
    {
        const auto p = ReportPeriod::parse(u"cems_hour", u"2026-10-31T16");
        QVERIFY(p.ok);
        QCOMPARE(p.span.startMs, utc(2026, 10, 31, 16));
        QCOMPARE(p.span.endMs, utc(2026, 10, 31, 17));
        QCOMPARE(p.days.first, QDate(2026, 11, 1));
        // The offset form the demo writes names the same hour.
        const auto offset = ReportPeriod::parse(u"cems_hour", u"2026-11-01T00:00+08:00");
        QVERIFY(offset.ok);
        QCOMPARE(offset.canonical, u"2026-10-31T16"_s);
        QCOMPARE(offset.span, p.span);
        // The last hour of a CST day across midnight UTC.
        const auto late = ReportPeriod::parse(u"cems_hour", u"2026-11-01T15");
        QCOMPARE(late.days.first, QDate(2026, 11, 1));
        QCOMPARE(late.span.endMs, Cst::startOf(QDate(2026, 11, 2)));
    }

    void dayAndMonthSpans()
    {
        const auto day = ReportPeriod::parse(u"cems_day", u"2026-11-01");
        QVERIFY(day.ok);
        QCOMPARE(day.span.startMs, utc(2026, 10, 31, 16));
        QCOMPARE(day.span.endMs, utc(2026, 11, 1, 16));
        const auto sample = ReportPeriod::parse(u"sample", u"2024-02-29");
        QVERIFY(sample.ok);
        const auto feb = ReportPeriod::parse(u"month_amount", u"2026-02");
        QVERIFY(feb.ok);
        QCOMPARE(feb.days.first, QDate(2026, 2, 1));
        QCOMPARE(feb.days.last, QDate(2026, 2, 28));
        QCOMPARE(feb.span.endMs, Cst::startOf(QDate(2026, 3, 1)));
        const auto leap = ReportPeriod::parse(u"month_amount", u"2024-02");
        QCOMPARE(leap.days.last, QDate(2024, 2, 29));
        const auto december = ReportPeriod::parse(u"month_amount", u"2025-12");
        QCOMPARE(december.days.last, QDate(2025, 12, 31));
        QCOMPARE(december.span.endMs, Cst::startOf(QDate(2026, 1, 1)));
    }

    void executionPeriods()
    {
        const auto year = ReportPeriod::parse(u"execution_report", u"2026");
        QCOMPARE(year.executionKind, u"annual"_s);
        QCOMPARE(year.days, (DateRange {QDate(2026, 1, 1), QDate(2026, 12, 31)}));
        const auto half = ReportPeriod::parse(u"execution_report", u"2026-H2");
        QCOMPARE(half.executionKind, u"semiannual"_s);
        QCOMPARE(half.days, (DateRange {QDate(2026, 7, 1), QDate(2026, 12, 31)}));
        const auto quarter = ReportPeriod::parse(u"execution_report", u"2026-Q3");
        QCOMPARE(quarter.days, (DateRange {QDate(2026, 7, 1), QDate(2026, 9, 30)}));
        const auto month = ReportPeriod::parse(u"execution_report", u"2026-07");
        QCOMPARE(month.executionKind, u"monthly"_s);
        QCOMPARE(month.days, (DateRange {QDate(2026, 7, 1), QDate(2026, 7, 31)}));
    }

    void unreadablePeriods()
    {
        QVERIFY(!ReportPeriod::parse(u"cems_hour", u"2026-10-31T24").ok);
        QVERIFY(!ReportPeriod::parse(u"cems_day", u"2025-02-29").ok);
        QVERIFY(!ReportPeriod::parse(u"month_amount", u"2026-13").ok);
        QVERIFY(!ReportPeriod::parse(u"execution_report", u"2026-Q5").ok);
        QVERIFY(!ReportPeriod::parse(u"sample", u"").error.isEmpty());
    }

    void calendar()
    {
        // 2026-11-04 is a Wednesday: its week runs Monday 2 … Sunday 8 November.
        QCOMPARE(PeriodCalendar::containing(u"weekly", QDate(2026, 11, 4)),
            (DateRange {QDate(2026, 11, 2), QDate(2026, 11, 8)}));
        QCOMPARE(PeriodCalendar::containing(u"quarterly", QDate(2026, 11, 4)),
            (DateRange {QDate(2026, 10, 1), QDate(2026, 12, 31)}));
        QCOMPARE(PeriodCalendar::containing(u"semiannual", QDate(2026, 6, 30)),
            (DateRange {QDate(2026, 1, 1), QDate(2026, 6, 30)}));
        QVERIFY(!PeriodCalendar::containing(u"continuous", QDate(2026, 6, 30)).isValid());
        const auto months =
            PeriodCalendar::overlapping(u"monthly", QDate(2025, 12, 15), QDate(2026, 2, 1));
        QCOMPARE(months.size(), 3);
        QCOMPARE(months.first().first, QDate(2025, 12, 1));
        QCOMPARE(months.last().last, QDate(2026, 2, 28));
        QCOMPARE(PeriodCalendar::reportLabel(u"quarterly", months.last()), u"2026-Q1"_s);
        QCOMPARE(PeriodCalendar::reportLabel(u"semiannual", months.last()), u"2026-H1"_s);
        QCOMPARE(PeriodCalendar::reportLabel(u"monthly", months.last()), u"2026-02"_s);
        // Due dates: the 15th of the month after; a day past the month's end is clamped.
        QCOMPARE(PeriodCalendar::dueDate({QDate(2025, 1, 1), QDate(2025, 12, 31)}, 15, 1),
            QDate(2026, 1, 15));
        QCOMPARE(PeriodCalendar::dueDate({QDate(2026, 1, 1), QDate(2026, 1, 31)}, 31, 1),
            QDate(2026, 2, 28));
        QCOMPARE(PeriodCalendar::dueDate({QDate(2026, 1, 1), QDate(2026, 3, 31)}, 10, 2),
            QDate(2026, 5, 10));
    }

    void configDefaults()
    {
        const RuleConfig c = RuleConfig::defaults();
        QCOMPARE(c.flatlineHours, 24);
        QCOMPARE(c.positionMinimumM, 50.0);
        QCOMPARE(c.positionAccuracyFactor, 2.0);
        QCOMPARE(c.renewalDaysBeforeExpiry, 60);
        QCOMPARE(c.evidenceDistanceM, 300.0);
        QCOMPARE(c.sampleWindowDays, 7);
        QCOMPARE(c.amountTolerancePct, 10.0);
        QCOMPARE(c.toleranceFor(u"SO2"_s).absolute, 17.0);
        QCOMPARE(c.toleranceFor(u"PM"_s).absolute, 5.0);
        QCOMPARE(c.toleranceFor(u"PH"_s).relative, 0.0);
        QCOMPARE(c.toleranceFor(u"ZN"_s).relative, 0.3); // not named: the default
        QCOMPARE(c.toleranceFor(u"ZN"_s).absolute, 0.0);
    }

    void configOverrides()
    {
        const QString path =
            write(R"({"r7_flatline_hours": 12, "r2_tolerances": {"SO2": {"relative": 0.2}}})");
        const RuleConfig c = RuleConfig::fromFile(path);
        QCOMPARE(c.flatlineHours, 12);
        QCOMPARE(c.toleranceFor(u"SO2"_s).relative, 0.2);
        QCOMPARE(c.toleranceFor(u"SO2"_s).absolute, 17.0); // kept
        QCOMPARE(c.toleranceFor(u"NOX"_s).absolute, 12.0); // untouched
        QCOMPARE(c.evidenceDistanceM, 300.0);
    }

    void configErrors()
    {
        expectError(R"({"r7_flatline_hour": 12})", u"r7_flatline_hour: is not a setting"_s);
        expectError(R"({"r7_flatline_hours": "24"})", u"r7_flatline_hours: must be a number"_s);
        expectError(
            R"({"r7_flatline_hours": 24.5})", u"r7_flatline_hours: must be a whole number"_s);
        expectError(R"({"r7_flatline_hours": 1})", u"r7_flatline_hours: must be at least 2"_s);
        expectError(
            R"({"r12_evidence_distance_m": 0})", u"r12_evidence_distance_m: must be more than 0"_s);
        expectError(R"({"r14_amount_tolerance_pct": -1})", u"r14_amount_tolerance_pct"_s);
        expectError(R"({"r2_tolerances": {"XYZ": {"absolute": 1}}})",
            u"r2_tolerances.XYZ: is not a pollutant"_s);
        expectError(R"({"r2_tolerances": {"SO2": {"abs": 1}}})", u"r2_tolerances.SO2.abs"_s);
        expectError(
            R"({"r2_tolerances": {"SO2": {"relative": -0.1}}})", u"r2_tolerances.SO2.relative"_s);
        expectError(R"({"r2_default_tolerance": 5})", u"r2_default_tolerance: must be an object"_s);
        expectError(R"({"r7_flatline_hours": 12, "r7_flatline_hours": 13})", u"twice"_s);
        expectError(R"([1, 2])", u"is not a JSON object"_s);
        expectError(R"({"r7_flatline_hours": )", u"line 1"_s);
        try {
            RuleConfig::fromFile(m_dir.filePath(u"missing.json"_s));
            QFAIL("no error for a missing file");
        } catch (const std::runtime_error &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(u"missing.json: cannot be read"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestRulesPeriods)
#include "tst_rules_periods.moc"
