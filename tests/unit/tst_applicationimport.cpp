// An application before issuance in the permits file (docs/formats.md, "Applications"): status
// `application` with no issue date, its treatment facilities and production capacity stored;
// each bad field refused at file:line:field; the issued permit imported later (same number,
// status issued) replaces the application and links to the supervisor's decision.
#include "importer/permitimporter.h"
#include "importtesthelpers.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall;
using namespace importtest;
using importer::ImportReport;
using importer::PermitImporter;

namespace {

QJsonObject fixtureDocument()
{
    const QList<QByteArray> lines = readFixture(u"permits.jsonl"_s).split('\n');
    return QJsonDocument::fromJson(lines.value(0)).object();
}

// The fixture's first permit as an application: filed, not issued, with two facilities and a
// capacity.
QJsonObject application()
{
    QJsonObject doc = fixtureDocument();
    doc.remove(u"issued_on"_s);
    doc.insert(u"status"_s, u"application"_s);
    doc.insert(u"applied_on"_s, u"2026-10-08"_s);
    doc.insert(u"production_capacity"_s, QJsonObject {{u"value"_s, 600}, {u"unit"_s, u"MW"_s}});
    doc.insert(u"treatment_facilities"_s,
        QJsonArray {QJsonObject {{u"code"_s, u"T001"_s}, {u"name"_s, u"石灰石-石膏湿法脱硫"_s},
                        {u"treats"_s, u"SO2 of 1# boiler flue gas"_s}, {u"outlet"_s, u"DA001"_s}},
            QJsonObject {{u"code"_s, u"T002"_s}, {u"name"_s, u"事故应急池"_s},
                {u"treats"_s, u"wastewater in an emergency"_s},
                {u"expected_state"_s, u"standby"_s}}});
    return doc;
}

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

class TestApplicationImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applicationIsStoredWithItsDeclarations()
    {
        auto db = freshStore();
        QTemporaryDir dir;
        const ImportReport report =
            PermitImporter(*db).importFile(writeFile(dir, u"apps.jsonl"_s, line(application())));
        QCOMPARE(issueTexts(report), QStringList());
        QCOMPARE(report.counts(u"treatment_facility"_s).inserted, 2);
        QCOMPARE(scalar(*db,
                     u"SELECT status || '|' || issued_on || '|' || applied_on || '|' ||"
                     u" capacity_value || '|' || capacity_unit FROM permit"_s),
            u"application||2026-10-08|600.0|MW"_s);
        QCOMPARE(scalar(*db,
                     u"SELECT group_concat(code || '=' || treats || '/' || ifnull(outlet_code,"
                     u" '-') || '/' || expected_running, ';') FROM (SELECT * FROM"
                     u" treatment_facility ORDER BY code)"_s),
            u"T001=SO2 of 1# boiler flue gas/DA001/1;T002=wastewater in an emergency/-/0"_s);
        // The declared outlets are the permit's outlets.
        QCOMPARE(count(*db, u"outlet"_s), 3);
        // Synced like a permit: the change capture names the facilities by their permit.
        QCOMPARE(scalar(*db,
                     u"SELECT count(*) FROM ref_row WHERE entity = 24 AND scope = 'permit'"
                     u" AND scope_id = (SELECT id FROM permit)"_s),
            u"2"_s);
        // The same file again changes nothing.
        const ImportReport again =
            PermitImporter(*db).importFile(writeFile(dir, u"apps.jsonl"_s, line(application())));
        QCOMPARE(issueTexts(again), QStringList());
        QCOMPARE(again.counts(u"permit"_s).unchanged, 1);
    }

