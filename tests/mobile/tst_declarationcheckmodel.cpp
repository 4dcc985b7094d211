// DeclarationCheckModel, the inspection page of an application (issue 13 part 7): its rows are
// the declarations (outlets, treatment facilities, capacity, prohibited zones) with what was
// declared; each record writes a declaration_check through the outbox (offline, synced as
// evidence), a re-check supersedes the one in force, mismatches are counted; a post-issuance
// inspection and a submitted one are refused with the reason.
#include "appinspectionfixture.h"
#include "models/controllers/positioncontroller.h"
#include "models/lists/declarationcheckmodel.h"

#include <QGeoPositionInfo>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall::models;

namespace {

QGeoPositionInfo fixAt(double lat, double lon, double accuracy)
{
    QGeoPositionInfo info(QGeoCoordinate(lat, lon), QDateTime::currentDateTimeUtc());
    info.setAttribute(QGeoPositionInfo::HorizontalAccuracy, accuracy);
    return info;
}

QString role(const DeclarationCheckModel &model, int row, DeclarationCheckModel::Role r)
{
    return model.data(model.index(row), r).toString();
}

} // namespace

class TestDeclarationCheckModel : public QObject
{
    Q_OBJECT

    AppInspectionFixture m_fixture;

    // TEST_PERMIT made an application declaring 600 MW and two facilities, and a pre-issuance
    // inspection of it.
    QString startPreIssuance()
    {
        m_fixture.app->database().exec(uR"(
            UPDATE permit SET status = 'application', issued_on = '', applied_on = '2026-10-08',
                capacity_value = 600, capacity_unit = 'MW' WHERE id = 'permit-1';
            INSERT INTO treatment_facility (id, permit_id, code, name, treats, outlet_code,
                                            expected_running)
            VALUES ('fac-t001', 'permit-1', 'T001', 'FGD', 'SO2', 'DA001', 1),
                   ('fac-t002', 'permit-1', 'T002', 'Emergency pool', 'wastewater', NULL, 0);)"_s);
        outfall::mobile::InspectionService service(m_fixture.app->session());
        return service
            .start(inspectiontest::kPermitId, outfall::mobile::InspectionPhase::PreIssuance,
                {inspectiontest::kOutletLat, inspectiontest::kOutletLon, 5.0})
            .inspectionId;
    }

private Q_SLOTS:
    void init() { m_fixture.open(); }

    void listsTheDeclarations()
    {
        DeclarationCheckModel model(m_fixture.app.get());
        model.setPermitId(inspectiontest::kPermitId);
        QVERIFY(!model.isApplication());
        // A post-issuance inspection has no declarations to check.
        model.setInspectionId(m_fixture.startInspection());
        QCOMPARE(model.rowCount(), 0);
        model.setInspectionId(startPreIssuance());
        model.setPermitId(inspectiontest::kPermitId);
        QVERIFY(model.isApplication());
        // DA001, DW001, T001, T002, capacity, zones.
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(role(model, 0, DeclarationCheckModel::CodeRole), u"DA001"_s);
        QCOMPARE(role(model, 0, DeclarationCheckModel::DeclaredRole), u"22.5131, 113.902"_s);
        QCOMPARE(role(model, 2, DeclarationCheckModel::KindRole), u"facility"_s);
        QCOMPARE(
            role(model, 3, DeclarationCheckModel::KindTextRole), u"Treatment facility (standby)"_s);
        QCOMPARE(role(model, 4, DeclarationCheckModel::DeclaredRole), u"600 MW"_s);
        QCOMPARE(role(model, 5, DeclarationCheckModel::KindRole), u"zone"_s);
        for (int row = 0; row < 6; ++row)
            QCOMPARE(role(model, row, DeclarationCheckModel::StateRole), u"unchecked"_s);
        QCOMPARE(model.checked(), 0);
    }

