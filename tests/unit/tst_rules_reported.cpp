// R3 reported exceedance, R4 annual amount, R14 amount accounting.

#include "rulestesthelpers.h"

#include <QTest>

using namespace rulestest;

namespace {

const QDate kAsOf(2026, 11, 20);

QString hour(QDate cstDay, int cstHour)
{
    return Cst::utcHour(Cst::startOf(cstDay) + cstHour * Cst::kHourMs);
}

// A CEMS day row with flow and valid hours.
SnapshotReportedValue day(const QString &id, const QString &outlet, const QString &pollutant,
    QDate d, double value, const QString &unit, double flow, int validHours = 24)
{
    SnapshotReportedValue r =
        row(id, outlet, pollutant, u"cems_day"_s, d.toString(Qt::ISODate), value, unit);
    r.flowM3h = flow;
    r.validCount = validHours;
    return r;
}

const Flag *find(const QList<Flag> &flags, const QString &period, const QString &detail = QString())
{
    for (const Flag &f : flags) {
        if (f.subject.period == period && (detail.isEmpty() || f.subject.detail == detail))
            return &f;
    }
    return nullptr;
}

} // namespace

class TestRulesReported : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void r3HourlyBoundary()
    {
        PermitSnapshot s = permit();
        s.reported = {row(u"at"_s, u"outlet-air"_s, u"SO2"_s, u"cems_hour"_s, u"2026-10-01T02"_s,
                          35.0, u"mg/Nm3"_s),
            row(u"over"_s, u"outlet-air"_s, u"SO2"_s, u"cems_hour"_s, u"2026-10-02T02"_s, 35.1,
                u"mg/Nm3"_s)};
        const QList<Flag> flags = run(u"R3"_s, s, kAsOf);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0].subject.period, u"2026-10-02"_s);
        QCOMPARE(flags[0].subject.detail, u"hourly"_s);
        QVERIFY(hasEvidence(flags[0], u"reported_value"_s, u"over"_s));
        QVERIFY(hasEvidence(flags[0], u"emission_limit"_s, u"lim-so2"_s));
        QVERIFY(qAbs(*flags[0].exceedancePct - 0.1 / 35 * 100) < 1e-9);
    }

    void r3HoursOfOneCstDayMakeOneFlag()
    {
        PermitSnapshot s = permit();
        // 16:00 UTC on 31 October and 15:00 UTC on 1 November are both in 1 November CST.
        s.reported = {row(u"a"_s, u"outlet-air"_s, u"SO2"_s, u"cems_hour"_s, u"2026-10-31T16"_s,
                          40.0, u"mg/Nm3"_s),
            row(u"b"_s, u"outlet-air"_s, u"SO2"_s, u"cems_hour"_s, u"2026-11-01T15"_s, 52.5,
                u"mg/Nm3"_s),
            row(u"c"_s, u"outlet-air"_s, u"SO2"_s, u"cems_hour"_s, u"2026-10-31T15"_s, 45.0,
                u"mg/Nm3"_s)};
        const QList<Flag> flags = run(u"R3"_s, s, kAsOf);
        QCOMPARE(flags.size(), 2);
        const Flag *nov = find(flags, u"2026-11-01"_s);
        QVERIFY(nov);
        QVERIFY(hasEvidence(*nov, u"reported_value"_s, u"a"_s));
        QVERIFY(hasEvidence(*nov, u"reported_value"_s, u"b"_s));
        QVERIFY(qAbs(*nov->exceedancePct - 50.0) < 1e-9);
        QVERIFY(find(flags, u"2026-10-31"_s));
    }

    void r3OnlyValidData()
    {
        PermitSnapshot s = permit();
        SnapshotReportedValue maintenance = row(u"m"_s, u"outlet-air"_s, u"SO2"_s, u"cems_hour"_s,
            u"2026-10-01T02"_s, 90.0, u"mg/Nm3"_s);
        maintenance.validity = u"maintenance"_s;
        SnapshotReportedValue calibration = maintenance;
        calibration.id = u"c"_s;
        calibration.validity = u"calibration"_s;
        SnapshotReportedValue shortHour = row(u"short"_s, u"outlet-air"_s, u"SO2"_s, u"cems_hour"_s,
            u"2026-10-01T03"_s, 90.0, u"mg/Nm3"_s);
        shortHour.validCount = 44; // fewer than 45 valid minutes: not a valid hour
        SnapshotReportedValue noData = row(u"nd"_s, u"outlet-air"_s, u"SO2"_s, u"cems_hour"_s,
            u"2026-10-01T04"_s, std::nullopt, u"mg/Nm3"_s);
        noData.noData = u"F"_s;
        SnapshotReportedValue shortDay =
            day(u"sd"_s, u"outlet-water"_s, u"COD"_s, QDate(2026, 10, 1), 150, u"mg/L"_s, 100, 19);
        s.reported = {maintenance, calibration, shortHour, noData, shortDay};
        QVERIFY(run(u"R3"_s, s, kAsOf).isEmpty());
        s.reported[2].validCount = 45;
        s.reported[4].validCount = 20;
        QCOMPARE(run(u"R3"_s, s, kAsOf).size(), 2);
    }

    void r3NonDetectIsNotAValue()
    {
        PermitSnapshot s = permit();
        SnapshotReportedValue nd = row(
            u"nd"_s, u"outlet-water"_s, u"NH3N"_s, u"sample"_s, u"2026-10-01"_s, 12.0, u"mg/L"_s);
        nd.qualifier = u"<"_s;
        s.reported = {nd};
        QVERIFY(run(u"R3"_s, s, kAsOf).isEmpty());
        // "> 12" is a proven exceedance of a maximum of 10.
        s.reported[0].qualifier = u">"_s;
        QCOMPARE(run(u"R3"_s, s, kAsOf).size(), 1);
        // "E" (estimated) is a value.
        s.reported[0].qualifier = u"E"_s;
        QCOMPARE(run(u"R3"_s, s, kAsOf).size(), 1);
    }

    void r3DailyMeanAboveAnHourlyLimit()
    {
        PermitSnapshot s = permit();
        // No hours that day: the valid daily mean 42 > 35 proves an hour above 35.
        s.reported = {
            day(u"d"_s, u"outlet-air"_s, u"SO2"_s, QDate(2026, 3, 14), 42, u"mg/Nm3"_s, 1e6)};
        QList<Flag> flags = run(u"R3"_s, s, kAsOf);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0].subject.period, u"2026-03-14"_s);
        QVERIFY(flags[0].messageEn.contains(u"at least one hour"_s));
        QVERIFY(qAbs(*flags[0].exceedancePct - 20.0) < 1e-9);
        // With that day's valid hours present they decide: all within, no flag.
        for (int h = 0; h < 24; ++h) {
            s.reported.append(row(u"h%1"_s.arg(h), u"outlet-air"_s, u"SO2"_s, u"cems_hour"_s,
                hour(QDate(2026, 3, 14), h), 30.0, u"mg/Nm3"_s));
        }
        QVERIFY(run(u"R3"_s, s, kAsOf).isEmpty());
    }

    void r3DailyBasisAndSamples()
    {
        PermitSnapshot s = permit();
        // COD daily limit 90 mg/L: a CEMS day at 90 is within, 90.5 over; a sample over too.
        s.reported = {
            day(u"d1"_s, u"outlet-water"_s, u"COD"_s, QDate(2026, 10, 1), 90, u"mg/L"_s, 100),
            day(u"d2"_s, u"outlet-water"_s, u"COD"_s, QDate(2026, 10, 2), 90.5, u"mg/L"_s, 100),
            row(u"s1"_s, u"outlet-water"_s, u"NH3N"_s, u"sample"_s, u"2026-10-08"_s, 13.0,
                u"mg/L"_s),
            // 9 000 µg/L = 9 mg/L: within 10 after conversion.
            row(u"s2"_s, u"outlet-water"_s, u"NH3N"_s, u"sample"_s, u"2026-10-09"_s, 9000,
                u"ug/L"_s),
            row(u"s3"_s, u"outlet-water"_s, u"NH3N"_s, u"sample"_s, u"2026-10-10"_s, 10001,
                u"ug/L"_s)};
        const QList<Flag> flags = run(u"R3"_s, s, kAsOf);
        QCOMPARE(flags.size(), 3);
        QVERIFY(find(flags, u"2026-10-02"_s));
        QVERIFY(find(flags, u"2026-10-08"_s));
        const Flag *converted = find(flags, u"2026-10-10"_s);
        QVERIFY(converted);
        QVERIFY(converted->stepsEn().first().contains(u"10001 ug/L = 10.001 mg/L"_s));
        // A daily limit from hours when no daily row: the mean of ≥ 20 valid hours.
        PermitSnapshot h = permit();
        for (int i = 0; i < 20; ++i) {
            h.reported.append(row(u"h%1"_s.arg(i), u"outlet-water"_s, u"COD"_s, u"cems_hour"_s,
                hour(QDate(2026, 10, 3), i), i < 10 ? 80.0 : 101.0, u"mg/L"_s));
        }
        QList<Flag> fromHours = run(u"R3"_s, h, kAsOf);
        QCOMPARE(fromHours.size(), 1); // mean 90.5
        h.reported.removeLast(); // 19 valid hours: not a valid day
        QVERIFY(run(u"R3"_s, h, kAsOf).isEmpty());
    }

    void r3PhRange()
    {
        PermitSnapshot s = permit();
        s.reported = {
            row(u"lo"_s, u"outlet-water"_s, u"PH"_s, u"sample"_s, u"2026-10-01"_s, 5.9, u"pH"_s),
            row(u"ok"_s, u"outlet-water"_s, u"PH"_s, u"sample"_s, u"2026-10-02"_s, 6.0, u"pH"_s),
            row(u"hi"_s, u"outlet-water"_s, u"PH"_s, u"sample"_s, u"2026-10-03"_s, 9.01, u"pH"_s)};
        QCOMPARE(run(u"R3"_s, s, kAsOf).size(), 2);
    }

    void r3MonthlyMeanOfValidDays()
    {
        PermitSnapshot s = permit();
        s.outlets[1].limits.append(
            limit(u"lim-tp"_s, u"TP"_s, std::nullopt, 0.5, u"mg/L"_s, u"monthly"_s));
        // February 2026: 23 valid days at 0.6 make a valid month over 0.5; 22 do not.
        for (int d = 1; d <= 23; ++d)
            s.reported.append(day(u"tp%1"_s.arg(d), u"outlet-water"_s, u"TP"_s, QDate(2026, 2, d),
                0.6, u"mg/L"_s, 100));
        QList<Flag> flags = run(u"R3"_s, s, kAsOf);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0].subject.period, u"2026-02"_s);
        QCOMPARE(flags[0].subject.detail, u"monthly"_s);
        QVERIFY(qAbs(*flags[0].exceedancePct - 20.0) < 1e-6);
        s.reported.removeLast();
        QVERIFY(run(u"R3"_s, s, kAsOf).isEmpty());
    }

    void r3NotForNpdes()
    {
        PermitSnapshot s = permit();
        s.jurisdiction = u"us_npdes"_s;
        s.reported = {row(u"over"_s, u"outlet-air"_s, u"SO2"_s, u"cems_hour"_s, u"2026-10-02T02"_s,
            99, u"mg/Nm3"_s)};
        QVERIFY(run(u"R3"_s, s, kAsOf).isEmpty());
    }

    void r4CalendarYearAndRolling()
    {
        PermitSnapshot s = permit(); // SO2 annual 120 t
        // Nov 2025 … Oct 2026 at 11 t a month: 132 t over 12 months; 2026 Jan–Oct 110 t.
        QDate m(2025, 11, 1);
        for (int i = 0; i < 12; ++i, m = m.addMonths(1)) {
            s.reported.append(row(u"amt-%1"_s.arg(m.toString(u"yyyy-MM"_s)), u"outlet-air"_s,
                u"SO2"_s, u"month_amount"_s, m.toString(u"yyyy-MM"_s), 11.0, u"t"_s));
        }
        QList<Flag> flags = run(u"R4"_s, s, kAsOf);
        const Flag *rolling = find(flags, u"2025-11/2026-10"_s, u"rolling"_s);
        QVERIFY(rolling);
        QCOMPARE(rolling->severity, Severity::Violation);
        QVERIFY(qAbs(*rolling->exceedancePct - 10.0) < 1e-9);
        QCOMPARE(rolling->evidence.size(), 13); // 12 months and the limit
        QVERIFY(!find(flags, u"2026"_s, u"calendar"_s)); // 110 t so far
        // The pace of 2026 (10 complete months before 20 November): 110 / 10 × 12 = 132 > 120.
        const Flag *pace = find(flags, u"2026"_s, u"pace"_s);
        QVERIFY(pace);
        QCOMPARE(pace->severity, Severity::Warning);
        QCOMPARE(flags.size(), 2);

        // Amounts in kg convert: one month of 11 000 kg is the same 11 t.
        s.reported[5].value = 11000;
        s.reported[5].unit = u"kg"_s;
        QCOMPARE(run(u"R4"_s, s, kAsOf).size(), 2);

        // A calendar year over: 12 × 11 in 2025.
        PermitSnapshot y = permit();
        for (int month = 1; month <= 12; ++month)
            y.reported.append(row(u"y%1"_s.arg(month), u"outlet-air"_s, u"SO2"_s, u"month_amount"_s,
                QDate(2025, month, 1).toString(u"yyyy-MM"_s), 11.0, u"t"_s));
        flags = run(u"R4"_s, y, kAsOf);
        QCOMPARE(flags.size(), 1); // the calendar year; the same window is not flagged twice
        QCOMPARE(flags[0].subject.detail, u"calendar"_s);
        QCOMPARE(flags[0].subject.period, u"2025"_s);
    }

    void r4BoundaryAndMissingMonths()
    {
        PermitSnapshot s = permit();
        // Exactly 120 t in 2025: not over.
        for (int month = 1; month <= 12; ++month)
            s.reported.append(row(u"y%1"_s.arg(month), u"outlet-air"_s, u"SO2"_s, u"month_amount"_s,
                QDate(2025, month, 1).toString(u"yyyy-MM"_s), 10.0, u"t"_s));
        QVERIFY(run(u"R4"_s, s, QDate(2026, 1, 10)).isEmpty());
        s.reported[0].value = 10.001;
        QCOMPARE(run(u"R4"_s, s, QDate(2026, 1, 10)).size(), 1);
        // Missing months are not zero: four months of 31 t already prove 124 t > 120.
        PermitSnapshot gaps = permit();
        for (int month : {1, 4, 7, 10})
            gaps.reported.append(row(u"g%1"_s.arg(month), u"outlet-air"_s, u"SO2"_s,
                u"month_amount"_s, QDate(2025, month, 1).toString(u"yyyy-MM"_s), 31.0, u"t"_s));
        const QList<Flag> flags = run(u"R4"_s, gaps, QDate(2026, 1, 10));
        QCOMPARE(flags.size(), 1);
        QVERIFY(flags[0].stepsEn().join(u'\n').contains(u"lower bound"_s));
        // A no-data month is not an amount.
        SnapshotReportedValue noData = row(u"nd"_s, u"outlet-air"_s, u"SO2"_s, u"month_amount"_s,
            u"2025-02"_s, std::nullopt, u"t"_s);
        noData.noData = u"F"_s;
        gaps.reported.append(noData);
        QCOMPARE(run(u"R4"_s, gaps, QDate(2026, 1, 10)).size(), 1);
    }

    void r14MonthFromDailyAndHourlyData()
    {
        PermitSnapshot s = permit();
        // October 2026, SO2: 31 days at 20 mg/Nm3 × 1 000 000 m3/h × 24 h = 0.48 t a day.
        const QDate first(2026, 10, 1);
        for (int d = 0; d < 31; ++d) {
            const QDate date = first.addDays(d);
            if (d < 28) {
                s.reported.append(
                    day(u"d%1"_s.arg(d), u"outlet-air"_s, u"SO2"_s, date, 20, u"mg/Nm3"_s, 1e6));
            } else {
                // The last three days hourly (local hours across midnight UTC), same figures.
                for (int h = 0; h < 24; ++h) {
                    SnapshotReportedValue r = row(u"h%1-%2"_s.arg(d).arg(h), u"outlet-air"_s,
                        u"SO2"_s, u"cems_hour"_s, hour(date, h), 20.0, u"mg/Nm3"_s);
                    r.flowM3h = 1e6;
                    s.reported.append(r);
                }
            }
        }
        // Σ = 31 × 0.48 = 14.88 t. Reported 14.88: no flag.
        s.reported.append(row(
            u"amt"_s, u"outlet-air"_s, u"SO2"_s, u"month_amount"_s, u"2026-10"_s, 14.88, u"t"_s));
        QVERIFY(run(u"R14"_s, s, kAsOf).isEmpty());
        // 13.39 t is below 14.88 × 0.9 = 13.392: a flag; 13.393 is not.
        s.reported.last().value = 13.39;
        QList<Flag> flags = run(u"R14"_s, s, kAsOf);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0].subject.period, u"2026-10"_s);
        QVERIFY(hasEvidence(flags[0], u"reported_value"_s, u"amt"_s));
        s.reported.last().value = 13.393;
        QVERIFY(run(u"R14"_s, s, kAsOf).isEmpty());
        // Over: more than 14.88 × 1.1 = 16.368.
        s.reported.last().value = 16.37;
        QCOMPARE(run(u"R14"_s, s, kAsOf).size(), 1);
        // Not judged before the month is over.
        QVERIFY(run(u"R14"_s, s, QDate(2026, 10, 31)).isEmpty());
    }

    void r14MissingHoursAreStated()
    {
        PermitSnapshot s = permit();
        const QDate first(2026, 10, 1);
        // 30 days of data, one day missing, one day with 12 valid hours.
        for (int d = 0; d < 30; ++d)
            s.reported.append(day(u"d%1"_s.arg(d), u"outlet-air"_s, u"SO2"_s, first.addDays(d), 20,
                u"mg/Nm3"_s, 1e6, d == 3 ? 12 : 24));
        // Valid hours 29 × 24 + 12 = 708; E = 708 × 0.02 = 14.16 t; missing 36 h;
        // whole month 14.16 × 744 / 708 = 14.88 t. Reporting 14.88 is fine (the missing hours
        // at the mean), 16.4 is over 14.88 × 1.1.
        s.reported.append(row(
            u"amt"_s, u"outlet-air"_s, u"SO2"_s, u"month_amount"_s, u"2026-10"_s, 14.88, u"t"_s));
        QVERIFY(run(u"R14"_s, s, kAsOf).isEmpty());
        s.reported.last().value = 16.4;
        const QList<Flag> flags = run(u"R14"_s, s, kAsOf);
        QCOMPARE(flags.size(), 1);
        bool statesMissing = false;
        for (const FlagInput &i : flags[0].inputs)
            statesMissing = statesMissing || (i.name == u"missing hours" && i.value == u"36");
        QVERIFY(statesMissing);
        QVERIFY(flags[0].messageEn.contains(u"36 hours had no valid data"_s));
    }

    void r14ShutdownDaysEmitNothing()
    {
        PermitSnapshot s = permit();
        const QDate first(2026, 10, 1);
        for (int d = 0; d < 31; ++d) {
            if (d >= 17)
                s.reported.append(shutdownRow(u"d%1"_s.arg(d), u"outlet-air"_s, u"SO2"_s,
                    u"cems_day"_s, first.addDays(d).toString(Qt::ISODate), u"mg/Nm3"_s));
            else
                s.reported.append(day(u"d%1"_s.arg(d), u"outlet-air"_s, u"SO2"_s, first.addDays(d),
                    20, u"mg/Nm3"_s, 1e6));
        }
        // 17 days × 0.48 t = 8.16 t; the shutdown days are not missing hours.
        s.reported.append(row(
            u"amt"_s, u"outlet-air"_s, u"SO2"_s, u"month_amount"_s, u"2026-10"_s, 8.16, u"t"_s));
        QVERIFY(run(u"R14"_s, s, kAsOf).isEmpty());
        s.reported.last().value = 9.0; // > 8.16 × 1.1 = 8.976
        QCOMPARE(run(u"R14"_s, s, kAsOf).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRulesReported)
#include "tst_rules_reported.moc"
