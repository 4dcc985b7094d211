// Route planning (shared/routes): nearest neighbour + 2-opt + Or-opt on haversine distances.
// The plan is never longer than the draw order, and over 100 random instances of 10 sites it
// is compared with the exact optimum (Held–Karp): the mean and worst gap are printed here and
// written in docs/routes.md.
#include "routes/distancematrix.h"
#include "routes/heldkarp.h"
#include "routes/nearestneighbour.h"
#include "routes/oropt.h"
#include "routes/seededrandom.h"
#include "routes/tourplanner.h"
#include "routes/twoopt.h"

#include <QTest>

#include <algorithm>
#include <numeric>

using namespace outfall::routes;

namespace {

// Sites scattered over a district about 40 km across (Shenzhen's size), from a fixed seed.
std::vector<GeoPoint> randomSites(SeededRandom &random, std::size_t count)
{
    std::vector<GeoPoint> sites;
    for (std::size_t i = 0; i < count; ++i)
        sites.push_back({22.45 + double(random.below(36000)) / 100000.0,
            113.80 + double(random.below(40000)) / 100000.0});
    return sites;
}

bool isPermutation(const Tour &tour, std::size_t sites)
{
    Tour sorted = tour;
    std::sort(sorted.begin(), sorted.end());
    Tour expected(sites);
    std::iota(expected.begin(), expected.end(), std::size_t(1));
    return sorted == expected;
}

} // namespace

class TestTourPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallCases()
    {
        const GeoPoint office {22.54, 114.05};
        QVERIFY(planTour(DistanceMatrix(office, {})).tour.empty());
        const auto one = planTour(DistanceMatrix(office, {{22.55, 114.06}}));
        QCOMPARE(one.tour, Tour {1});
        QCOMPARE(one.lengthM, one.drawOrderLengthM);
        // Four sites on a line east of the office, drawn out of order: the plan walks them in
        // order and back.
        const DistanceMatrix line(
            office, {{22.54, 114.08}, {22.54, 114.06}, {22.54, 114.09}, {22.54, 114.07}});
        const auto plan = planTour(line);
        QVERIFY(plan.tour == (Tour {2, 4, 1, 3}) || plan.tour == (Tour {3, 1, 4, 2}));
        QVERIFY(plan.lengthM < plan.drawOrderLengthM);
    }

    void localSearchNeverLengthens()
    {
        SeededRandom random(3);
        for (int instance = 0; instance < 50; ++instance) {
            const DistanceMatrix d({22.6, 114.0}, randomSites(random, 25));
            Tour tour(25);
            std::iota(tour.begin(), tour.end(), std::size_t(1));
            const double before = tourLength(d, tour);
            improveByTwoOpt(d, tour);
            const double afterTwoOpt = tourLength(d, tour);
            improveByOrOpt(d, tour);
            QVERIFY(afterTwoOpt <= before + 1e-6);
            QVERIFY(tourLength(d, tour) <= afterTwoOpt + 1e-6);
            QVERIFY(isPermutation(tour, 25));
            QVERIFY(isPermutation(nearestNeighbourTour(d), 25));
        }
    }

    void heldKarpIsExactOnASquare()
    {
        // The corners of a square around the office: the optimum goes round, not across.
        const DistanceMatrix d(
            {22.5, 114.0}, {{22.51, 114.01}, {22.49, 113.99}, {22.51, 113.99}, {22.49, 114.01}});
        const Tour best = heldKarpTour(d);
        QVERIFY(isPermutation(best, 4));
        const double across = tourLength(d, {1, 2, 3, 4});
        QVERIFY(tourLength(d, best) < across);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
            heldKarpTour(DistanceMatrix({0, 0}, std::vector<GeoPoint>(17, GeoPoint {1, 1}))));
    }

    // The measured gap of docs/routes.md: 100 random instances of 10 sites.
    void planAgainstTheExactOptimum()
    {
        SeededRandom random(20261201);
        double sumGap = 0;
        double worstGap = 0;
        int optimal = 0;
        double sumSaving = 0;
        constexpr int instances = 100;
        for (int instance = 0; instance < instances; ++instance) {
            const DistanceMatrix d({22.55, 114.0}, randomSites(random, 10));
            const TourPlan plan = planTour(d);
            QVERIFY(isPermutation(plan.tour, 10));
            QVERIFY2(plan.lengthM <= plan.drawOrderLengthM + 1e-6,
                "the plan is longer than the draw order");
            QCOMPARE(tourLength(d, plan.tour), plan.lengthM);
            const double exact = tourLength(d, heldKarpTour(d));
            QVERIFY(exact <= plan.lengthM + 1e-6);
            const double gap = (plan.lengthM - exact) / exact;
            sumGap += gap;
            worstGap = std::max(worstGap, gap);
            optimal += gap < 1e-9;
            sumSaving += 1.0 - plan.lengthM / plan.drawOrderLengthM;
        }
        qInfo("plan vs Held-Karp over %d instances of 10 sites: mean gap %.3f %%, worst gap %.3f "
              "%%, optimal in %d; mean saving against the draw order %.1f %%",
            instances, 100 * sumGap / instances, 100 * worstGap, optimal,
            100 * sumSaving / instances);
        QVERIFY(sumGap / instances < 0.02);
    }
};

QTEST_GUILESS_MAIN(TestTourPlanner)
#include "tst_tourplanner.moc"