    void recordsEachCheckAsEvidence()
    {
        PositionController position(nullptr);
        DeclarationCheckModel model(m_fixture.app.get());
        model.setPosition(&position);
        model.setInspectionId(startPreIssuance());
        QSignalSpy recorded(&model, &DeclarationCheckModel::recorded);

        // DA001 not there; DW001 found 11 m from where declared.
        QVERIFY2(model.recordOutlet(0, false), qPrintable(model.lastError()));
        QVERIFY(!model.recordOutlet(1, true)); // no fix yet
        QVERIFY(model.lastError().startsWith(u"No position fix yet"_s));
        position.setPosition(fixAt(22.5111, 113.9030, 4));
        QVERIFY2(model.recordOutlet(1, true), qPrintable(model.lastError()));
        QVERIFY(model.lastError().isEmpty());
        // T001 missing, T002 (standby) there and standing; capacity 660 MW; outside the zones.
        QVERIFY(model.recordFacility(2, false, false));
        QVERIFY(model.recordFacility(3, true, false));
        QVERIFY(model.recordCapacity(660, u"MW"_s));
        QVERIFY(model.recordZone(true));
        QCOMPARE(recorded.size(), 6);

        QCOMPARE(model.checked(), 6);
        QCOMPARE(role(model, 0, DeclarationCheckModel::StateTextRole), u"Not found on site"_s);
        QCOMPARE(role(model, 0, DeclarationCheckModel::StateRole), u"mismatch"_s);
        QCOMPARE(role(model, 1, DeclarationCheckModel::StateTextRole),
            u"Found 11 m from where declared"_s);
        QCOMPARE(role(model, 1, DeclarationCheckModel::StateRole), u"matches"_s);
        QCOMPARE(role(model, 2, DeclarationCheckModel::StateTextRole), u"Missing"_s);
        QCOMPARE(role(model, 3, DeclarationCheckModel::StateRole), u"matches"_s);
        QCOMPARE(role(model, 4, DeclarationCheckModel::StateTextRole),
            u"Above the declaration: 660 MW"_s);
        QCOMPARE(role(model, 5, DeclarationCheckModel::StateRole), u"matches"_s);
        QCOMPARE(model.mismatches(), 3);

        // Every check is a row and an op in the outbox (pushed at the next sync).
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM declaration_check"_s), 6);
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM outbox WHERE entity = 25"_s), 6);
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM declaration_check WHERE kind = 'outlet'"
                                 u" AND found = 1 AND lat = 22.5111 AND accuracy_m = 4"_s),
            1);

        // Found after all (walked round the building): a new row superseding the first.
        position.setPosition(fixAt(22.5131, 113.9020, 3));
        QVERIFY(model.recordOutlet(0, true));
        QCOMPARE(role(model, 0, DeclarationCheckModel::StateRole), u"matches"_s);
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM declaration_check WHERE supersedes_id IN"
                                 u" (SELECT id FROM declaration_check WHERE found = 0 AND"
                                 u" kind = 'outlet')"_s),
            1);
        QCOMPARE(model.mismatches(), 2);
    }

    void refusesWhatIsNotAnOpenPreIssuanceInspection()
    {
        DeclarationCheckModel model(m_fixture.app.get());
        model.setInspectionId(m_fixture.startInspection()); // post-issuance
        QVERIFY(!model.recordZone(true));
        QVERIFY2(model.lastError().contains(u"is not a pre-issuance inspection"_s),
            qPrintable(model.lastError()));

        const QString id = startPreIssuance();
        model.setInspectionId(id);
        m_fixture.app->database()
            .prepare(u"UPDATE inspection SET status = 'submitted' WHERE id = ?"_s)
            .bind(1, id)
            .exec();
        QVERIFY(!model.recordZone(true));
        QVERIFY2(model.lastError().contains(u"checks can be added only while it is open"_s),
            qPrintable(model.lastError()));
        QVERIFY(!model.recordCapacity(-1, u"MW"_s));
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM declaration_check"_s), 0);
    }
};

QTEST_MAIN(TestDeclarationCheckModel)
#include "tst_declarationcheckmodel.moc"
