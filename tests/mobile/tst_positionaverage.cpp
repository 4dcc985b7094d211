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

    void unusableFixIsAnError()
    {
        const std::vector<PositionSample> bad {{91.0, 0.0, 5.0, 1}};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PositionAverage::of(bad, 20.0));
        QVERIFY(PositionSample({10, 10, 0, 1}).problem().contains(QStringLiteral("accuracy")));
        QVERIFY(PositionSample({10, 10, 5, 1}).problem().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPositionAverage)
#include "tst_positionaverage.moc"
