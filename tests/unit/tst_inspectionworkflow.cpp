// InspectionWorkflow::refuseRecord: a new record under a submitted or approved inspection is
// refused INVALID_TRANSITION naming the record and why; under one in progress or returned it
// goes on; a signed evidence record is never refused (it attests a row already captured).
#include "server/inspectionworkflow.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall;
using Stage = store::InspectionReviewState::Stage;

class TestInspectionWorkflow : public QObject
{
    Q_OBJECT

private:
    static store::InspectionReviewState state(Stage stage)
    {
        store::InspectionReviewState s;
        s.stage = stage;
        if (stage == Stage::Approved) {
            s.reviewId = u"r1"_s;
            s.decision = u"approved"_s;
            s.decidedBy = u"S1"_s;
        }
        return s;
    }

private Q_SLOTS:
    void newRecordsOnlyWhileEditable_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<bool>("refused");
        QTest::newRow("in progress") << int(Stage::InProgress) << false;
        QTest::newRow("submitted") << int(Stage::Submitted) << true;
        QTest::newRow("returned") << int(Stage::Returned) << false;
        QTest::newRow("approved") << int(Stage::Approved) << true;
    }

    void newRecordsOnlyWhileEditable()
    {
        QFETCH(int, stage);
        QFETCH(bool, refused);
        const auto refusal = server::InspectionWorkflow::refuseRecord(
            state(Stage(stage)), u"i1"_s, sync::Entity::Measurement, u"m1"_s);
        QCOMPARE(refusal.has_value(), refused);
        if (refusal) {
            QCOMPARE(refusal->code, sync::ErrorCode::InvalidTransition);
            QVERIFY2(refusal->text.startsWith(u"measurement m1: "_s), qPrintable(refusal->text));
        }
    }

    void signedEvidenceRecordIsNeverRefused()
    {
        for (const Stage stage : {Stage::Submitted, Stage::Approved}) {
            QVERIFY(!server::InspectionWorkflow::refuseRecord(
                state(stage), u"i1"_s, sync::Entity::EvidenceRecord, u"e1"_s));
            QVERIFY(server::InspectionWorkflow::refuseRecord(
                state(stage), u"i1"_s, sync::Entity::Photo, u"p1"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestInspectionWorkflow)
#include "tst_inspectionworkflow.moc"
