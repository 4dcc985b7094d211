// Checklist template import (docs/formats.md, "Checklists"): round trip, versions, messages.
#include "importer/checklistimporter.h"
#include "importtesthelpers.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall;
using namespace importtest;
using importer::ChecklistImporter;
using importer::ImportReport;

namespace {

QByteArray templateJson(const QString &version, const QString &items, const QString &extra = {})
{
    return (u"{\"templates\": [{\"code\": \"T\", \"phase\": \"post_issuance\", \"version\": %1,"
            u" \"title_zh\": \"表\", \"title_en\": \"Form\"%3, \"items\": [%2]}]}"_s)
        .arg(version, items, extra)
        .toUtf8();
}

QString item(const QString &code, const QString &severity = u"minor"_s)
{
    return u"{\"code\": \"%1\", \"severity\": \"%2\", \"text_zh\": \"问\", \"text_en\": \"Q\"}"_s
        .arg(code, severity);
}

} // namespace

class TestChecklistImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripAndReimport()
    {
        auto db = freshStore();
        ChecklistImporter importer(*db);
        const ImportReport report = importer.importFile(fixture(u"checklists.json"_s));
        QCOMPARE(issueTexts(report), QStringList());
        QCOMPARE(report.summary(),
            u"checklists.json: checklist_template 2 inserted; checklist_item 3 inserted"_s);
        QCOMPARE(scalar(*db,
                     u"SELECT group_concat(x, ';') FROM (SELECT code || '|' || phase || '|' ||"
                     u" ifnull(industry_code, '-') || '|' || version || '|' || title_zh || '|' ||"
                     u" title_en AS x FROM checklist_template ORDER BY code)"_s),
            u"POST-GENERAL|post_issuance|-|1|证后监管通用检查表|Post-issuance inspection, general;"
            u"PRE-4411|pre_issuance|4411|2|火电核发前核查|Thermal power, before issuance"_s);
        QCOMPARE(scalar(*db,
                     u"SELECT group_concat(x, ';') FROM (SELECT i.code || '|' || ordinal || '|' ||"
                     u" severity || '|' || text_zh || '|' || text_en AS x FROM checklist_item i"
                     u" JOIN checklist_template t ON t.id = i.template_id ORDER BY t.code,"
                     u" ordinal)"_s),
            u"P01|1|major|排污许可证正本是否悬挂|Permit original displayed;"
            u"P02|2|critical|排污口是否均在许可证上|Every discharging outlet is on the permit;"
            u"A01|1|minor|申请材料是否完整|Application complete"_s);
        const QString before = dump(*db);
        const ImportReport again = importer.importFile(fixture(u"checklists.json"_s));
        QCOMPARE(again.summary(),
            u"checklists.json: checklist_template 2 unchanged (nothing changed)"_s);
        db->exec(u"DELETE FROM import_run WHERE id = (SELECT max(id) FROM import_run)"_s);
        QCOMPARE(dump(*db), before);
    }

    void higherVersionReplacesItemsKeepingIds()
    {
        auto db = freshStore();
        ChecklistImporter importer(*db);
        QTemporaryDir dir;
        QVERIFY(importer
                    .importFile(writeFile(dir, u"c.json"_s,
                        templateJson(u"1"_s, item(u"A"_s) + u","_s + item(u"B"_s))))
                    .ok());
        const QString idA = scalar(*db, u"SELECT id FROM checklist_item WHERE code = 'A'"_s);
        const ImportReport report = importer.importFile(writeFile(dir, u"c.json"_s,
            templateJson(u"2"_s, item(u"C"_s) + u","_s + item(u"A"_s, u"major"_s))));
        QCOMPARE(issueTexts(report), QStringList());
        QCOMPARE(report.summary(),
            u"c.json: checklist_template 1 updated; checklist_item 1 inserted, 1 updated, 1 "
            u"deleted"_s);
        QCOMPARE(scalar(*db,
                     u"SELECT id || '|' || severity || '|' || ordinal FROM checklist_item"
                     u" WHERE code = 'A'"_s),
            idA + u"|major|2"_s);
        QCOMPARE(count(*db, u"checklist_item"_s), 2);
    }

    void versionConflicts()
    {
        auto db = freshStore();
        ChecklistImporter importer(*db);
        QTemporaryDir dir;
        QVERIFY(importer.importFile(writeFile(dir, u"c.json"_s, templateJson(u"2"_s, item(u"A"_s))))
                    .ok());
        const QString before = dump(*db);
        QCOMPARE(issueTexts(importer.importFile(
                     writeFile(dir, u"c.json"_s, templateJson(u"1"_s, item(u"A"_s))))),
            QStringList {u"c.json: $.templates[0].version: template T is at version 2 already; "
                         u"version 1 is older"_s});
        QCOMPARE(issueTexts(importer.importFile(
                     writeFile(dir, u"c.json"_s, templateJson(u"2"_s, item(u"B"_s))))),
            QStringList {u"c.json: $.templates[0].version: template T version 2 is already "
                         u"imported with other content; a changed template needs a higher "
                         u"version"_s});
        QCOMPARE(dump(*db), before);
    }

    void validationErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("issues");
        QTest::newRow("phase") << templateJson(u"1"_s, item(u"A"_s)).replace("post_", "after_")
                               << QStringList {u"c.json: $.templates[0].phase: must be "
                                               u"`pre_issuance` or `post_issuance`, not "
                                               u"\"after_issuance\""_s};
        QTest::newRow("severity") << templateJson(u"1"_s, item(u"A"_s, u"high"_s))
                                  << QStringList {u"c.json: $.templates[0].items[0].severity: "
                                                  u"must be `minor`, `major` or `critical`, not "
                                                  u"\"high\""_s};
        QTest::newRow("item twice")
            << templateJson(u"1"_s, item(u"A"_s) + u","_s + item(u"A"_s))
            << QStringList {
                   u"c.json: $.templates[0].items[1].code: item A appears twice in this template"_s};
        QTest::newRow("version 0") << templateJson(u"0"_s, item(u"A"_s))
                                   << QStringList {u"c.json: $.templates[0].version: must be an "
                                                   u"integer ≥ 1, not 0"_s};
        QTest::newRow("industry")
            << templateJson(u"1"_s, item(u"A"_s), u", \"industry_code\": \"44\""_s)
            << QStringList {u"c.json: $.templates[0].industry_code: \"44\" is not a 4-digit "
                            u"industry code (null: every industry)"_s};
        QTest::newRow("unknown field")
            << templateJson(u"1"_s, item(u"A"_s), u", \"owner\": \"x\""_s)
            << QStringList {u"c.json: $.templates[0].owner: unknown field"_s};
        QTest::newRow("text missing")
            << templateJson(
                   u"1"_s, u"{\"code\": \"A\", \"severity\": \"minor\", \"text_zh\": \"问\"}"_s)
            << QStringList {u"c.json: $.templates[0].items[0].text_en: is required"_s};
        QTest::newRow("no templates") << QByteArray("{\"template\": []}")
                                      << QStringList {u"c.json: $.templates: is required"_s,
                                             u"c.json: $.template: unknown field"_s};
        // Issue 8, defect 8: "X-NEW\u0000HIDDEN" imported beside X-NEW, both shown as X-NEW.
        QTest::newRow("code with NUL")
            << templateJson(u"1"_s, item(u"A"_s))
                   .replace("\"code\": \"T\"", "\"code\": \"X-NEW\\u0000HIDDEN\"")
            << QStringList {u"c.json: $.templates[0].code: contains the control character U+0000 "
                            u"at character 6"_s};
        QTest::newRow("code with a space")
            << templateJson(u"1"_s, item(u"A"_s)).replace("\"code\": \"T\"", "\"code\": \"X NEW\"")
            << QStringList {u"c.json: $.templates[0].code: \"X NEW\" is not a template code (1-32 "
                            u"letters, digits, ., _ or -, starting with a letter or digit)"_s};
        QTest::newRow("item code with RLO")
            << templateJson(u"1"_s, item(u"A\u202E"_s))
            << QStringList {u"c.json: $.templates[0].items[0].code: contains the bidirectional "
                            u"control U+202E at character 2"_s};
        QTest::newRow("item code too long")
            << templateJson(u"1"_s, item(QString(33, u'A')))
            << QStringList {
                   u"c.json: $.templates[0].items[0].code: \"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\" "
                   u"is not a checklist item code (1-32 letters, digits, ., _ or -, "
                   u"starting with a letter or digit)"_s};
        QTest::newRow("title with a line break")
            << templateJson(u"1"_s, item(u"A"_s)).replace("\"Form\"", "\"Fo\\nrm\"")
            << QStringList {u"c.json: $.templates[0].title_en: contains a line break at "
                            u"character 3 (the field is one line)"_s};
        QTest::newRow("question too long")
            << templateJson(u"1"_s, item(u"A"_s))
                   .replace("\"Q\"", "\"" + QByteArray(2001, 'q') + "\"")
            << QStringList {u"c.json: $.templates[0].items[0].text_en: too long (2001 > 2000)"_s};
        // Issue 8, defect 7: the last of two equal keys won, silently.
        QTest::newRow("code twice")
            << templateJson(u"1"_s, item(u"A"_s))
                   .replace("\"code\": \"T\"", "\"code\": \"T\", \"code\": \"U\"")
            << QStringList {u"c.json:1: $.templates[0].code: key appears twice in the object"_s};
        QTest::newRow("templates twice")
            << QByteArray("{\"templates\": [],\n \"templates\": []}")
            << QStringList {u"c.json:2: $.templates: key appears twice in the object"_s};
        QTest::newRow("raw NUL") << QByteArray("{\"templates\": [\"\0\"]}", 19)
                                 << QStringList {u"c.json:1: $: invalid JSON at character 17: raw "
                                                 u"control character U+0000 inside a string "
                                                 u"(JSON needs it escaped)"_s};
        QTest::newRow("bad json") << QByteArray("{\"templates\": [\n  {\"code\": }]}")
                                  << QStringList {u"c.json:2: $: invalid JSON at character 12: "
                                                  u"illegal value"_s};
    }
    void validationErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, issues);
        auto db = freshStore();
        QTemporaryDir dir;
        const ImportReport report =
            ChecklistImporter(*db).importFile(writeFile(dir, u"c.json"_s, json));
        QCOMPARE(issueTexts(report), issues);
        QCOMPARE(count(*db, u"checklist_template"_s), 0);
    }

    void multiLineQuestionsAreText()
    {
        auto db = freshStore();
        QTemporaryDir dir;
        const ImportReport report = ChecklistImporter(*db).importFile(writeFile(dir, u"c.json"_s,
            templateJson(u"1"_s, item(u"A"_s))
                .replace("\"Q\"", "\"Line one\\r\\nline two\\tend\"")));
        QCOMPARE(issueTexts(report), QStringList());
        QCOMPARE(
            scalar(*db, u"SELECT text_en FROM checklist_item"_s), u"Line one\r\nline two\tend"_s);
    }
};

QTEST_GUILESS_MAIN(TestChecklistImport)
#include "tst_checklistimport.moc"
