// An undeclared outlet has its own position capture and its own messages (issue 9, defect 6):
// the outlet check's fixes do not record it, its refusal ("take the fixes first") and its
// success are said by its own controller, and recording it leaves the outlet check as it was.
#include "appinspectionfixture.h"
#include "models/controllers/inspectioncontroller.h"
#include "models/controllers/outletcheckcontroller.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall::models;

class TestUndeclaredOutlet : public QObject
{
    Q_OBJECT

    AppInspectionFixture m_fixture;

private Q_SLOTS:
    void init() { m_fixture.open(); }

    void hasItsOwnFixesAndMessages()
    {
        InspectionController inspection(m_fixture.app.get());
        inspection.setInspectionId(m_fixture.startInspection());
        OutletCheckController *check = inspection.outletCheck();
        OutletCheckController *undeclared = inspection.undeclaredOutlet();
        QVERIFY(undeclared && undeclared != check);

        // Fixes taken for the outlet check above are not the undeclared outlet's.
        check->setSampleTarget(1);
        check->startSampling();
        check->addFix({22.5131, 113.9020, 5});
        QVERIFY(check->hasAverage());
        QVERIFY(!undeclared->hasAverage());
        QVERIFY(!undeclared->recordUndeclared(u"water"_s, u"pipe behind the coal yard"_s));
        QCOMPARE(undeclared->lastError(), u"Take the fixes first."_s);
        QVERIFY(check->lastError().isEmpty()); // said beside its own button, not above

        undeclared->setSampleTarget(1);
        undeclared->startSampling();
        undeclared->addFix({22.5140, 113.9040, 6}); // 230 m from DA001: within 300 m of the site
        QVERIFY(undeclared->hasAverage());
        // Not at a permitted outlet: no distance to one in what it says.
        QVERIFY2(!undeclared->summary().contains(u"permitted position"_s),
            qPrintable(undeclared->summary()));
        QVERIFY2(undeclared->recordUndeclared(u"water"_s, u"pipe behind the coal yard"_s),
            qPrintable(undeclared->lastError()));
        QVERIFY(undeclared->lastRecorded().contains(u"undeclared"_s));
        QVERIFY(undeclared->lastError().isEmpty());
        QVERIFY(check->lastRecorded().isEmpty()); // the check's section says nothing
        QVERIFY(check->hasAverage()); // and keeps its fixes for its own record
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM observed_outlet"_s), 1);
    }
};

QTEST_MAIN(TestUndeclaredOutlet)
#include "tst_undeclaredoutlet.moc"
