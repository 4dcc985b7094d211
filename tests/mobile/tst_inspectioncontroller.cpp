// InspectionController: starting needs a position fix with a stated, good enough accuracy
// (and says why not), an in-progress inspection is resumed, progress follows the sections,
// and submit is refused with the missing items listed.
#include "appinspectionfixture.h"
#include "models/controllers/inspectioncontroller.h"
#include "models/controllers/inspectionteamcontroller.h"
#include "models/controllers/permitdetailcontroller.h"
#include "models/controllers/positioncontroller.h"
#include "models/controllers/signaturecontroller.h"
#include "models/lists/checklistmodel.h"
#include "models/painted/signaturepad.h"

#include <QGeoPositionInfo>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall::models;

class TestInspectionController : public QObject
{
    Q_OBJECT

    AppInspectionFixture m_fixture;

    static void drawOn(SignaturePad &pad)
    {
        pad.setSize(QSizeF(400, 200));
        pad.beginStroke({10, 10}); // a signature, not a dot: 250 × 60 px, 270 px of ink
        pad.extendStroke({130, 70});
        pad.extendStroke({260, 10});
    }

    // The production seen and the second inspector (once), both inspectors sign (a stroke on
    // the pad) and the representative refuses before a witness.
    static void signAndRefuse(InspectionController &inspection)
    {
        InspectionTeamController &team = *inspection.team();
        if (team.productionState().isEmpty())
            QVERIFY2(team.recordProduction(u"running"_s, {}), qPrintable(team.lastError()));
        if (!team.teamComplete())
            QVERIFY2(team.addInspector(inspectiontest::kSecondInspectorId),
                qPrintable(team.lastError()));
        SignaturePad pad;
        drawOn(pad);
        QVERIFY2(inspection.signatures()->signAsInspector(u"张敏"_s, &pad),
            qPrintable(inspection.signatures()->lastError()));
        drawOn(pad);
        QVERIFY2(inspection.signatures()->signAsMember(
                     inspectiontest::kSecondInspectorId, u"林晓燕"_s, &pad),
            qPrintable(inspection.signatures()->lastError()));
        drawOn(pad);
        QVERIFY2(inspection.signatures()->recordRefusal(u"王经理"_s, u"李娜"_s, &pad),
            qPrintable(inspection.signatures()->lastError()));
    }

private Q_SLOTS:
    void init() { m_fixture.open(); }

