// R5 monitoring frequency, R6 execution reports, R7 CEMS data capture and flat-lines.

#include "rulestesthelpers.h"

#include <QTest>

using namespace rulestest;

namespace {

QString hour(QDate cstDay, int cstHour)
{
    return Cst::utcHour(Cst::startOf(cstDay) + cstHour * Cst::kHourMs);
}

// CEMS days of COD at DW001 for every day of [first, last]: the reported window.
void cemsDays(PermitSnapshot &s, QDate first, QDate last, const QString &outlet = u"outlet-water"_s,
    const QString &pollutant = u"COD"_s)
{
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        SnapshotReportedValue r = row(u"%1-%2-%3"_s.arg(outlet, pollutant, d.toString(Qt::ISODate)),
            outlet, pollutant, u"cems_day"_s, d.toString(Qt::ISODate), 40.0,
            pollutant == u"COD" ? u"mg/L"_s : u"mg/Nm3"_s);
        r.validCount = 24;
        r.flowM3h = 100;
        s.reported.append(r);
    }
}

QStringList periods(const QList<Flag> &flags)
{
    QStringList result;
    for (const Flag &f : flags)
        result << f.subject.period;
    result.sort();
    return result;
}

} // namespace

class TestRulesSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void r5MissingMonthlySample()
    {
        PermitSnapshot s = permit();
        s.outlets[1].monitoring = {{u"NH3N"_s, u"manual"_s, u"monthly"_s}};
        cemsDays(s, QDate(2025, 11, 1), QDate(2026, 10, 31));
        QDate m(2025, 11, 10);
        for (int i = 0; i < 12; ++i, m = m.addMonths(1)) {
            if (m.month() == 6)
                continue; // no sample in June 2026
            s.reported.append(row(u"s%1"_s.arg(i), u"outlet-water"_s, u"NH3N"_s, u"sample"_s,
                m.toString(Qt::ISODate), 3.0, u"mg/L"_s));
        }
        QList<Flag> flags = run(u"R5"_s, s, QDate(2026, 11, 1));
        QCOMPARE(periods(flags), QStringList {u"2026-06-01/2026-06-30"_s});
        QCOMPARE(flags[0].severity, Severity::Violation);
        QCOMPARE(flags[0].subject.pollutant, u"NH3N"_s);
        // A sample below the detection limit was taken: it counts.
        SnapshotReportedValue nd = row(
            u"nd"_s, u"outlet-water"_s, u"NH3N"_s, u"sample"_s, u"2026-06-30"_s, 0.025, u"mg/L"_s);
        nd.qualifier = u"<"_s;
        s.reported.append(nd);
        QVERIFY(run(u"R5"_s, s, QDate(2026, 11, 1)).isEmpty());
        // A no-data sample is not a sample (missing data is not a value)...
        s.reported.last().value.reset();
        s.reported.last().noData = u"F"_s;
        QCOMPARE(run(u"R5"_s, s, QDate(2026, 11, 1)).size(), 1);
        // ...but a period reported as no discharge needs none.
        s.reported.last().noData = u"C"_s;
        QVERIFY(run(u"R5"_s, s, QDate(2026, 11, 1)).isEmpty());
    }

    void r5OnlyWholePeriodsBeforeAsOf()
    {
        PermitSnapshot s = permit();
        s.outlets[1].monitoring = {{u"PH"_s, u"manual"_s, u"weekly"_s}};
        // Window Saturday 2025-11-01 … Saturday 2025-11-29; no samples at all.
        cemsDays(s, QDate(2025, 11, 1), QDate(2025, 11, 29));
        // Whole weeks inside: 3–9, 10–16, 17–23 (24–30 runs past the window; 27 Oct–2 Nov before
        // it).
        QCOMPARE(periods(run(u"R5"_s, s, QDate(2026, 1, 1))),
            (QStringList {u"2025-11-03/2025-11-09"_s, u"2025-11-10/2025-11-16"_s,
                u"2025-11-17/2025-11-23"_s}));
        // As of 16 November only the first week is over; the week ending on the 16th is not
        // over until the 17th.
        QCOMPARE(periods(run(u"R5"_s, s, QDate(2025, 11, 16))),
            QStringList {u"2025-11-03/2025-11-09"_s});
        QCOMPARE(periods(run(u"R5"_s, s, QDate(2025, 11, 17))).size(), 2);
        // Without any reported data the store says nothing about the enterprise.
        s.reported.clear();
        QVERIFY(run(u"R5"_s, s, QDate(2026, 1, 1)).isEmpty());
    }

    void r5SamplePeriodIsTheCstDay()
    {
        PermitSnapshot s = permit();
        s.outlets[1].monitoring = {{u"NH3N"_s, u"manual"_s, u"monthly"_s}};
        cemsDays(s, QDate(2026, 9, 1), QDate(2026, 11, 30));
        s.reported.append(row(
            u"sep"_s, u"outlet-water"_s, u"NH3N"_s, u"sample"_s, u"2026-09-30"_s, 3.0, u"mg/L"_s));
        s.reported.append(row(
            u"nov"_s, u"outlet-water"_s, u"NH3N"_s, u"sample"_s, u"2026-11-01"_s, 3.0, u"mg/L"_s));
        // October has none: the samples of 30 September and 1 November do not count for it.
        QCOMPARE(
            periods(run(u"R5"_s, s, QDate(2026, 12, 5))), QStringList {u"2026-10-01/2026-10-31"_s});
    }

    void r6MissingAndLate()
    {
        PermitSnapshot s = permit();
        s.schedule = {{u"quarterly"_s, 15, 1}, {u"annual"_s, 15, 1}};
        cemsDays(s, QDate(2025, 11, 1), QDate(2026, 10, 31));
        auto report = [](const QString &id, const QString &period, QDate filed) {
            SnapshotExecutionReport r;
            r.id = id;
            r.kind = QString();
            r.period = period;
            r.filedOn = filed;
            return r;
        };
        s.executionReports = {report(u"q4"_s, u"2025-Q4"_s, QDate(2026, 1, 15)), // on the due date
            report(u"y25"_s, u"2025"_s, QDate(2026, 1, 10)),
            report(u"q1"_s, u"2026-Q1"_s, QDate(2026, 4, 16)), // a day late
            report(u"q3"_s, u"2026-Q3"_s, QDate(2026, 10, 14))};
        // As of 2026-11-01: Q4 2025, 2025, Q1, Q2 and Q3 2026 are due; Q2 is missing.
        QList<Flag> flags = run(u"R6"_s, s, QDate(2026, 11, 1));
        QCOMPARE(periods(flags), (QStringList {u"2026-Q1"_s, u"2026-Q2"_s}));
        for (const Flag &f : flags) {
            if (f.subject.period == u"2026-Q1") {
                QCOMPARE(f.severity, Severity::Warning);
                QVERIFY(f.messageEn.contains(u"1 days after"_s));
                QVERIFY(hasEvidence(f, u"execution_report"_s, u"q1"_s));
            } else {
                QCOMPARE(f.severity, Severity::Violation);
                QVERIFY(f.messageEn.contains(u"due on 2026-07-15"_s));
            }
        }
        // Filing Q2 late later turns the same flag (same id) into a late one.
        const QString missingId = flags[1].id();
        s.executionReports.append(report(u"q2"_s, u"2026-Q2"_s, QDate(2026, 8, 1)));
        flags = run(u"R6"_s, s, QDate(2026, 11, 1));
        QCOMPARE(flags.size(), 2);
        QVERIFY(ids(flags).contains(missingId));
        // The due date itself is not overdue: as of 2026-07-15 Q2 is not yet flagged.
        s.executionReports.removeLast();
        QVERIFY(!periods(run(u"R6"_s, s, QDate(2026, 7, 15))).contains(u"2026-Q2"_s));
        QVERIFY(periods(run(u"R6"_s, s, QDate(2026, 7, 16))).contains(u"2026-Q2"_s));
    }

    void r6DueDateFromTheSchedule()
    {
        PermitSnapshot s = permit();
        s.schedule = {{u"monthly"_s, 31, 2}}; // the last day of the second month after
        cemsDays(s, QDate(2026, 1, 1), QDate(2026, 1, 31));
        // January's report is due on 31 March.
        QVERIFY(run(u"R6"_s, s, QDate(2026, 3, 31)).isEmpty());
        QList<Flag> flags = run(u"R6"_s, s, QDate(2026, 4, 1));
        QCOMPARE(periods(flags), QStringList {u"2026-01"_s});
        QVERIFY(flags[0].messageEn.contains(u"2026-03-31"_s));
    }

    void r7CaptureBelowTheMonthRule()
    {
        PermitSnapshot s = permit();
        s.outlets[0].monitoring.clear(); // the stack's CEMS is another test
        s.outlets[1].monitoring = {{u"COD"_s, u"automatic"_s, u"continuous"_s}};
        cemsDays(s, QDate(2026, 1, 1), QDate(2026, 3, 31));
        // February: 23 valid days are enough (HJ 75/76); remove 5 of 28 → 23, still valid.
        auto drop = [&](QDate d) {
            s.reported.removeIf([&](const SnapshotReportedValue &r) {
                return r.period == d.toString(Qt::ISODate);
            });
        };
        for (int d = 1; d <= 5; ++d)
            drop(QDate(2026, 2, d));
        QVERIFY(run(u"R7"_s, s, QDate(2026, 4, 5)).isEmpty());
        drop(QDate(2026, 2, 6));
        QList<Flag> flags = run(u"R7"_s, s, QDate(2026, 4, 5));
        QCOMPARE(periods(flags), QStringList {u"2026-02"_s});
        QCOMPARE(flags[0].subject.detail, u"capture"_s);
        // March: 25 valid days needed; 7 days with 19 valid hours are invalid days → 24.
        for (SnapshotReportedValue &r : s.reported) {
            const QDate d = QDate::fromString(r.period, Qt::ISODate);
            if (d.month() == 3 && d.day() <= 7)
                r.validCount = 19;
        }
        QCOMPARE(periods(run(u"R7"_s, s, QDate(2026, 4, 5))),
            (QStringList {u"2026-02"_s, u"2026-03"_s}));
        // A month that is not over by asOf is not judged.
        QCOMPARE(periods(run(u"R7"_s, s, QDate(2026, 3, 31))), QStringList {u"2026-02"_s});
    }

    void r7ShutdownDaysNeedNoData()
    {
        PermitSnapshot s = permit();
        s.outlets[0].monitoring.clear(); // the stack's CEMS is another test
        s.outlets[1].monitoring = {{u"COD"_s, u"automatic"_s, u"continuous"_s}};
        cemsDays(s, QDate(2026, 10, 1), QDate(2026, 10, 17));
        for (QDate d(2026, 10, 18); d <= QDate(2026, 10, 31); d = d.addDays(1))
            s.reported.append(shutdownRow(d.toString(Qt::ISODate), u"outlet-water"_s, u"COD"_s,
                u"cems_day"_s, d.toString(Qt::ISODate), u"mg/L"_s));
        QVERIFY(run(u"R7"_s, s, QDate(2026, 11, 1)).isEmpty());
    }

    void r7DayFromHoursAcrossMidnightUtc()
    {
        PermitSnapshot s = permit();
        s.outlets[0].monitoring.clear(); // the stack's CEMS is another test
        s.outlets[1].monitoring = {{u"COD"_s, u"automatic"_s, u"continuous"_s}};
        cemsDays(s, QDate(2026, 10, 1), QDate(2026, 10, 30));
        // 31 October only as hours: 20 valid ones make a valid day (the CST day runs from
        // 2026-10-30T16 to 2026-10-31T15 UTC).
        for (int h = 0; h < 20; ++h) {
            s.reported.append(row(u"h%1"_s.arg(h), u"outlet-water"_s, u"COD"_s, u"cems_hour"_s,
                hour(QDate(2026, 10, 31), h), 40.0, u"mg/L"_s));
        }
        QVERIFY(run(u"R7"_s, s, QDate(2026, 11, 1)).isEmpty());
    }

    void r7NoDataAtAllIsMissingNotZero()
    {
        PermitSnapshot s = permit();
        // The stack's SO2 and NOx CEMS report nothing in October while the water outlet's
        // data show the store holds the month: both months of the stack are without data.
        s.outlets[1].monitoring.clear();
        cemsDays(s, QDate(2026, 10, 1), QDate(2026, 10, 31));
        const QList<Flag> flags = run(u"R7"_s, s, QDate(2026, 11, 1));
        QCOMPARE(flags.size(), 2);
        for (const Flag &f : flags) {
            QCOMPARE(f.subject.outletId, u"outlet-air"_s);
            QVERIFY(f.messageEn.contains(u"31 days without data"_s));
        }
    }

    void r7Flatline()
    {
        PermitSnapshot s = permit();
        auto hours = [&](int count, double value, int from, const QString &prefix) {
            for (int h = 0; h < count; ++h) {
                s.reported.append(row(u"%1%2"_s.arg(prefix).arg(h), u"outlet-air"_s, u"SO2"_s,
                    u"cems_hour"_s, Cst::utcHour(cst(2026, 10, 20) + (from + h) * Cst::kHourMs),
                    value, u"mg/Nm3"_s));
            }
        };
        hours(23, 12.3, 0, u"a"_s);
        hours(1, 12.4, 23, u"b"_s);
        hours(24, 12.3, 24, u"c"_s); // exactly 24 identical hours, across midnight CST
        QList<Flag> flags = run(u"R7"_s, s, QDate(2026, 11, 1));
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0].subject.detail, u"flatline"_s);
        QCOMPARE(flags[0].subject.period, u"2026-10-20T16/2026-10-21T15"_s);
        QCOMPARE(flags[0].evidence.size(), 24);
        // A gap (a missing hour) breaks the run; so does an invalid hour.
        s.reported.removeIf([](const SnapshotReportedValue &r) { return r.id == u"c10"; });
        QVERIFY(run(u"R7"_s, s, QDate(2026, 11, 1)).isEmpty());
        hours(1, 12.3, 34, u"c10-again"_s);
        QCOMPARE(run(u"R7"_s, s, QDate(2026, 11, 1)).size(), 1);
        s.reported.last().validity = u"calibration"_s;
        QVERIFY(run(u"R7"_s, s, QDate(2026, 11, 1)).isEmpty());
        // The threshold is configurable.
        RuleConfig config = RuleConfig::defaults();
        config.flatlineHours = 23;
        QCOMPARE(run(u"R7"_s, s, QDate(2026, 11, 1), config).size(), 1); // the first 23 hours
    }
};

QTEST_GUILESS_MAIN(TestRulesSchedule)
#include "tst_rules_schedule.moc"
