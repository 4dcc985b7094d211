// The units table of docs/formats.md: aliases, dimensions, factors, and the refusals.
#include "domain/unit.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall::domain;

class TestUnit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aliasesParseToTheCanonicalSymbol_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<int>("dimension");
        using D = Unit::Dimension;
        const auto row = [](const QString &text, const QString &symbol, D dimension) {
            QTest::addRow("%s", qPrintable(text)) << text << symbol << int(dimension);
        };
        row(u"mg/Nm3"_s, u"mg/Nm3"_s, D::GasConcentration);
        row(u"mg/Nm³"_s, u"mg/Nm3"_s, D::GasConcentration);
        row(u"mg/m³"_s, u"mg/m3"_s, D::GasConcentration);
        row(u"µg/m³"_s, u"ug/m3"_s, D::GasConcentration); // micro sign U+00B5
        row(u"μg/m³"_s, u"ug/m3"_s, D::GasConcentration); // Greek mu U+03BC
        row(u"mg/l"_s, u"mg/L"_s, D::WaterConcentration);
        row(u"µg/L"_s, u"ug/L"_s, D::WaterConcentration);
        row(u"pg TEQ/L"_s, u"pg/L"_s, D::WaterConcentration);
        row(u"SU"_s, u"pH"_s, D::Ph);
        row(u"dilution"_s, u"dilution"_s, D::Dilution);
        row(u"t"_s, u"t"_s, D::Mass);
        row(u"t/a"_s, u"t/a"_s, D::MassPerYear);
        row(u"kg/d"_s, u"kg/d"_s, D::MassRate);
        row(u"m³/h"_s, u"m3/h"_s, D::VolumeFlow);
        row(u"MGD"_s, u"MGD"_s, D::VolumeFlow);
    }
    void aliasesParseToTheCanonicalSymbol()
    {
        QFETCH(QString, text);
        QFETCH(QString, symbol);
        QFETCH(int, dimension);
        const Unit unit = Unit::parse(text);
        QCOMPARE(unit.symbol(), symbol);
        QCOMPARE(int(unit.dimension()), dimension);
    }

    void unknownUnitIsAnErrorWithItsText()
    {
        for (const QString &text : {u"mg/Nm4"_s, u"MG/L"_s, u""_s, u" mg/L"_s, u"ppm"_s}) {
            QVERIFY(!Unit::find(text));
            try {
                Unit::parse(text);
                QFAIL("parsed an unknown unit");
            } catch (const UnitError &e) {
                QCOMPARE(e.message(), u"unknown unit \"%1\""_s.arg(text));
            }
        }
    }

    void conversions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("expected");
        QTest::newRow("Nm3 is m3") << u"mg/Nm3"_s << u"mg/m3"_s << 35.0 << 35.0;
        QTest::newRow("ug to mg gas") << u"ug/m3"_s << u"mg/Nm3"_s << 250.0 << 0.25;
        QTest::newRow("mg to ug water") << u"mg/L"_s << u"ug/L"_s << 0.8 << 800.0;
        QTest::newRow("pg to mg") << u"pg/L"_s << u"mg/L"_s << 30.0 << 3e-8;
        QTest::newRow("t to kg") << u"t"_s << u"kg"_s << 1.5 << 1500.0;
        QTest::newRow("kg/d to kg/h") << u"kg/d"_s << u"kg/h"_s << 48.0 << 2.0;
        QTest::newRow("MGD to m3/d") << u"MGD"_s << u"m3/d"_s << 1.0 << 3785.411784;
        QTest::newRow("MGD to m3/h") << u"MGD"_s << u"m3/h"_s << 1.0 << 157.725491;
        QTest::newRow("same unit") << u"pH"_s << u"SU"_s << 7.2 << 7.2;
    }
    void conversions()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(double, value);
        QFETCH(double, expected);
        const double got = Unit::parse(from).convert(value, Unit::parse(to));
        QVERIFY2(qAbs(got - expected) <= 1e-9 * qMax(1.0, qAbs(expected)),
            qPrintable(QString::number(got, 'g', 17)));
    }

    void crossDimensionConversionIsAnError()
    {
        const Unit gas = Unit::parse(u"mg/Nm3");
        const Unit water = Unit::parse(u"mg/L");
        QVERIFY(!gas.convertsTo(water));
        try {
            gas.convert(1.0, water);
            QFAIL("converted across dimensions");
        } catch (const UnitError &e) {
            QCOMPARE(e.message(),
                u"cannot convert mg/Nm3 (mass concentration in gas) to mg/L (mass concentration "
                u"in water)"_s);
        }
        QVERIFY_THROWS_EXCEPTION(UnitError, Unit::parse(u"t").convert(1.0, Unit::parse(u"t/a")));
        QVERIFY_THROWS_EXCEPTION(UnitError, Unit::parse(u"kg/h").convert(1.0, Unit::parse(u"kg")));
    }
};

QTEST_GUILESS_MAIN(TestUnit)
#include "tst_unit.moc"
