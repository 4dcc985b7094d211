// PositionAverage: 1/accuracy² weights, the combined accuracy, the threshold, the
// antimeridian, and that combining averages equals averaging every fix at once.
#include "core/positionaverage.h"

#include <QTest>

#include <cmath>

using outfall::mobile::PositionAverage;
using outfall::mobile::PositionSample;

class TestPositionAverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weightsByInverseVariance()
    {
        // Accuracies 3 and 6: weights 4 : 1.
        const std::vector<PositionSample> fixes {{10.0, 20.0, 3.0, 1}, {10.5, 21.0, 6.0, 2}};
        const auto avg = PositionAverage::of(fixes, 20.0);
        QVERIFY(avg);
        QVERIFY(qFuzzyCompare(avg->position.lat, (4 * 10.0 + 10.5) / 5));
        QVERIFY(qFuzzyCompare(avg->position.lon, (4 * 20.0 + 21.0) / 5));
        QVERIFY(qFuzzyCompare(avg->position.accuracyM, 1.0 / std::sqrt(1.0 / 9 + 1.0 / 36)));
        QCOMPARE(avg->position.samples, 3);
        QCOMPARE(avg->accepted, 2);
        QCOMPARE(avg->rejected, 0);
    }

    void fixesWorseThanTheThresholdAreLeftOut()
    {
        const std::vector<PositionSample> fixes {{10.0, 20.0, 5.0, 1}, {11.0, 21.0, 3000.0, 1}};
        const auto avg = PositionAverage::of(fixes, 20.0);
        QVERIFY(avg);
        QCOMPARE(avg->position.lat, 10.0);
        QCOMPARE(avg->rejected, 1);
        const std::vector<PositionSample> poor {{10.0, 20.0, 25.0, 1}};
        QVERIFY(!PositionAverage::of(poor, 20.0));
        QVERIFY(!PositionAverage::of({}, 20.0));
    }

    void averagesAcrossTheAntimeridian()
    {
        const std::vector<PositionSample> fixes {{0.0, 179.9999, 5.0, 1}, {0.0, -179.9999, 5.0, 1}};
        const auto avg = PositionAverage::of(fixes, 20.0);
        QVERIFY(avg);
        QVERIFY(qAbs(qAbs(avg->position.lon) - 180.0) < 1e-9);
    }

    void combiningAveragesEqualsAveragingAll()
    {
        const std::vector<PositionSample> all {
            {22.51, 113.90, 4.0, 1}, {22.52, 113.91, 8.0, 1}, {22.50, 113.89, 5.0, 1}};
        const auto whole = PositionAverage::of(all, 20.0);
        const auto first = PositionAverage::of(std::span(all).first(2), 20.0);
        const std::vector<PositionSample> parts {first->position, all[2]};
        const auto merged = PositionAverage::of(parts, 20.0);
        QVERIFY(qFuzzyCompare(merged->position.lat, whole->position.lat));
        QVERIFY(qFuzzyCompare(merged->position.lon, whole->position.lon));
        QVERIFY(qFuzzyCompare(merged->position.accuracyM, whole->position.accuracyM));
        QCOMPARE(merged->position.samples, 3);
    }

    void steadyFixesStayWithinTheirAccuracy()
    {
        // Five fixes within a few metres of one point, stated 5 m: steady.
        const double m = 1.0 / 111195.0; // degrees of latitude a metre
        std::vector<PositionSample> still;
        for (const double north : {-4.0, -2.0, 0.0, 3.0, 4.0})
            still.push_back({22.5 + north * m, 113.9, 5.0, 1});
        const auto avg = PositionAverage::of(still, 20.0);
        QVERIFY(avg);
        QVERIFY(avg->steady());
        // The 2-sigma radius: twice the RMS distance from the mean (the mean is 0.2 m north).
        double squares = 0;
        for (const double north : {-4.2, -2.2, -0.2, 2.8, 3.8})
            squares += north * north;
        QVERIFY2(qAbs(avg->spreadM - 2 * std::sqrt(squares / 5)) < 0.01,
            qPrintable(QString::number(avg->spreadM)));
        QCOMPARE(avg->spreadLimitM, 15.0); // 3 × 5 m
        // A single fix has no spread.
        QCOMPARE(PositionAverage::of(std::span(still).first(1), 20.0)->spreadM, 0.0);
    }

    void movingOrScatteredFixesAreNotSteady()
    {
        // Ten fixes at 8 m accuracy taken while walking 400 m north (the outlet check
        // "366.9 m from the permitted position"): the average is no position of one point.
        const double m = 1.0 / 111195.0;
        std::vector<PositionSample> walking;
        for (int i = 0; i < 10; ++i)
            walking.push_back({22.5 + i * 44.0 * m, 113.9, 8.0, 1});
        const auto moving = PositionAverage::of(walking, 20.0);
        QVERIFY(moving);
        QVERIFY(!moving->steady());
        QVERIFY2(moving->spreadM > 200, qPrintable(QString::number(moving->spreadM)));
        QCOMPARE(moving->spreadLimitM, 24.0);
        // Two good fixes 60 m apart (a reflection): scattered.
        const std::vector<PositionSample> jumped {
            {22.5, 113.9, 4.0, 1}, {22.5 + 60 * m, 113.9, 4.0, 1}};
        const auto scattered = PositionAverage::of(jumped, 20.0);
        QVERIFY(!scattered->steady());
        QVERIFY(qAbs(scattered->spreadM - 60.0) < 0.1); // 2 × 30 m
        // The limit never drops under 5 m: two 1 m fixes 4 m apart are steady.
        const std::vector<PositionSample> sharp {
            {22.5, 113.9, 1.0, 1}, {22.5 + 4 * m, 113.9, 1.0, 1}};
        const auto precise = PositionAverage::of(sharp, 20.0);
        QCOMPARE(precise->spreadLimitM, 5.0);
        QVERIFY(precise->steady());
    }

    void unusableFixIsAnError()
    {
        const std::vector<PositionSample> bad {{91.0, 0.0, 5.0, 1}};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PositionAverage::of(bad, 20.0));
        QVERIFY(PositionSample({10, 10, 0, 1}).problem().contains(QStringLiteral("accuracy")));
        QVERIFY(PositionSample({10, 10, 5, 1}).problem().isEmpty());
        // An accuracy is a physical quantity: 1e308 m (or anything beyond 100 km) is no fix.
        QCOMPARE(PositionSample({10, 10, 1e308, 1}).problem(),
            QStringLiteral("accuracy 1e+308 m is more than 100000 m: a fix that poor says nothing"
                           " about where it was taken"));
        QVERIFY(!PositionSample({10, 10, 100001, 1}).problem().isEmpty());
        QVERIFY(PositionSample({10, 10, 100000, 1}).problem().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPositionAverage)
#include "tst_positionaverage.moc"
