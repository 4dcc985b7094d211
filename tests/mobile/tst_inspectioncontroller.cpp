// InspectionController: starting needs a position fix with a stated, good enough accuracy
// (and says why not), an in-progress inspection is resumed, progress follows the sections,
// and submit is refused with the missing items listed.
#include "appinspectionfixture.h"
#include "models/checklistmodel.h"
#include "models/inspectioncontroller.h"
#include "models/positioncontroller.h"
#include "models/signaturecontroller.h"
#include "models/signaturepad.h"

#include <QGeoPositionInfo>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall::models;

class TestInspectionController : public QObject
{
    Q_OBJECT

    AppInspectionFixture m_fixture;

private Q_SLOTS:
    void init() { m_fixture.open(); }

    void refusesToStartWithoutAFix()
    {
        PositionController position(nullptr);
        InspectionController inspection;
        inspection.setPosition(&position);
        inspection.setPermitId(inspectiontest::kPermitId);
        QVERIFY(!inspection.active());
        QVERIFY(inspection.startBlocker().contains(u"No position fix"_s));
        QVERIFY(!inspection.start());
        QVERIFY(inspection.lastError().contains(u"No position fix"_s));
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM inspection"_s), 0);

        // A fix without a stated accuracy is no position either.
        position.setPosition(
            QGeoPositionInfo(QGeoCoordinate(22.5131, 113.9020), QDateTime::currentDateTimeUtc()));
        QVERIFY(!inspection.start());
        QVERIFY(inspection.lastError().contains(u"no stated accuracy"_s));
    }

    void refusesAPoorFixAndStartsWithAGoodOne()
    {
        PositionController position(nullptr);
        InspectionController inspection;
        inspection.setPosition(&position);
        inspection.setPermitId(inspectiontest::kPermitId);
        QSignalSpy blocker(&inspection, &InspectionController::startBlockerChanged);
        QGeoPositionInfo poor(QGeoCoordinate(22.5131, 113.9020), QDateTime::currentDateTimeUtc());
        poor.setAttribute(QGeoPositionInfo::HorizontalAccuracy, 3000);
        position.setPosition(poor);
        QVERIFY(!blocker.isEmpty());
        QVERIFY(!inspection.start());
        QVERIFY2(inspection.lastError().contains(u"3000 m"_s), qPrintable(inspection.lastError()));

        QGeoPositionInfo good = poor;
        good.setAttribute(QGeoPositionInfo::HorizontalAccuracy, 6);
        position.setPosition(good);
        QCOMPARE(inspection.startBlocker(), QString());
        QVERIFY2(inspection.start(), qPrintable(inspection.lastError()));
        QVERIFY(inspection.active());
        QCOMPARE(inspection.status(), u"in_progress"_s);
        QCOMPARE(inspection.permitNumber(), inspectiontest::kPermitNumber);
        QCOMPARE(inspection.templateCode(), u"POST-4411"_s);
        QCOMPARE(inspection.total(), 3);
        QCOMPARE(inspection.answered(), 0);
        QCOMPARE(inspection.checklist()->rowCount(), 3);
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM position_fix WHERE purpose = 'arrival'"
                                 u" AND accuracy_m = 6"_s),
            1);
    }

    void resumesTheInspectionInProgress()
    {
        const QString id = m_fixture.startInspection();
        InspectionController inspection;
        inspection.setPermitId(inspectiontest::kPermitId);
        QCOMPARE(inspection.inspectionId(), id);
        QVERIFY(inspection.active());
        // The header's enterprise follows the checklist's language (the UI language).
        inspection.checklist()->setLanguage(u"en"_s);
        QCOMPARE(inspection.enterpriseName(), u"Nanshan Thermal Power"_s);
        QSignalSpy changed(&inspection, &InspectionController::changed);
        inspection.checklist()->setLanguage(u"zh_CN"_s);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(inspection.enterpriseName(), u"深圳南山热电有限公司"_s);
    }

    void submitListsWhatIsMissingThenSubmits()
    {
        InspectionController inspection;
        inspection.setPermitId(inspectiontest::kPermitId);
        QVERIFY(inspection.startAt(outfall::mobile::PositionSample {22.5131, 113.902, 4}));
        QCOMPARE(inspection.missing(),
            (QStringList {u"checklist item K01"_s, u"checklist item K02"_s, u"checklist item K03"_s,
                u"the inspector's signature"_s, u"the representative's signature or refusal"_s}));
        QVERIFY(!inspection.submit());
        QVERIFY2(inspection.lastError().startsWith(
                     u"Not submitted. Still missing: checklist item K01;"_s),
            qPrintable(inspection.lastError()));
        QCOMPARE(inspection.status(), u"in_progress"_s);

        for (const QString &code : {u"K01"_s, u"K02"_s, u"K03"_s})
            QVERIFY(inspection.checklist()->answer(code, u"compliant"_s));
        QCOMPARE(inspection.answered(), 3); // refreshed by the checklist's recorded()
        SignaturePad pad;
        pad.setSize(QSizeF(400, 200));
        pad.beginStroke({10, 10}); // a signature, not a dot: 250 × 60 px, 270 px of ink
        pad.extendStroke({130, 70});
        pad.extendStroke({260, 10});
        QVERIFY(inspection.signatures()->signAsInspector(u"张敏"_s, &pad));
        QVERIFY(inspection.signatures()->recordRefusal(u"王经理"_s));
        QCOMPARE(inspection.missing(), QStringList());
        QVERIFY2(inspection.submit(), qPrintable(inspection.lastError()));
        QCOMPARE(inspection.status(), u"submitted"_s);
        QVERIFY(inspection.submitted());
        QVERIFY(!inspection.submit()); // already submitted
    }
};

QTEST_MAIN(TestInspectionController)
#include "tst_inspectioncontroller.moc"
