// ChecklistModel: the template's items in order in the chosen language; an answer is
// written through the InspectionService, a changed answer supersedes the old row (which
// stays), an unchanged one writes nothing.
#include "appinspectionfixture.h"
#include "models/lists/checklistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall::models;

class TestChecklistModel : public QObject
{
    Q_OBJECT

    AppInspectionFixture m_fixture;

private Q_SLOTS:
    void init() { m_fixture.open(); }

    void listsItemsInOrderInTheLanguage()
    {
        ChecklistModel model(m_fixture.app.get());
        model.setLanguage(u"en"_s);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInspectionId(m_fixture.startInspection());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(ChecklistModel::CodeRole).toString(), u"K01"_s);
        QCOMPARE(model.index(2).data(ChecklistModel::CodeRole).toString(), u"K03"_s);
        QCOMPARE(model.index(1).data(ChecklistModel::SeverityRole).toString(), u"critical"_s);
        QCOMPARE(model.index(1).data(ChecklistModel::TextRole).toString(), u"CEMS running"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLanguage(u"zh_CN"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(2).data(ChecklistModel::TextRole).toString(), u"台账"_s);
        QCOMPARE(model.index(0).data(ChecklistModel::AnsweredRole).toBool(), false);
        QCOMPARE(model.index(0).data(ChecklistModel::PhotoCountRole).toInt(), 0);
    }

    void answersAreWrittenAndSuperseded()
    {
        ChecklistModel model(m_fixture.app.get());
        model.setInspectionId(m_fixture.startInspection());
        QSignalSpy recorded(&model, &ChecklistModel::recorded);
        QVERIFY(model.answer(u"K02"_s, u"non_compliant"_s, u"CEMS offline since Monday"_s));
        const QModelIndex k02 = model.index(1);
        QCOMPARE(k02.data(ChecklistModel::AnswerRole).toString(), u"non_compliant"_s);
        QCOMPARE(k02.data(ChecklistModel::NoteRole).toString(), u"CEMS offline since Monday"_s);
        QVERIFY(k02.data(ChecklistModel::AnsweredRole).toBool());

        // The same answer again writes nothing; a changed one supersedes.
        QVERIFY(model.answer(u"K02"_s, u"non_compliant"_s, u"CEMS offline since Monday"_s));
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM checklist_answer"_s), 1);
        QVERIFY(model.answer(u"K02"_s, u"compliant"_s, u"restarted while we were there"_s));
        QCOMPARE(model.index(1).data(ChecklistModel::AnswerRole).toString(), u"compliant"_s);
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM checklist_answer"_s), 2);
        QCOMPARE(
            m_fixture.count(u"SELECT count(*) FROM checklist_answer WHERE supersedes_id ="
                            u" (SELECT id FROM checklist_answer WHERE answer = 'non_compliant')"_s),
            1);
        QCOMPARE(recorded.size(), 3);
        QCOMPARE(model.lastError(), QString());
    }

    void refusesUnknownItemsAndAnswers()
    {
        ChecklistModel model(m_fixture.app.get());
        model.setInspectionId(m_fixture.startInspection());
        QVERIFY(!model.answer(u"P01"_s, u"compliant"_s)); // another template's item
        QVERIFY(model.lastError().contains(u"P01"_s));
        QVERIFY(!model.answer(u"K01"_s, u"maybe"_s));
        QVERIFY(model.lastError().contains(u"maybe"_s));
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM checklist_answer"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestChecklistModel)
#include "tst_checklistmodel.moc"
