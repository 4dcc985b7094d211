// OutletCheckController: N fixes from the position source are averaged (1/accuracy²
// weights), fixes worse than the GPS threshold are left out, a check with no good fix is
// refused with the reason, and the check or an undeclared outlet is recorded.
#include "appinspectionfixture.h"
#include "models/controllers/outletcheckcontroller.h"
#include "models/controllers/positioncontroller.h"

#include <QGeoPositionInfo>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace outfall::models;
using outfall::mobile::PositionSample;

namespace {

QGeoPositionInfo fixAt(double lat, double lon, double accuracy)
{
    QGeoPositionInfo info(QGeoCoordinate(lat, lon), QDateTime::currentDateTimeUtc());
    info.setAttribute(QGeoPositionInfo::HorizontalAccuracy, accuracy);
    return info;
}

} // namespace

class TestOutletCheckController : public QObject
{
    Q_OBJECT

    AppInspectionFixture m_fixture;

private Q_SLOTS:
    void init() { m_fixture.open(); }

    void averagesTheFixesFromTheSource()
    {
        PositionController position(nullptr);
        OutletCheckController check(m_fixture.app.get());
        check.setPosition(&position);
        check.setInspectionId(m_fixture.startInspection());
        QCOMPARE(check.outlets().size(), 2);
        QCOMPARE(check.outletCode(), u"DA001"_s);
        check.setSampleTarget(4);
        position.setPosition(fixAt(22.5131, 113.9020, 5)); // before sampling: not taken
        check.startSampling();
        QVERIFY(check.sampling());
        for (int i = 0; i < 4; ++i)
            position.setPosition(fixAt(22.5131, 113.9020, 5));
        QVERIFY(!check.sampling());
        position.setPosition(fixAt(22.6, 113.9, 5)); // after: not taken
        QCOMPARE(check.sampleCount(), 4);
        QVERIFY(check.hasAverage());
        // Four fixes of 5 m: 5 / sqrt(4) = 2.5 m.
        QVERIFY(std::fabs(check.accuracyM() - 2.5) < 1e-9);
        QVERIFY(check.distanceM() < 0.01);
        QVERIFY(check.summary().contains(u"accurate to 2.5 m"_s));

        QSignalSpy recorded(&check, &OutletCheckController::recorded);
        QVERIFY2(check.record(), qPrintable(check.lastError()));
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(
            m_fixture.count(u"SELECT count(*) FROM position_fix WHERE purpose ="
                            u" 'outlet_check' AND samples = 4 AND outlet_id = 'outlet-da001'"_s),
            1);
        QVERIFY(check.lastRecorded().contains(u"DA001"_s));
        QCOMPARE(check.sampleCount(), 0); // the next check starts afresh
    }

    void leavesOutPoorFixesAndShowsTheDistance()
    {
        OutletCheckController check(m_fixture.app.get());
        check.setInspectionId(m_fixture.startInspection());
        check.setOutletCode(u"DW001"_s);
        check.setSampleTarget(3);
        check.startSampling();
        // 0.0009° north of DW001 (about 100 m), two good fixes and one of 3 000 m.
        check.addFix({22.5119, 113.9030, 8});
        check.addFix({22.5119, 113.9030, 3000});
        check.addFix({22.5119, 113.9030, 8});
        QVERIFY(check.hasAverage());
        QCOMPARE(check.accepted(), 2);
        QCOMPARE(check.rejected(), 1);
        QVERIFY2(std::fabs(check.distanceM() - 100.1) < 0.5,
            qPrintable(QString::number(check.distanceM())));
        QVERIFY(check.summary().contains(u"1 too poor"_s));
    }

