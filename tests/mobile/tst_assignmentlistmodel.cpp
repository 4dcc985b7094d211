// AssignmentListModel (Today) over AssignedRoute: only the inspector's active assignments,
// in route order with unordered ones last, withdrawn ones and other inspectors' left out;
// distances by haversine from the bound position, none without one.
#include "core/assignedroute.h"
#include "dayfixture.h"
#include "domain/geodesy.h"
#include "models/appsession.h"
#include "models/assignmentlistmodel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace outfall;
using Model = models::AssignmentListModel;

class TestAssignmentListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<models::AppSession> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        m_session = daytest::openAppSession(m_dir);
    }

    void routeOrderThenUnordered()
    {
        Model model;
        model.setLanguage(u"zh_CN"_s);
        QCOMPARE(model.rowCount(), 4);
        QStringList permits;
        for (int row = 0; row < model.rowCount(); ++row)
            permits << model.data(model.index(row), Model::PermitIdRole).toString();
        QCOMPARE(permits, (QStringList {u"p1"_s, u"p2"_s, u"p3"_s, u"p4"_s}));
        // Stops are positions (route_order is 10, 20, 30 in the fixture).
        QCOMPARE(model.data(model.index(0), Model::StopRole).toInt(), 1);
        QCOMPARE(model.data(model.index(2), Model::StopRole).toInt(), 3);
        QCOMPARE(model.data(model.index(3), Model::StopRole).toInt(), 0);
        QCOMPARE(model.data(model.index(0), Model::DueOnRole).toString(), u"2026年11月2日"_s);
        QCOMPARE(model.data(model.index(0), Model::EnterpriseNameRole).toString(),
            u"深圳南山热电有限公司"_s);
        QCOMPARE(model.data(model.index(3), Model::PhaseRole).toString(), u"pre_issuance"_s);
    }

    void enterpriseNamesInTheUiLanguage()
    {
        Model model;
        model.setLanguage(u"zh_CN"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLanguage(u"en"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(model.index(0), Model::EnterpriseNameRole).toString(),
            u"Nanshan Thermal Power"_s);
        QCOMPARE(model.data(model.index(1), Qt::DisplayRole).toString(), u"Shekou Paper"_s);
        QCOMPARE(model.data(model.index(0), Model::DueOnRole).toString(), u"2 Nov 2026"_s);
        model.setLanguage(u"en"_s);
        QCOMPARE(changed.count(), 1); // unchanged: nothing to redraw
        // The map's outlets carry both names too.
        const auto outlets =
            mobile::AssignedRoute(m_session->database()).outlets(daytest::kInspectorId);
        QCOMPARE(outlets.first().enterpriseNameEn, u"Nanshan Thermal Power"_s);
    }

    void outletsFollowTheRouteAndSkipRemovedOnes()
    {
        const auto outlets =
            mobile::AssignedRoute(m_session->database()).outlets(daytest::kInspectorId);
        QStringList codes;
        for (const auto &outlet : outlets)
            codes << u"%1:%2:%3"_s.arg(outlet.stop).arg(outlet.permitId, outlet.code);
        QCOMPARE(codes,
            (QStringList {u"1:p1:DA001"_s, u"1:p1:DW001"_s, u"2:p2:DW001"_s, u"3:p3:DA001"_s,
                u"3:p3:DW001"_s, u"0:p4:DW001"_s}));
        QVERIFY(mobile::AssignedRoute(m_session->database()).permits(u"nobody"_s).isEmpty());
    }

    void distancesFromThePosition()
    {
        Model model;
        QVERIFY(std::isnan(model.data(model.index(0), Model::DistanceMRole).toDouble()));
        QVERIFY(
            model.data(model.index(0), Model::DistanceTextRole).toString().contains(u"unknown"_s));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setHereLatitude(daytest::kHereLat);
        model.setHereLongitude(daytest::kHereLon);
        QCOMPARE(changed.count(), 2);
        // Stop 1 is 0.005° of latitude north: 556 m.
        const double d1 = model.data(model.index(0), Model::DistanceMRole).toDouble();
        QVERIFY2(std::fabs(d1 - 556.0) < 1.0, qPrintable(QString::number(d1)));
        QCOMPARE(d1, domain::Geodesy::haversineM(22.5, 113.92, 22.505, 113.92));
        QCOMPARE(model.data(model.index(0), Model::DistanceTextRole).toString(), u"560 m away"_s);
        const double d4 = model.data(model.index(3), Model::DistanceMRole).toDouble();
        QVERIFY(d4 > 8000 && d4 < 10000);
        QVERIFY(
            model.data(model.index(3), Model::DistanceTextRole).toString().endsWith(u" km away"_s));
    }

    void formatsDistances()
    {
        QCOMPARE(Model::formatDistance(44), u"40 m away"_s);
        QCOMPARE(Model::formatDistance(1234), u"1.2 km away"_s);
        QCOMPARE(Model::formatDistance(23456), u"23 km away"_s);
    }

    void nothingWithoutAnInspector()
    {
        QTemporaryDir other;
        models::AppSession session(other.filePath(u"p"_s));
        daytest::addReferenceData(session.database());
        models::AppSession::setInstance(&session);
        Model model;
        QCOMPARE(model.rowCount(), 0);
        models::AppSession::setInstance(m_session.get());
    }
};

QTEST_MAIN(TestAssignmentListModel)
#include "tst_assignmentlistmodel.moc"