    void refusesToStartWithoutAFix()
    {
        PositionController position(nullptr);
        InspectionController inspection(m_fixture.app.get());
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
        InspectionController inspection(m_fixture.app.get());
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

    void permitPageListsItsInspectionsAndContinuesTheOpenOne()
    {
        // The issue: the permit page said "Start inspection" while one was in progress.
        PermitDetailController detail(m_fixture.app.get());
        detail.setPermitId(inspectiontest::kPermitId);
        QCOMPARE(detail.inspectionAction(), u"Start inspection"_s);
        QVERIFY(detail.inspections().isEmpty());

        InspectionController inspection(m_fixture.app.get());
        inspection.setPermitId(inspectiontest::kPermitId);
        QSignalSpy history(&detail, &PermitDetailController::inspectionsChanged);
        QVERIFY(inspection.startAt(outfall::mobile::PositionSample {22.5131, 113.902, 4}));
        QVERIFY(!history.isEmpty()); // told by AppSession::inspectionsChanged
        QCOMPARE(detail.inspectionAction(), u"Continue inspection"_s);
        QCOMPARE(detail.openInspectionId(), inspection.inspectionId());
        QCOMPARE(detail.inspections().size(), 1);
        const QVariantMap entry = detail.inspections().first().toMap();
        QCOMPARE(entry.value(u"id"_s).toString(), inspection.inspectionId());
        QCOMPARE(entry.value(u"state"_s).toString(), u"in_progress"_s);
        QVERIFY(entry.value(u"stateText"_s).toString().startsWith(u"In progress: 0 of 3"_s));
        QCOMPARE(entry.value(u"done"_s).toBool(), false);
    }

    void farFromTheSiteAsksBeforeStarting()
    {
        // The issue: an inspection started 46 km from the site without a word.
        InspectionController inspection(m_fixture.app.get());
        inspection.setPermitId(inspectiontest::kPermitId);
        const outfall::mobile::PositionSample far {22.93, 113.9015, 6};
        QVERIFY(!inspection.startAt(far));
        QVERIFY(!inspection.active());
        QVERIFY(inspection.lastError().isEmpty()); // a question, not an error
        QVERIFY2(inspection.farConfirmation().contains(u"46.4 km from the site"_s),
            qPrintable(inspection.farConfirmation()));
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM inspection"_s), 0);
        inspection.cancelFar();
        QVERIFY(inspection.farConfirmation().isEmpty());
        QVERIFY(!inspection.confirmFar());

        QVERIFY(!inspection.startAt(far));
        QVERIFY2(inspection.confirmFar(), qPrintable(inspection.lastError()));
        QVERIFY(inspection.active());
        QVERIFY(inspection.farConfirmation().isEmpty());
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM position_fix WHERE purpose = 'arrival'"
                                 u" AND far_from_site = 1 AND site_distance_m > 46000"_s),
            1);
    }

    void resumesTheInspectionInProgress()
    {
        const QString id = m_fixture.startInspection();
        InspectionController inspection(m_fixture.app.get());
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
        InspectionController inspection(m_fixture.app.get());
        inspection.setPermitId(inspectiontest::kPermitId);
        QVERIFY(inspection.startAt(outfall::mobile::PositionSample {22.5131, 113.902, 4}));
        QCOMPARE(inspection.missing(),
            (QStringList {u"checklist item K01"_s, u"checklist item K02"_s, u"checklist item K03"_s,
                u"the production state seen on site"_s,
                u"a second inspector holding an enforcement certificate"_s,
                u"the signature of inspector 张敏"_s,
                u"the representative's signature or refusal"_s}));
        QVERIFY(!inspection.submit());
        QVERIFY2(inspection.lastError().startsWith(
                     u"Not submitted. Still missing: checklist item K01;"_s),
            qPrintable(inspection.lastError()));
        QCOMPARE(inspection.status(), u"in_progress"_s);

        for (const QString &code : {u"K01"_s, u"K02"_s, u"K03"_s})
            QVERIFY(inspection.checklist()->answer(code, u"compliant"_s));
        QCOMPARE(inspection.answered(), 3); // refreshed by the checklist's recorded()
        signAndRefuse(inspection);
        QCOMPARE(inspection.missing(), QStringList());
        QVERIFY(inspection.canSubmit());
        QVERIFY(inspection.submitBlocker().isEmpty());
        QVERIFY2(inspection.submit(), qPrintable(inspection.lastError()));
        QCOMPARE(inspection.status(), u"submitted"_s);
        QVERIFY(inspection.submitted());
        QVERIFY(!inspection.submit()); // already submitted
    }

    // The submit section's blocker and the checklist item both say that a non-compliant answer
    // needs a note or a photo; a note on the same answer clears both.
    void aFindingWithoutANoteOrAPhotoBlocksSubmission()
    {
        InspectionController inspection(m_fixture.app.get());
        inspection.setPermitId(inspectiontest::kPermitId);
        QVERIFY(inspection.startAt(outfall::mobile::PositionSample {22.5131, 113.902, 4}));
        for (const QString &code : {u"K01"_s, u"K03"_s})
            QVERIFY(inspection.checklist()->answer(code, u"compliant"_s));
        QVERIFY(inspection.checklist()->answer(u"K02"_s, u"non_compliant"_s));
        signAndRefuse(inspection);
        const QModelIndex k02 = inspection.checklist()->index(1);
        QVERIFY(k02.data(ChecklistModel::NeedsNoteOrPhotoRole).toBool());
        QVERIFY(
            !inspection.checklist()->index(0).data(ChecklistModel::NeedsNoteOrPhotoRole).toBool());
        QCOMPARE(
            inspection.missing(), QStringList {u"a note or a photo for non-compliant item K02"_s});
        QVERIFY(!inspection.canSubmit());
        QCOMPARE(inspection.submitBlocker(),
            u"Still missing: a note or a photo for non-compliant item K02."_s);
        QVERIFY(!inspection.submit());
        QCOMPARE(inspection.status(), u"in_progress"_s);

        QVERIFY(inspection.checklist()->answer(u"K02"_s, u"non_compliant"_s, u"CEMS offline"_s));
        QVERIFY(
            !inspection.checklist()->index(1).data(ChecklistModel::NeedsNoteOrPhotoRole).toBool());
        signAndRefuse(inspection); // the note voided the signatures
        QVERIFY(inspection.canSubmit());
        QVERIFY2(inspection.submit(), qPrintable(inspection.lastError()));
    }

    void aSubmittedInspectionOpensReadOnlyWithItsCorrectionsPath()
    {
        // The issue: after submit the page said none was in progress, "Submit inspection"
        // stayed and did nothing, and the promised corrections had no way in.
        InspectionController inspection(m_fixture.app.get());
        inspection.setPermitId(inspectiontest::kPermitId);
        QVERIFY(inspection.startAt(outfall::mobile::PositionSample {22.5131, 113.902, 4}));
        QVERIFY(inspection.newEvidenceAllowed());
        QVERIFY(!inspection.canSubmit());
        QVERIFY2(inspection.submitBlocker().startsWith(u"Still missing: checklist item K01"_s),
            qPrintable(inspection.submitBlocker()));
        QVERIFY(inspection.lockedReason().isEmpty());
        for (const QString &code : {u"K01"_s, u"K02"_s, u"K03"_s})
            QVERIFY(inspection.checklist()->answer(code, u"compliant"_s));
        signAndRefuse(inspection);
        QVERIFY(inspection.submit());
        const QString id = inspection.inspectionId();

        // Opened again (from the permit's history), it is the submitted one, read only.
        InspectionController reopened(m_fixture.app.get());
        reopened.setInspectionId(id);
        QCOMPARE(reopened.state(), u"submitted"_s);
        QVERIFY(reopened.stateText().startsWith(u"Submitted"_s));
        QVERIFY(!reopened.newEvidenceAllowed());
        QVERIFY(!reopened.correctionsAllowed());
        QVERIFY(!reopened.signingAllowed());
        QVERIFY(!reopened.canSubmit());
        QVERIFY2(reopened.submitBlocker().contains(u"waits for the supervisor's review"_s),
            qPrintable(reopened.submitBlocker()));
        QVERIFY2(reopened.lockedReason().contains(u"read only while it waits for the"
                                                  u" supervisor's review"_s),
            qPrintable(reopened.lockedReason()));
        QVERIFY(!reopened.editable());
        // The permit page resumes only an inspection in progress: none now.
        InspectionController fromPermit(m_fixture.app.get());
        fromPermit.setPermitId(inspectiontest::kPermitId);
        QVERIFY(!fromPermit.active());

        // Returned with a comment (as a pull stores it): editable, the comment on top.
        m_fixture.app->database().exec(uR"(
            INSERT INTO inspection_review (id, inspection_id, permit_id, inspector_id, decision,
                                           comment, decided_by, decided_at)
            VALUES ('0190a000-0000-7000-8000-00000000a001', '%1', '%2', '%3', 'returned',
                    'K02: the CEMS was off', 'S001', 1770000000000))"_s.arg(
            id, inspectiontest::kPermitId, inspectiontest::kInspectorId));
        reopened.refresh();
        QCOMPARE(reopened.state(), u"returned"_s);
        QCOMPARE(reopened.reviewComment(), u"K02: the CEMS was off"_s);
        QVERIFY(reopened.editable());
        QVERIFY(reopened.newEvidenceAllowed());
        QVERIFY(reopened.correctionsAllowed());
        QVERIFY2(reopened.lockedReason().contains(u"K02: the CEMS was off"_s),
            qPrintable(reopened.lockedReason()));
        QVERIFY(reopened.stateText().contains(u"K02: the CEMS was off"_s));

        // Amended: an answer changed voids both signatures; they sign again; resubmitted.
        QVERIFY(reopened.checklist()->answer(u"K02"_s, u"non_compliant"_s, u"CEMS off"_s));
        QCOMPARE(reopened.state(), u"returned"_s);
        QVERIFY(reopened.signingAllowed());
        QCOMPARE(reopened.signatures()->voidedSignatures().size(), 3);
        QVERIFY(!reopened.signatures()->inspectorSigned());
        QVERIFY(!reopened.canSubmit());
        signAndRefuse(reopened);
        QVERIFY(reopened.canSubmit());
        QVERIFY(reopened.submit());
        QCOMPARE(reopened.state(), u"submitted"_s);
        QVERIFY(!reopened.editable());
        QVERIFY(!reopened.signingAllowed());

        // Approved: read only for good, saying why.
        m_fixture.app->database().exec(uR"(
            INSERT INTO inspection_review (id, inspection_id, permit_id, inspector_id, decision,
                                           comment, decided_by, decided_at)
            VALUES ('0190a000-0000-7000-8000-00000000a002', '%1', '%2', '%3', 'approved',
                    NULL, 'S001', 1770000100000))"_s.arg(
            id, inspectiontest::kPermitId, inspectiontest::kInspectorId));
        reopened.refresh();
        QCOMPARE(reopened.state(), u"approved"_s);
        QVERIFY(!reopened.editable());
        QVERIFY(reopened.lockedReason().contains(u"locked"_s));
        QVERIFY(!reopened.checklist()->answer(u"K01"_s, u"not_applicable"_s));
        QVERIFY(!reopened.correctionsAllowed());
    }
};

QTEST_MAIN(TestInspectionController)
#include "tst_inspectioncontroller.moc"
