// PermitDetails (core) and PermitDetailController (model): terms, outlets with limit lines,
// expiry, and the chart series with its exceedances (invalid data excluded).
#include "core/devicestore.h"
#include "devicefixture.h"
#include "models/controllers/permitdetailcontroller.h"
#include "models/lists/outletlistmodel.h"
#include "models/painted/chartseries.h"
#include "models/session/appsession.h"
#include "models/session/uilanguage.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall::models;

class TestPermitDetail : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AppSession> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        m_session = std::make_unique<AppSession>(m_dir.filePath(u"profile"_s));
        auto &db = m_session->database();
        addThreeTestPermits(db);
        db.exec(uR"(
            INSERT INTO emission_limit (id, outlet_id, pollutant, max_value, unit, reference_o2_pct,
                                        basis, annual_t)
                VALUES ('l1', 'o11', 'SO2', 35, 'mg/Nm3', 6, 'hourly', 420.5);
            INSERT INTO emission_limit (id, outlet_id, pollutant, min_value, max_value, unit, basis)
                VALUES ('l2', 'o12', 'PH', 6, 9, 'pH', 'instant');
            INSERT INTO monitoring_requirement (id, outlet_id, pollutant, mode, frequency, method)
                VALUES ('m1', 'o11', 'SO2', 'automatic', 'continuous', 'HJ 57-2017');
            INSERT INTO reported_value (id, outlet_id, pollutant, kind, period, value, unit, validity)
                VALUES ('r1', 'o11', 'SO2', 'cems_day', '2026-06-01', 20, 'mg/Nm3', 'valid'),
                       ('r2', 'o11', 'SO2', 'cems_day', '2026-06-02', 41, 'mg/Nm3', 'valid'),
                       ('r3', 'o11', 'SO2', 'cems_day', '2026-06-03', 90, 'mg/Nm3', 'maintenance'),
                       ('r4', 'o11', 'SO2', 'cems_day', '2025-01-01', 99, 'mg/Nm3', 'valid'),
                       ('r5', 'o11', 'SO2', 'month_amount', '2026-06', 30, 't', 'valid');
        )"_s);
    }

    void loadsTermsOutletsAndExpiry()
    {
        PermitDetailController detail(m_session.get());
        detail.setToday(QDate(2026, 11, 1));
        detail.setLanguage(u"zh_CN"_s);
        detail.setPermitId(u"p1"_s);
        QVERIFY(detail.loaded());
        QCOMPARE(detail.number(), u"91440300MA5D8G6X2R001P"_s);
        QCOMPARE(detail.enterpriseName(), u"深圳南山热电有限公司"_s);
        QCOMPARE(detail.enterpriseOtherName(), u"Nanshan Thermal Power"_s);
        QSignalSpy changed(&detail, &PermitDetailController::loadedChanged);
        detail.setLanguage(u"en"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(detail.enterpriseName(), u"Nanshan Thermal Power"_s);
        QCOMPARE(detail.enterpriseOtherName(), u"深圳南山热电有限公司"_s); // the registered name
        detail.setLanguage(u"zh_CN"_s);
        QCOMPARE(detail.daysToExpiry(), int(QDate(2026, 11, 1).daysTo(QDate(2029, 1, 1))));
        QAbstractItemModelTester tester(
            detail.outlets(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(detail.outlets()->rowCount(), 2);
        QModelIndex first = detail.outlets()->index(0);
        QCOMPARE(first.data(OutletListModel::CodeRole).toString(), u"DA001"_s);
        // Pollutants by name with their code, terms in words, never the stored codes alone.
        UiLanguage::instance().set(u"en"_s); // (resets the outlets when it changes the language)
        first = detail.outlets()->index(0);
        QCOMPARE(first.data(OutletListModel::LimitLinesRole).toStringList(),
            QStringList {u"Sulphur dioxide SO2 ≤ 35 mg/Nm3 at 6 % O₂, hourly mean;"
                         u" 420.5 t/a permitted"_s});
        QCOMPARE(first.data(OutletListModel::MonitoringLinesRole).toStringList(),
            QStringList {u"Sulphur dioxide SO2: automatic, continuous (HJ 57-2017)"_s});
        QCOMPARE(first.data(OutletListModel::PollutantNamesRole).toStringList(),
            QStringList {u"Sulphur dioxide"_s});
        const QModelIndex second = detail.outlets()->index(1);
        QCOMPARE(second.data(OutletListModel::LimitLinesRole).toStringList(),
            QStringList {u"pH PH 6–9 pH, instantaneous"_s});
        QCOMPARE(
            second.data(OutletListModel::PollutantsRole).toStringList(), QStringList {u"PH"_s});
        // In Chinese the catalogue's Chinese names, said again when the language changes.
        UiLanguage::instance().set(u"zh_CN"_s);
        QCOMPARE(
            detail.outlets()->index(0).data(OutletListModel::PollutantNamesRole).toStringList(),
            QStringList {u"二氧化硫"_s});
        QVERIFY(detail.outlets()
                    ->index(0)
                    .data(OutletListModel::LimitLinesRole)
                    .toStringList()
                    .value(0)
                    .startsWith(u"二氧化硫 SO2 ≤ 35 mg/Nm3"_s));
        UiLanguage::instance().set(u"en"_s);
    }

    void chartShowsTwelveMonthsAgainstTheLimit()
    {
        PermitDetailController detail(m_session.get());
        detail.setToday(QDate(2026, 11, 1));
        detail.setPermitId(u"p1"_s);
        // The main outlet's continuously monitored pollutant is shown without a tap, named in
        // the UI language (the code apart, for small print).
        ChartSeries *series = detail.series();
        UiLanguage::instance().set(u"en"_s);
        QCOMPARE(series->title(), u"DA001 · Sulphur dioxide"_s);
        QCOMPARE(series->pollutantCode(), u"SO2"_s);
        QSignalSpy said(series, &ChartSeries::changed);
        UiLanguage::instance().set(u"zh_CN"_s);
        QCOMPARE(said.count(), 1);
        QCOMPARE(series->pollutantName(), u"二氧化硫"_s);
        UiLanguage::instance().set(u"en"_s);
        QCOMPARE(series->unit(), u"mg/Nm3"_s);
        // 2025-01-01 is older than 12 months; the monthly amount is not a concentration.
        QCOMPARE(series->pointCount(), 3);
        QCOMPARE(series->maxLimit(), std::optional<double>(35));
        // 41 exceeds; 90 during maintenance is invalid data and does not count (HJ 75).
        QCOMPARE(series->exceedanceCount(), 1);
    }

    void rangeLimitExceedsOnBothSides()
    {
        ChartSeries series;
        series.set(u"DW001"_s, u"PH"_s, u"pH"_s,
            {{u"2026-01-01"_s, 5.5, true}, {u"2026-01-02"_s, 7, true}, {u"2026-01-03"_s, 9.5, true},
                {u"2026-01-04"_s, 12, false}},
            9.0, 6.0);
        QCOMPARE(series.exceedanceCount(), 2);
    }

    void unknownPermitIsNotLoaded()
    {
        PermitDetailController detail(m_session.get());
        detail.setPermitId(u"nope"_s);
        QVERIFY(!detail.loaded());
        QCOMPARE(detail.outlets()->rowCount(), 0);
        QCOMPARE(detail.series()->pointCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPermitDetail)
#include "tst_permitdetail.moc"
