// The reported-values chart: round ticks (ChartTicks), the pollutant it opens on
// (mainPollutant), and SeriesChart's legend, limits and tap on a point.
#include "core/mainpollutant.h"
#include "models/painted/chartseries.h"
#include "models/painted/chartticks.h"
#include "models/painted/serieschart.h"
#include "models/session/uilanguage.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace outfall::models;
using outfall::mobile::OutletDetail;

namespace {

// 1, 2 or 5 × 10^k.
bool isNiceStep(double step)
{
    const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    for (const double nice : {1.0, 2.0, 5.0}) {
        if (std::fabs(mantissa - nice) < 1e-6)
            return true;
    }
    return false;
}

outfall::mobile::LimitTerm limit(const QString &pollutant, std::optional<double> max)
{
    outfall::mobile::LimitTerm term;
    term.pollutant = pollutant;
    term.max = max;
    term.unit = max ? u"mg/Nm3"_s : u"t"_s;
    return term;
}

OutletDetail outlet(const QString &id, const QString &category)
{
    OutletDetail o;
    o.id = id;
    o.code = id;
    o.category = category;
    return o;
}

} // namespace

class TestSeriesChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiLanguage::instance().set(u"en"_s); }

    void valueTicksAreRoundAndCoverTheRange_data()
    {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<int>("maxCount");
        QTest::newRow("SO2 0-41") << 0.0 << 41.0 << 6;
        QTest::newRow("pH 0-9.7") << 0.0 << 9.7 << 6;
        QTest::newRow("NOx 0-187.3") << 0.0 << 187.3 << 5;
        QTest::newRow("tiny 0-0.037") << 0.0 << 0.037 << 6;
        QTest::newRow("negative -3-12") << -3.0 << 12.0 << 7;
        QTest::newRow("flat 0-0") << 0.0 << 0.0 << 5;
        QTest::newRow("two ticks") << 0.0 << 1234.0 << 2;
    }
    void valueTicksAreRoundAndCoverTheRange()
    {
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(int, maxCount);
        const QList<double> ticks = ChartTicks::values(low, high, maxCount);
        QVERIFY2(ticks.size() >= 2 && ticks.size() <= maxCount,
            qPrintable(QString::number(ticks.size())));
        QVERIFY(ticks.first() <= low);
        QVERIFY(ticks.last() >= high);
        const double step = ticks[1] - ticks[0];
        QVERIFY2(isNiceStep(step), qPrintable(QString::number(step)));
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            QVERIFY(std::fabs(ticks[i] - (ticks[0] + i * step)) < step * 1e-6);
            // Every tick is a multiple of the step (0, 10, 20, not 3, 13, 23).
            const double multiple = ticks[i] / step;
            QVERIFY(std::fabs(multiple - std::round(multiple)) < 1e-6);
        }
    }

    void valueTicksOfAConcentration()
    {
        QCOMPARE(ChartTicks::values(0, 41, 6), (QList<double> {0, 10, 20, 30, 40, 50}));
        QCOMPARE(ChartTicks::values(0, 9.7, 6), (QList<double> {0, 2, 4, 6, 8, 10}));
    }

    void dateTicksFallOnCalendarBoundaries()
    {
        // Three days: every day.
        auto ticks = ChartTicks::dates(QDate(2026, 6, 1), QDate(2026, 6, 3), 8);
        QCOMPARE(ticks.step, ChartTicks::DateStep::Day);
        QCOMPARE(ticks.dates.size(), 3);
        // Six weeks: Mondays.
        ticks = ChartTicks::dates(QDate(2026, 6, 3), QDate(2026, 7, 14), 8);
        QCOMPARE(ticks.step, ChartTicks::DateStep::Week);
        QCOMPARE(ticks.dates.first(), QDate(2026, 6, 8));
        for (const QDate &d : std::as_const(ticks.dates))
            QCOMPARE(d.dayOfWeek(), 1);
        // Twelve months: the 1st of each month, 12 of them within the range.
        ticks = ChartTicks::dates(QDate(2025, 11, 20), QDate(2026, 11, 5), 12);
        QCOMPARE(ticks.step, ChartTicks::DateStep::Month);
        QCOMPARE(ticks.dates.first(), QDate(2025, 12, 1));
        QCOMPARE(ticks.dates.last(), QDate(2026, 11, 1));
        QCOMPARE(ticks.dates.size(), 12);
        // The same year on a narrow chart: quarters.
        ticks = ChartTicks::dates(QDate(2025, 11, 20), QDate(2026, 11, 5), 5);
        QCOMPARE(ticks.step, ChartTicks::DateStep::Quarter);
        QCOMPARE(ticks.dates,
            (QList<QDate> {
                QDate(2026, 1, 1), QDate(2026, 4, 1), QDate(2026, 7, 1), QDate(2026, 10, 1)}));
    }

    void opensOnTheMainOutletsContinuousPollutant()
    {
        // A general outlet with a limit comes first; the main outlet has a manual and an
        // automatic pollutant, both limited: the automatic one wins.
        OutletDetail general = outlet(u"o1"_s, u"general"_s);
        general.limits.append(limit(u"PM"_s, 20.0));
        OutletDetail main = outlet(u"o2"_s, u"main"_s);
        main.limits.append(limit(u"HG"_s, 0.03));
        main.limits.append(limit(u"NOX"_s, 50.0));
        main.monitoring.append({u"HG"_s, u"manual"_s, u"quarterly"_s, {}});
        main.monitoring.append({u"NOX"_s, u"automatic"_s, u"continuous"_s, {}});
        auto start = outfall::mobile::mainPollutant({general, main});
        QVERIFY(start);
        QCOMPARE(start->outletId, u"o2"_s);
        QCOMPARE(start->pollutant, u"NOX"_s);
        // Without automatic monitoring: the first limited pollutant.
        main.monitoring.removeLast();
        start = outfall::mobile::mainPollutant({general, main});
        QVERIFY(start);
        QCOMPARE(start->outletId, u"o1"_s);
        QCOMPARE(start->pollutant, u"PM"_s);
        // An annual amount alone is not a concentration limit to draw.
        OutletDetail amountOnly = outlet(u"o3"_s, u"main"_s);
        amountOnly.limits.append(limit(u"SO2"_s, std::nullopt));
        amountOnly.monitoring.append({u"SO2"_s, u"automatic"_s, u"continuous"_s, {}});
        QVERIFY(!outfall::mobile::mainPollutant({amountOnly}));
    }

    void tapShowsValueDateAndValidity()
    {
        ChartSeries series;
        series.set(u"DA001"_s, u"SO2"_s, u"mg/Nm3"_s,
            {{u"2026-06-01"_s, 20, true}, {u"2026-06-10"_s, 41, true},
                {u"2026-06-20"_s, 90, false}},
            35.0, std::nullopt);
        SeriesChart chart;
        chart.setSize(QSizeF(900, 340));
        chart.setSeries(&series);
        const QPointF over = chart.pointPosition(1);
        QVERIFY(std::isfinite(over.x()));
        QVERIFY(chart.pointPosition(0).x() < over.x());
        QVERIFY(chart.pointPosition(0).y() > over.y()); // 20 is lower than 41
        // A gloved tap 15 px off the point still hits it.
        chart.tap(over.x() + 10, over.y() + 11);
        QCOMPARE(chart.selectedIndex(), 1);
        QCOMPARE(chart.selectedText(), u"41 mg/Nm3 · 10 Jun 2026 · valid, over the limit"_s);
        chart.tap(chart.pointPosition(2).x(), chart.pointPosition(2).y());
        QCOMPARE(chart.selectedText(),
            u"90 mg/Nm3 · 20 Jun 2026 · invalid data, not judged against the limit"_s);
        QVERIFY(chart.paintedTexts().contains(chart.selectedText()));
        // Away from every point: nothing selected.
        chart.tap(over.x() + 200, 20);
        QCOMPARE(chart.selectedIndex(), -1);
        QVERIFY(chart.selectedText().isEmpty());
    }

    void legendLimitsAndAxesAreSaidInTheUiLanguage()
    {
        ChartSeries series;
        series.set(u"DW001"_s, u"PH"_s, u"pH"_s,
            {{u"2026-01-05"_s, 5.5, true}, {u"2026-03-20"_s, 7, true},
                {u"2026-05-02"_s, 12, false}},
            9.0, 6.0);
        SeriesChart chart;
        chart.setSize(QSizeF(900, 340));
        chart.setSeries(&series);
        QStringList texts = chart.paintedTexts();
        for (const QString &expected : {u"Reported value"_s, u"Permitted limit"_s,
                 u"Over the limit"_s, u"Invalid data (not judged)"_s, u"limit 9 pH"_s,
                 u"minimum 6 pH"_s, u"Feb 2026"_s, u"Mar"_s, u"0"_s, u"15"_s}) {
            QVERIFY2(
                texts.contains(expected), qPrintable(expected + u" not in "_s + texts.join(u'|')));
        }
        // The limit line and the range's minimum are drawn where their values are.
        const double y55 = chart.pointPosition(0).y();
        const double y7 = chart.pointPosition(1).y();
        QVERIFY(y55 > y7);
        UiLanguage::instance().set(u"zh_CN"_s);
        texts = chart.paintedTexts();
        UiLanguage::instance().set(u"en"_s);
        QVERIFY2(texts.contains(u"2026年2月"_s), qPrintable(texts.join(u'|')));
    }

    void emptySeriesSaysSo()
    {
        ChartSeries series;
        SeriesChart chart;
        chart.setSize(QSizeF(600, 300));
        chart.setSeries(&series);
        QCOMPARE(chart.paintedTexts(), QStringList {u"No reported values"_s});
        chart.tap(300, 150);
        QCOMPARE(chart.selectedIndex(), -1);
    }
};

QTEST_MAIN(TestSeriesChart)
#include "tst_serieschart.moc"
