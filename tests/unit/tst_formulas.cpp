// Pure formulas of DOMAIN.md §2: oxygen correction, exceedance percent, haversine distance.
#include "domain/exceedance.h"
#include "domain/geodesy.h"
#include "domain/oxygencorrection.h"

#include <QTest>

#include <numbers>
#include <stdexcept>

using namespace outfall::domain;

class TestFormulas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oxygenCorrection()
    {
        // 30 mg/m3 measured at 9 % O2, referred to 6 %: 30 × 15 / 12.
        QCOMPARE(OxygenCorrection::correct(30.0, 9.0, 6.0), 37.5);
        // Gas turbine basis 15 %, measured at 15 %: unchanged.
        QCOMPARE(OxygenCorrection::correct(42.0, 15.0, 15.0), 42.0);
        // Measured below the reference lowers the value: 100 × 15 / 18.
        QCOMPARE(OxygenCorrection::correct(100.0, 3.0, 6.0), 100.0 * 15.0 / 18.0);
        QCOMPARE(OxygenCorrection::correct(0.0, 20.9, 6.0), 0.0);
    }

    void oxygenCorrectionRejectsInvalidOxygen()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, OxygenCorrection::correct(30, 21.0, 6));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, OxygenCorrection::correct(30, 25.0, 6));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, OxygenCorrection::correct(30, -1.0, 6));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, OxygenCorrection::correct(30, 9.0, 21));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, OxygenCorrection::correct(-1, 9.0, 6));
        try {
            OxygenCorrection::correct(30, 21.0, 6);
        } catch (const std::invalid_argument &e) {
            QVERIFY2(
                QByteArray(e.what()).startsWith("measured oxygen must be 0 <= x < 21 %"), e.what());
        }
    }

    void exceedanceOfMaximum()
    {
        const auto over = Exceedance::evaluate(45.5, std::nullopt, 35.0);
        QCOMPARE(over.side, Exceedance::Side::Max);
        QCOMPARE(over.percent, 30.0);
        QVERIFY(over.violation);
        const auto under = Exceedance::evaluate(28.0, std::nullopt, 35.0);
        QCOMPARE(under.percent, -20.0);
        QVERIFY(!under.violation);
        // At the limit exactly is not a violation.
        const auto at = Exceedance::evaluate(35.0, std::nullopt, 35.0);
        QCOMPARE(at.percent, 0.0);
        QVERIFY(!at.violation);
    }

    void exceedanceOfMinimum()
    {
        // Dissolved oxygen style limit: at least 5.
        const auto below = Exceedance::evaluate(4.0, 5.0, std::nullopt);
        QCOMPARE(below.side, Exceedance::Side::Min);
        QCOMPARE(below.percent, 20.0);
        QVERIFY(below.violation);
        const auto above = Exceedance::evaluate(6.0, 5.0, std::nullopt);
        QCOMPARE(above.percent, -20.0);
        QVERIFY(!above.violation);
    }

    void exceedanceOfRange()
    {
        // pH 6–9.
        const auto low = Exceedance::evaluate(4.5, 6.0, 9.0);
        QCOMPARE(low.side, Exceedance::Side::Min);
        QCOMPARE(low.percent, 25.0);
        QVERIFY(low.violation);
        const auto high = Exceedance::evaluate(9.9, 6.0, 9.0);
        QCOMPARE(high.side, Exceedance::Side::Max);
        QVERIFY(qAbs(high.percent - 10.0) < 1e-12);
        QVERIFY(high.violation);
        const auto inside = Exceedance::evaluate(7.0, 6.0, 9.0);
        QVERIFY(!inside.violation);
        QCOMPARE(inside.side, Exceedance::Side::Max);
    }

    void exceedanceErrors()
    {
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument, Exceedance::evaluate(1.0, std::nullopt, std::nullopt));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Exceedance::evaluate(1.0, 9.0, 6.0));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument, Exceedance::evaluate(1.0, std::nullopt, 0.0));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument, Exceedance::evaluate(1.0, 0.0, std::nullopt));
        // A range from 0 is fine while the value stays above the minimum.
        QCOMPARE(Exceedance::evaluate(12.0, 0.0, 10.0).percent, 20.0);
    }

    void haversine()
    {
        const double R = Geodesy::kEarthRadiusM;
        QCOMPARE(Geodesy::haversineM(22.5, 113.9, 22.5, 113.9), 0.0);
        // One degree along the equator and along a meridian: R × π / 180.
        const double degree = R * std::numbers::pi / 180.0;
        QVERIFY(qAbs(Geodesy::haversineM(0, 0, 0, 1) - degree) < 1e-6);
        QVERIFY(qAbs(Geodesy::haversineM(10, 50, 11, 50) - degree) < 1e-6);
        QVERIFY(qAbs(degree - 111195.08) < 0.01);
        // Pole to pole and antipodes: half the circumference.
        QVERIFY(qAbs(Geodesy::haversineM(90, 0, -90, 0) - std::numbers::pi * R) < 1e-6);
        QVERIFY(qAbs(Geodesy::haversineM(0, 0, 0, 180) - std::numbers::pi * R) < 1e-6);
        // Across the antimeridian the short way: 179.5 E to 179.5 W is one degree.
        QVERIFY(qAbs(Geodesy::haversineM(0, 179.5, 0, -179.5) - degree) < 1e-6);
        // The two outlets of the formats.md example: 255.105 m apart (independent computation).
        const double d = Geodesy::haversineM(22.5131, 113.9020, 22.5110, 113.9030);
        QVERIFY2(qAbs(d - 255.105) < 0.001, qPrintable(QString::number(d, 'f', 4)));
    }

    void haversineRejectsOutOfRange()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Geodesy::haversineM(91, 0, 0, 0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Geodesy::haversineM(0, 0, 0, -181));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Geodesy::haversineM(qQNaN(), 0, 0, 0));
    }
};

QTEST_GUILESS_MAIN(TestFormulas)
#include "tst_formulas.moc"