    void badFieldsNameFileLineAndField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("issued_on on an application")
            << u"issued_on"_s << QJsonValue(u"2026-10-09"_s)
            << u"apps.jsonl:2: $.issued_on: an application has no issue date yet"_s;
        QTest::newRow("no applied_on") << u"applied_on"_s << QJsonValue(QJsonValue::Undefined)
                                       << u"apps.jsonl:2: $.applied_on: is required"_s;
        QTest::newRow("unknown status")
            << u"status"_s << QJsonValue(u"draft"_s)
            << u"apps.jsonl:2: $.status: must be `issued` or `application`, not \"draft\""_s;
        QTest::newRow("capacity zero")
            << u"production_capacity"_s
            << QJsonValue(QJsonObject {{u"value"_s, 0}, {u"unit"_s, u"MW"_s}})
            << u"apps.jsonl:2: $.production_capacity.value: must be > 0, not 0"_s;
        QTest::newRow("capacity without unit")
            << u"production_capacity"_s << QJsonValue(QJsonObject {{u"value"_s, 5}})
            << u"apps.jsonl:2: $.production_capacity.unit: is required"_s;
        QTest::newRow("facility code")
            << u"treatment_facilities"_s
            << QJsonValue(QJsonArray {
                   QJsonObject {{u"code"_s, u"F01"_s}, {u"name"_s, u"n"_s}, {u"treats"_s, u"t"_s}}})
            << u"apps.jsonl:2: $.treatment_facilities[0].code: \"F01\": must be T + 3 digits,"
               u" like T001"_s;
        QTest::newRow("facility outlet not declared")
            << u"treatment_facilities"_s
            << QJsonValue(QJsonArray {QJsonObject {{u"code"_s, u"T001"_s}, {u"name"_s, u"n"_s},
                   {u"treats"_s, u"t"_s}, {u"outlet"_s, u"DA009"_s}}})
            << u"apps.jsonl:2: $.treatment_facilities[0].outlet: \"DA009\" is not one of this"
               u" document's outlets"_s;
        QTest::newRow("facility twice")
            << u"treatment_facilities"_s
            << QJsonValue(QJsonArray {
                   QJsonObject {{u"code"_s, u"T001"_s}, {u"name"_s, u"n"_s}, {u"treats"_s, u"t"_s}},
                   QJsonObject {
                       {u"code"_s, u"T001"_s}, {u"name"_s, u"m"_s}, {u"treats"_s, u"t"_s}}})
            << u"apps.jsonl:2: $.treatment_facilities[1].code: facility T001 appears twice in"
               u" this document"_s;
        QTest::newRow("facility expected state")
            << u"treatment_facilities"_s
            << QJsonValue(QJsonArray {QJsonObject {{u"code"_s, u"T001"_s}, {u"name"_s, u"n"_s},
                   {u"treats"_s, u"t"_s}, {u"expected_state"_s, u"off"_s}}})
            << u"apps.jsonl:2: $.treatment_facilities[0].expected_state: must be `running` or"
               u" `standby`, not \"off\""_s;
    }

    void badFieldsNameFileLineAndField()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        auto db = freshStore();
        const QString before = dump(*db);
        QJsonObject doc = application();
        if (value.isUndefined())
            doc.remove(key);
        else
            doc.insert(key, value);
        QTemporaryDir dir;
        // Line 1 is blank, so the document is on line 2.
        const ImportReport report =
            PermitImporter(*db).importFile(writeFile(dir, u"apps.jsonl"_s, "\n" + line(doc)));
        QVERIFY(!report.ok());
        QVERIFY2(issueTexts(report).contains(expected), qPrintable(issueTexts(report).join(u'\n')));
        QCOMPARE(dump(*db), before); // all or nothing
    }

    void issuedPermitNeedsItsIssueDate()
    {
        auto db = freshStore();
        QTemporaryDir dir;
        QJsonObject doc = fixtureDocument();
        doc.remove(u"issued_on"_s);
        const ImportReport report =
            PermitImporter(*db).importFile(writeFile(dir, u"p.jsonl"_s, line(doc)));
        QVERIFY(issueTexts(report).contains(u"p.jsonl:1: $.issued_on: is required"_s));
    }

    void issuedPermitReplacesTheApplicationAndLinksToTheDecision()
    {
        auto db = freshStore();
        QTemporaryDir dir;
        QVERIFY(
            PermitImporter(*db).importFile(writeFile(dir, u"a.jsonl"_s, line(application()))).ok());
        const QString permitId = scalar(*db, u"SELECT id FROM permit"_s);
        const QString facilityId = scalar(*db,
            u"SELECT id FROM treatment_facility WHERE"
            u" code = 'T001'"_s);
        db->prepare(u"INSERT INTO application_decision (id, permit_id, decision, reason,"
                    u" decided_by, decided_at) VALUES ('d1', ?1, 'returned', 'fix T002', 's', 1),"
                    u" ('d2', ?1, 'approved', 'matches', 's', 2)"_s)
            .bind(1, permitId)
            .exec();

        QJsonObject issued = application();
        issued.remove(u"status"_s);
        issued.insert(u"issued_on"_s, u"2026-11-20"_s);
        issued.insert(u"revision"_s, 2);
        const ImportReport report =
            PermitImporter(*db).importFile(writeFile(dir, u"p.jsonl"_s, line(issued)));
        QCOMPARE(issueTexts(report), QStringList());
        QCOMPARE(scalar(*db,
                     u"SELECT id || '|' || status || '|' || issued_on || '|' || applied_on || '|'"
                     u" || application_decision_id FROM permit"_s),
            permitId + u"|issued|2026-11-20|2026-10-08|d2"_s);
        // The facility keeps its id (checks made before issuance name it).
        QCOMPARE(
            scalar(*db, u"SELECT id FROM treatment_facility WHERE code = 'T001'"_s), facilityId);

        // Once issued, an application for the number is refused.
        QJsonObject late = application();
        late.insert(u"revision"_s, 3);
        const ImportReport refused =
            PermitImporter(*db).importFile(writeFile(dir, u"late.jsonl"_s, line(late)));
        QCOMPARE(issueTexts(refused),
            QStringList {u"late.jsonl:1: $.status: permit 91440300MA5D8G6X2R001P is issued"
                         u" already; an application for it cannot be imported"_s});
    }

    void permitWithoutApplicationHasNoLink()
    {
        auto db = freshStore();
        QVERIFY(PermitImporter(*db).importFile(fixture(u"permits.jsonl"_s)).ok());
        QCOMPARE(scalar(*db,
                     u"SELECT count(*) FROM permit WHERE status = 'issued' AND"
                     u" application_decision_id IS NULL"_s),
            u"2"_s);
    }
};

QTEST_GUILESS_MAIN(TestApplicationImport)
#include "tst_applicationimport.moc"
