// Staff import (docs/formats.md, "Staff"): round trip, updates, messages, all-or-nothing.
#include "importer/staffimporter.h"
#include "importtesthelpers.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall;
using namespace importtest;
using importer::ImportReport;
using importer::StaffImporter;

class TestStaffImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripUpdateAndReimport()
    {
        auto db = freshStore();
        StaffImporter importer(*db);
        QCOMPARE(importer.importFile(fixture(u"staff.csv"_s)).summary(),
            u"staff.csv: inspector 3 inserted"_s);
        QCOMPARE(scalar(*db,
                     u"SELECT group_concat(code || '|' || name || '|' || role || '|' ||"
                     u" ifnull(region, '-') || '|' || active, ';') FROM (SELECT * FROM inspector"
                     u" ORDER BY code)"_s),
            u"E001|张敏|enforcement|440300|1;I001|王伟|inspector|440305|1;"
            u"S001|Li, Na|supervisor|-|1"_s);
        QCOMPARE(importer.importFile(fixture(u"staff.csv"_s)).summary(),
            u"staff.csv: inspector 3 unchanged (nothing changed)"_s);
        const QString id = scalar(*db, u"SELECT id FROM inspector WHERE code = 'I001'"_s);
        QTemporaryDir dir;
        const ImportReport report = importer.importFile(
            writeFile(dir, u"s.csv"_s, "role,code,name\nsupervisor,I001,王伟\n"));
        QCOMPARE(report.summary(), u"s.csv: inspector 1 updated"_s);
        QCOMPARE(scalar(*db,
                     u"SELECT id || '|' || role || '|' || ifnull(region, '-') FROM"
                     u" inspector WHERE code = 'I001'"_s),
            id + u"|supervisor|-"_s);
    }

    void errors()
    {
        auto db = freshStore();
        QTemporaryDir dir;
        const ImportReport report = StaffImporter(*db).importFile(writeFile(dir, u"s.csv"_s,
            "code,name,role,region\n"
            "I001,Wang,inspector,\n"
            "I 02,Li,inspector,\n"
            "I001,Zhang,boss,\n"
            "I003,,inspector\n"
            "I004, ,inspector,\n"));
        QCOMPARE(issueTexts(report),
            (QStringList {
                u"s.csv:3: code: \"I 02\" is not a staff code (1-32 letters, digits, _ or -)"_s,
                u"s.csv:4: code: I001 appears on line 2 already"_s,
                u"s.csv:4: role: must be `inspector`, `supervisor` or `enforcement`, not \"boss\""_s,
                u"s.csv:5: the row has 3 fields but the header has 4"_s,
                u"s.csv:6: name: is required"_s,
            }));
        QCOMPARE(count(*db, u"inspector"_s), 0);
        QCOMPARE(issueTexts(StaffImporter(*db).importFile(
                     writeFile(dir, u"h.csv"_s, "code,name,region\nI1,A,\n"))),
            QStringList {u"h.csv:1: role: required column is missing"_s});
    }

    // Issue 9: the enforcement certificate number (执法证号), an optional column.
    void certificateNumberIsImportedUpdatedAndChecked()
    {
        auto db = freshStore();
        StaffImporter importer(*db);
        QTemporaryDir dir;
        QCOMPARE(importer
                     .importFile(writeFile(dir, u"a.csv"_s,
                         "code,name,role,certificate_no\nI001,Wang,inspector,44030620190011\n"
                         "I002,Li,inspector,\n"))
                     .summary(),
            u"a.csv: inspector 2 inserted"_s);
        QCOMPARE(scalar(*db,
                     u"SELECT group_concat(code || '=' || ifnull(certificate_no, '-'), ';') FROM"
                     u" (SELECT * FROM inspector ORDER BY code)"_s),
            u"I001=44030620190011;I002=-"_s);
        // A new number is an update; the same file again changes nothing.
        const QString changed = writeFile(dir, u"b.csv"_s,
            "code,name,role,certificate_no\nI001,Wang,inspector,SZ-2024-0001\nI002,Li,inspector,"
            "\n");
        QCOMPARE(
            importer.importFile(changed).summary(), u"b.csv: inspector 1 updated, 1 unchanged"_s);
        QCOMPARE(importer.importFile(changed).summary(),
            u"b.csv: inspector 2 unchanged (nothing changed)"_s);
        // A bad number names the line and the column, and nothing is stored.
        const QString before = dump(*db);
        QCOMPARE(issueTexts(importer.importFile(writeFile(dir, u"c.csv"_s,
                     "code,name,role,certificate_no\nI003,Zhao,inspector,44 03\n"
                     "I004,Sun,inspector,X\n"))),
            (QStringList {u"c.csv:2: certificate_no: \"44 03\" is not an enforcement certificate"
                          u" number (4-32 letters, digits or -)"_s,
                u"c.csv:3: certificate_no: \"X\" is not an enforcement certificate number (4-32"
                u" letters, digits or -)"_s}));
        QCOMPARE(dump(*db), before);
    }

    // Issue 8, defect 1: a 50 MB name imported, and every device's sync failed from then on.
    void hugeNameIsRefusedAndNothingIsStored()
    {
        auto db = freshStore();
        StaffImporter importer(*db);
        QVERIFY(importer.importFile(fixture(u"staff.csv"_s)).ok());
        const QString before = dump(*db);
        QTemporaryDir dir;
        const QByteArray name(50'000'000, 'W');
        const ImportReport report = importer.importFile(writeFile(
            dir, u"s.csv"_s, "code,name,role\nI009,Zhao,inspector\nI010," + name + ",inspector\n"));
        QCOMPARE(issueTexts(report), QStringList {u"s.csv:3: name: too long (50000000 > 200)"_s});
        QCOMPARE(dump(*db), before);
        QCOMPARE(issueTexts(importer.importFile(writeFile(dir, u"s.csv"_s,
                     "code,name,role,region\nI1,A,inspector," + QByteArray(41, '4') + "\n"))),
            QStringList {u"s.csv:2: region: too long (41 > 40)"_s});
    }

    // Issue 8, defect 8: ESC and the right-to-left override passed in staff names.
    void controlAndBidirectionalCharactersAreRefused()
    {
        auto db = freshStore();
        QTemporaryDir dir;
        const ImportReport report = StaffImporter(*db).importFile(writeFile(dir, u"s.csv"_s,
            QByteArray("code,name,role,region\n"
                       "I001,Wang\x1b[2J,inspector,\n"
                       "I002,\xE2\x80\xAEgnp.exe,inspector,\n"
                       "I003,\"Li\nNa\",inspector,\n")
                + QByteArray("I004,Zhang,inspector,44\0"
                             "03\n",
                    27)
                + "\"I005\n\",Chen,inspector,\n"
                  "I006,Tab\tName,inspector,\n"));
        QCOMPARE(issueTexts(report),
            (QStringList {u"s.csv:2: name: contains the control character U+001B at character 5"_s,
                u"s.csv:3: name: contains the bidirectional control U+202E at character 1"_s,
                u"s.csv:4: name: contains a line break at character 3 (the field is one line)"_s,
                u"s.csv:6: region: contains the control character U+0000 at character 3"_s,
                u"s.csv:7: code: contains a line break at character 5 (the field is one line)"_s}));
        QCOMPARE(count(*db, u"inspector"_s), 0);
    }

    // Error messages quote at most 40 characters of what they echo.
    void messagesQuoteAShortPrefix()
    {
        auto db = freshStore();
        QTemporaryDir dir;
        const ImportReport report = StaffImporter(*db).importFile(writeFile(dir, u"s.csv"_s,
            "code,name,role\n" + QByteArray(60, 'C') + ".,A,inspector\nI2,B," + QByteArray(30, 'r')
                + "\n"));
        QCOMPARE(issueTexts(report),
            (QStringList {u"s.csv:2: code: \""_s + QString(40, u'C')
                    + u"…\" (61 characters) is not a staff code (1-32 letters, digits, _ or -)"_s,
                u"s.csv:3: role: must be `inspector`, `supervisor` or `enforcement`, not \""_s
                    + QString(30, u'r') + u"\""_s}));
    }
};

QTEST_GUILESS_MAIN(TestStaffImport)
#include "tst_staffimport.moc"