    void refusesWhenEveryFixIsTooPoor()
    {
        OutletCheckController check(m_fixture.app.get());
        check.setInspectionId(m_fixture.startInspection());
        check.setSampleTarget(2);
        check.startSampling();
        check.addFix({22.5131, 113.9020, 45});
        check.addFix({22.5131, 113.9020, 60});
        QVERIFY(!check.hasAverage());
        QVERIFY2(check.refusal().contains(u"worse than the 20 m threshold (best 45.0 m)"_s),
            qPrintable(check.refusal()));
        QVERIFY(!check.record());
        QVERIFY(check.lastError().contains(u"20 m threshold"_s)); // the service says it too
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM position_fix WHERE purpose ="
                                 u" 'outlet_check'"_s),
            0);
        QVERIFY(!OutletCheckController().record()); // no fixes at all
    }

    void refusesFixesTakenWhileMoving()
    {
        // The issue: fixes taken while walking were averaged and recorded in green.
        OutletCheckController check(m_fixture.app.get());
        check.setInspectionId(m_fixture.startInspection());
        check.setSampleTarget(5);
        check.startSampling();
        for (int i = 0; i < 5; ++i)
            check.addFix({22.5100 + i * 0.0008, 113.9020, 8});
        QVERIFY(check.hasAverage());
        QVERIFY2(
            check.refusal().contains(u"moved or scattered over"_s), qPrintable(check.refusal()));
        QVERIFY(check.spreadM() > 100);
        QVERIFY(!check.record());
        QVERIFY2(
            check.lastError().contains(u"moved or scattered"_s), qPrintable(check.lastError()));
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM position_fix WHERE purpose ="
                                 u" 'outlet_check'"_s),
            0);
    }

    void anOffsetIsAFindingNeverGreen()
    {
        // Standing at DW001's permitted position, checking DA001 (255 m off).
        OutletCheckController check(m_fixture.app.get());
        check.setInspectionId(m_fixture.startInspection());
        check.setSampleTarget(1);
        check.startSampling();
        check.addFix({22.5110, 113.9030, 6});
        QVERIFY(check.offsetFinding());
        QVERIFY2(check.findingText().contains(u"more than the 50 m allowed"_s),
            qPrintable(check.findingText()));
        QVERIFY2(check.findingText().contains(u"Outlet DW001 (Total outfall) is nearer: 0.0 m"_s),
            qPrintable(check.findingText()));
        QVERIFY(check.refusal().isEmpty()); // a finding is recorded, not refused
        QVERIFY2(check.record(), qPrintable(check.lastError()));
        QVERIFY(check.lastRecordedFinding());
        QVERIFY(check.lastRecorded().contains(u"Finding:"_s));
        QVERIFY(check.lastRecorded().contains(u"DW001"_s));

        // At DW001, checking DW001: no finding, green.
        check.setOutletCode(u"DW001"_s);
        check.startSampling();
        check.addFix({22.5110, 113.9030, 6});
        QVERIFY(!check.offsetFinding());
        QVERIFY(check.findingText().isEmpty());
        QVERIFY(check.record());
        QVERIFY(!check.lastRecordedFinding());
    }

    void farFromTheSiteAsksBeforeRecording()
    {
        OutletCheckController check(m_fixture.app.get());
        check.setInspectionId(m_fixture.startInspection());
        check.setSampleTarget(1);
        check.startSampling();
        check.addFix({22.9245, 113.9020, 6}); // 45.7 km away
        QVERIFY(!check.record());
        QVERIFY(check.lastError().isEmpty()); // a question, not an error
        QVERIFY2(check.farConfirmation().contains(u"45.7 km from the site"_s),
            qPrintable(check.farConfirmation()));
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM position_fix WHERE purpose ="
                                 u" 'outlet_check'"_s),
            0);
        QVERIFY2(check.confirmFar(), qPrintable(check.lastError()));
        QVERIFY(check.farConfirmation().isEmpty());
        QVERIFY(check.lastRecordedFinding());
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM position_fix WHERE purpose ="
                                 u" 'outlet_check' AND far_from_site = 1"_s),
            1);

        // The undeclared outlet the same way; cancelling records nothing.
        check.startSampling();
        check.addFix({22.9245, 113.9020, 6});
        QVERIFY(!check.recordUndeclared(u"air"_s, u"stack on the hill"_s));
        QVERIFY(!check.farConfirmation().isEmpty());
        check.cancelFar();
        QVERIFY(!check.confirmFar());
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM observed_outlet"_s), 0);
        QVERIFY(!check.recordUndeclared(u"air"_s, u"stack on the hill"_s));
        QVERIFY(check.confirmFar());
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM observed_outlet"_s), 1);
    }

    void recordsAnUndeclaredOutlet()
    {
        OutletCheckController check(m_fixture.app.get());
        check.setInspectionId(m_fixture.startInspection());
        check.setSampleTarget(1);
        check.startSampling();
        // About 210 m east of DA001: on the site (within 300 m of an outlet).
        check.addFix({22.5135, 113.9040, 6});
        QVERIFY(!check.recordUndeclared(u"water"_s, u"  "_s));
        QVERIFY(check.lastError().contains(u"description"_s));
        QVERIFY2(check.recordUndeclared(u"water"_s, u"pipe behind the coal yard"_s),
            qPrintable(check.lastError()));
        QCOMPARE(
            m_fixture.count(u"SELECT count(*) FROM observed_outlet WHERE medium = 'water'"_s), 1);
        QVERIFY(check.lastRecorded().contains(u"undeclared"_s));
    }
};

QTEST_GUILESS_MAIN(TestOutletCheckController)
#include "tst_outletcheckcontroller.moc"
