// Reported-data import (docs/formats.md, "Reported data"): round trip, every rule's message,
// all-or-nothing, idempotence and corrections.
#include "importer/permitimporter.h"
#include "importer/reportimporter.h"
#include "importtesthelpers.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall;
using namespace importtest;
using importer::ImportReport;
using importer::ReportImporter;

namespace {

const QStringList kHeader = {u"record"_s, u"permit"_s, u"outlet"_s, u"pollutant"_s, u"period"_s,
    u"value"_s, u"unit"_s, u"qualifier"_s, u"validity"_s, u"no_data"_s, u"o2_pct"_s, u"flow_m3h"_s,
    u"valid_count"_s, u"filed_on"_s};
const QByteArray kShenzhen = "91440300MA5D8G6X2R001P";

// A valid COD sample row of the Shenzhen permit, with `changes` ("column=value") applied.
QByteArray row(const QStringList &changes)
{
    QHash<QString, QString> values = {{u"record"_s, u"sample"_s},
        {u"permit"_s, QString::fromLatin1(kShenzhen)}, {u"outlet"_s, u"DW001"_s},
        {u"pollutant"_s, u"COD"_s}, {u"period"_s, u"2025-03-04"_s}, {u"value"_s, u"42.5"_s},
        {u"unit"_s, u"mg/L"_s}};
    for (const QString &change : changes) {
        const qsizetype eq = change.indexOf(u'=');
        values.insert(change.left(eq), change.mid(eq + 1));
    }
    QStringList fields;
    for (const QString &column : kHeader)
        fields << values.value(column);
    return fields.join(u',').toUtf8() + '\n';
}

QByteArray header()
{
    return kHeader.join(u',').toUtf8() + '\n';
}

std::unique_ptr<store::Database> storeWithPermits()
{
    auto db = freshStore();
    const auto report = importer::PermitImporter(*db).importFile(fixture(u"permits.jsonl"_s));
    if (!report.ok())
        qFatal("fixture permits do not import");
    return db;
}

} // namespace

class TestReportImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        auto db = storeWithPermits();
        const ImportReport report = ReportImporter(*db).importFile(fixture(u"reports.csv"_s));
        QCOMPARE(issueTexts(report), QStringList());
        QCOMPARE(report.counts(u"reported_value"_s).inserted, 6);
        QCOMPARE(report.counts(u"execution_report"_s).inserted, 2);
        QCOMPARE(report.summary(),
            u"reports.csv: reported_value 6 inserted; execution_report 2 inserted"_s);
        QCOMPARE(scalar(*db,
                     u"SELECT group_concat(x, ';') FROM (SELECT o.code || '|' || pollutant || '|'"
                     u" || kind || '|' || period || '|' || ifnull(value, '-') || '|' || unit ||"
                     u" '|' || qualifier || '|' || validity || '|' || ifnull(no_data, '-') || '|'"
                     u" || ifnull(o2_pct, '-') || '|' || ifnull(flow_m3h, '-') || '|' ||"
                     u" ifnull(valid_count, '-') AS x FROM reported_value r JOIN outlet o ON"
                     u" o.id = r.outlet_id ORDER BY r.rowid)"_s),
            // The +08:00 hour is stored as the UTC hour; units by canonical symbol.
            u"DW001|COD|sample|2025-03-04|42.5|mg/L|=|valid|-|-|-|-;"
            u"DA001|SO2|cems_hour|2025-03-04T00|28.1|mg/Nm3|=|valid|-|6.2|1250000.0|58;"
            u"DA001|SO2|cems_hour|2025-03-04T01|40.0|ug/m3|<|calibration|-|-|-|-;"
            u"DA001|NOX|cems_day|2025-03-04|-|mg/Nm3|=|shutdown|C|-|-|20;"
            u"DA001|SO2|month_amount|2025-02|12.5|t|E|valid|-|-|-|-;"
            u"DW001|PH|sample|2025-03-04|7.2|pH|=|valid|-|-|-|-"_s);
        QCOMPARE(scalar(*db,
                     u"SELECT group_concat(kind || '|' || period || '|' || filed_on, ';') FROM"
                     u" (SELECT * FROM execution_report ORDER BY rowid)"_s),
            u"annual|2024|2025-01-10;quarterly|2025-Q1|2025-04-12"_s);
        QCOMPARE(
            scalar(*db, u"SELECT kind || '|' || inserted FROM import_run WHERE kind = 'reports'"_s),
            u"reports|8"_s);
    }

    // One importer, two files, the permit imported between them: the second file finds it
    // (nothing an importer keeps from a file answers for the next).
    void oneImporterSeesWhatChangedBetweenFiles()
    {
        auto db = freshStore();
        QTemporaryDir dir;
        const QString file =
            writeFile(dir, u"r.csv"_s, header() + row({}) + row({u"period=2025-03-05"_s}));
        ReportImporter importer(*db);
        QCOMPARE(issueTexts(importer.importFile(file)),
            (QStringList {
                u"r.csv:2: permit: unknown permit \"%1\" (import it with `import permits` first)"_s
                    .arg(QString::fromLatin1(kShenzhen)),
                u"r.csv:3: permit: unknown permit \"%1\" (import it with `import permits` first)"_s
                    .arg(QString::fromLatin1(kShenzhen))}));
        QVERIFY(importer::PermitImporter(*db).importFile(fixture(u"permits.jsonl"_s)).ok());
        const ImportReport report = importer.importFile(file);
        QCOMPARE(issueTexts(report), QStringList());
        QCOMPARE(report.counts(u"reported_value"_s).inserted, 2);
    }

    void columnsInAnyOrderAndOptionalOnesMissing()
    {
        auto db = storeWithPermits();
        QTemporaryDir dir;
        const QString file = writeFile(dir, u"r.csv"_s,
            "unit,value,period,pollutant,outlet,permit,record\n"
            "\"mg/L\",\"1.5\",2025-03-05,COD,DW001,"
                + kShenzhen + ",sample\n");
        const ImportReport report = ReportImporter(*db).importFile(file);
        QCOMPARE(issueTexts(report), QStringList());
        QCOMPARE(scalar(*db, u"SELECT value || qualifier || validity FROM reported_value"_s),
            u"1.5=valid"_s);
    }

    void reimportChangesNothingAndCorrectionsReplace()
    {
        auto db = storeWithPermits();
        ReportImporter importer(*db);
        QVERIFY(importer.importFile(fixture(u"reports.csv"_s)).ok());
        const QString before = dump(*db);
        const ImportReport again = importer.importFile(fixture(u"reports.csv"_s));
        QCOMPARE(issueTexts(again), QStringList());
        QCOMPARE(again.counts(u"reported_value"_s).unchanged, 6);
        QCOMPARE(again.counts(u"execution_report"_s).unchanged, 2);
        QCOMPARE(again.totals().inserted + again.totals().updated, 0);
        db->exec(u"DELETE FROM import_run WHERE id = (SELECT max(id) FROM import_run)"_s);
        QCOMPARE(dump(*db), before);

        const QString id = scalar(*db, u"SELECT id FROM reported_value WHERE pollutant = 'COD'"_s);
        QTemporaryDir dir;
        const ImportReport correction = importer.importFile(writeFile(dir, u"r.csv"_s,
            header() + row({u"value=40.1"_s, u"qualifier=E"_s})
                + row({u"record=execution_report"_s, u"outlet="_s, u"pollutant="_s, u"value="_s,
                    u"unit="_s, u"period=2024"_s, u"filed_on=2025-01-11"_s})));
        QCOMPARE(issueTexts(correction), QStringList());
        QCOMPARE(correction.counts(u"reported_value"_s).updated, 1);
        QCOMPARE(correction.counts(u"execution_report"_s).updated, 1);
        QCOMPARE(scalar(*db,
                     u"SELECT id || '|' || value || '|' || qualifier FROM reported_value"
                     u" WHERE pollutant = 'COD'"_s),
            id + u"|40.1|E"_s);
        QCOMPARE(scalar(*db, u"SELECT filed_on FROM execution_report WHERE period = '2024'"_s),
            u"2025-01-11"_s);
    }

    void rowErrors_data()
    {
        QTest::addColumn<QStringList>("changes");
        QTest::addColumn<QStringList>("issues"); // after "r.csv:3: "
        const auto add = [](const char *name, const QStringList &changes,
                             const QStringList &issues) {
            QTest::newRow(name) << changes << issues;
        };
        add("record", {u"record=hourly"_s},
            {u"record: must be `sample`, `cems_hour`, `cems_day`, `month_amount` or "
             u"`execution_report`, not \"hourly\""_s});
        add("permit missing", {u"permit="_s}, {u"permit: is required for a `sample` row"_s});
        add("permit unknown", {u"permit=91350100M000100Y43009V"_s},
            {u"permit: unknown permit \"91350100M000100Y43009V\" (import it with `import permits` "
             u"first)"_s});
        add("outlet missing", {u"outlet="_s}, {u"outlet: is required for a `sample` row"_s});
        add("outlet unknown", {u"outlet=DW002"_s},
            {u"outlet: permit 91440300MA5D8G6X2R001P has no outlet \"DW002\""_s});
        add("pollutant unknown", {u"pollutant=CODCR"_s},
            {u"pollutant: unknown pollutant \"CODCR\""_s});
        add("period not a date", {u"period=2025-02-29"_s},
            {u"period: \"2025-02-29\" is not a date YYYY-MM-DD"_s});
        add("hour form", {u"record=cems_hour"_s, u"period=2025-03-04 08:00"_s},
            {u"period: \"2025-03-04 08:00\" is not an hour YYYY-MM-DDTHH (UTC) or "
             u"YYYY-MM-DDTHH:00+HH:MM"_s});
        add("hour 24", {u"record=cems_hour"_s, u"period=2025-03-04T24"_s},
            {u"period: \"2025-03-04T24\" is not an hour YYYY-MM-DDTHH (UTC) or "
             u"YYYY-MM-DDTHH:00+HH:MM"_s});
        add("hour minutes", {u"record=cems_hour"_s, u"period=2025-03-04T08:30+08:00"_s},
            {u"period: \"2025-03-04T08:30+08:00\": a CEMS hour starts at minute 00"_s});
        add("hour half offset", {u"record=cems_hour"_s, u"period=2025-03-04T08:00+05:30"_s},
            {u"period: \"2025-03-04T08:00+05:30\": the UTC offset must be whole hours, up to "
             u"14"_s});
        add("month form", {u"record=month_amount"_s, u"period=2025-3"_s, u"unit=t"_s},
            {u"period: \"2025-3\" is not a month YYYY-MM"_s});
        add("value missing", {u"value="_s}, {u"value: is required (or a no_data code)"_s});
        add("value negative", {u"value=-1"_s},
            {u"value: \"-1\" is not a number 0 ≤ x ≤ 10000000"_s});
        // The physical range of the unit (domain::MeasuredRange, the device's bounds too).
        add("value beyond the physical range", {u"value=1e308"_s},
            {u"value: \"1e308\" is not a number 0 ≤ x ≤ 10000000"_s});
        add("value beyond the range in ug/L", {u"value=2e10"_s, u"unit=ug/L"_s},
            {u"value: \"2e10\" is not a number 0 ≤ x ≤ 10000000000"_s});
        add("value text", {u"value=12,5"_s}, {u"the row has 15 fields but the header has 14"_s});
        add("value not decimal", {u"value=1.2.3"_s},
            {u"value: \"1.2.3\" is not a number 0 ≤ x ≤ 10000000"_s});
        add("pH above 14", {u"pollutant=PH"_s, u"value=14.5"_s, u"unit=pH"_s},
            {u"value: \"14.5\" is not a number 0 ≤ x ≤ 14"_s});
        add("value with no_data", {u"no_data=C"_s},
            {u"value: must be empty when no_data is given"_s});
        add("no_data code", {u"value="_s, u"no_data=none"_s},
            {u"no_data: \"none\" is not a no-data code (1-4 upper-case letters or digits)"_s});
        add("unit unknown", {u"unit=mg/Nm4"_s}, {u"unit: unknown unit \"mg/Nm4\""_s});
        add("unit missing", {u"unit="_s}, {u"unit: is required for a `sample` row"_s});
        add("unit other dimension than the limit",
            {u"outlet=DA001"_s, u"pollutant=SO2"_s, u"unit=mg/L"_s},
            {u"unit: \"mg/L\" does not convert to mg/Nm3, the unit of DA001's SO2 limit"_s});
        add("unit other dimension than the pollutant", {u"pollutant=TP"_s, u"unit=kg/h"_s},
            {u"unit: \"kg/h\" does not convert to mg/L, the unit of TP"_s});
        add("month amount not a mass",
            {u"record=month_amount"_s, u"period=2025-02"_s, u"unit=mg/L"_s},
            {u"unit: a `month_amount` is a mass (t or kg), not \"mg/L\""_s});
        add("month amount without value",
            {u"record=month_amount"_s, u"period=2025-02"_s, u"unit=t"_s, u"value="_s,
                u"no_data=C"_s},
            {u"no_data: a `month_amount` row needs a value"_s});
        add("qualifier", {u"qualifier=~"_s},
            {u"qualifier: must be `=`, `<`, `>` or `E`, not \"~\""_s});
        add("validity", {u"validity=ok"_s},
            {u"validity: must be `valid`, `invalid`, `maintenance`, `calibration` or "
             u"`shutdown`, not \"ok\""_s});
        add("o2 21", {u"o2_pct=21"_s}, {u"o2_pct: \"21\" is not a number 0 ≤ x < 21"_s});
        add("flow negative", {u"flow_m3h=-5"_s},
            {u"flow_m3h: \"-5\" is not a number 0 ≤ x ≤ 1000000000"_s});
        add("flow beyond the physical range", {u"flow_m3h=1e300"_s},
            {u"flow_m3h: \"1e300\" is not a number 0 ≤ x ≤ 1000000000"_s});
        add("valid_count on a sample", {u"valid_count=5"_s},
            {u"valid_count: is used by `cems_hour` and `cems_day` rows only"_s});
        add("valid_count above 60",
            {u"record=cems_hour"_s, u"period=2025-03-04T01"_s, u"valid_count=61"_s},
            {u"valid_count: \"61\" is not a whole number 0–60 (valid minutes in the hour)"_s});
        add("valid_count above 24", {u"record=cems_day"_s, u"valid_count=25"_s},
            {u"valid_count: \"25\" is not a whole number 0–24 (valid hours in the day)"_s});
        add("filed_on on a sample", {u"filed_on=2025-01-01"_s},
            {u"filed_on: is used by `execution_report` rows only; leave it empty"_s});
        add("execution report with outlet",
            {u"record=execution_report"_s, u"pollutant="_s, u"value="_s, u"unit="_s,
                u"period=2024"_s, u"filed_on=2025-01-10"_s},
            {u"outlet: is not used by an `execution_report` row; leave it empty"_s});
        add("execution report period",
            {u"record=execution_report"_s, u"outlet="_s, u"pollutant="_s, u"value="_s, u"unit="_s,
                u"period=2024-Q5"_s, u"filed_on=2025-01-10"_s},
            {u"period: \"2024-Q5\" is not a report period (2026, 2026-H1, 2026-Q3 or 2026-07)"_s});
        add("execution report filed_on",
            {u"record=execution_report"_s, u"outlet="_s, u"pollutant="_s, u"value="_s, u"unit="_s,
                u"period=2024-H2"_s, u"filed_on=15/01/2025"_s},
            {u"filed_on: \"15/01/2025\" is not a date YYYY-MM-DD"_s});
        // Text rules and short quotes (issue 8): every column is one line of at most 64.
        add("permit too long", {u"permit="_s + QString(65, u'9')},
            {u"permit: too long (65 > 64)"_s});
        add("unit with ESC", {u"unit=mg\x1b[0m"_s},
            {u"unit: contains the control character U+001B at character 3"_s});
        add("pollutant with RLO", {u"pollutant=\u202EDOC"_s},
            {u"pollutant: contains the bidirectional control U+202E at character 1"_s});
        add("record quoted short", {u"record="_s + QString(50, u'r')},
            {u"record: must be `sample`, `cems_hour`, `cems_day`, `month_amount` or "
             u"`execution_report`, not \""_s
                + QString(40, u'r') + u"…\" (50 characters)"_s});
        add("full-width digits", {u"record=month_amount"_s, u"period=２０２５-02"_s, u"unit=t"_s},
            {u"period: \"２０２５-02\" is not a month YYYY-MM"_s});
        add("same key twice", {u"value=42.5"_s},
            {u"period: the same record as line 2 (a key may appear once a file)"_s});
    }
    void rowErrors()
    {
        QFETCH(QStringList, changes);
        QFETCH(QStringList, issues);
        auto db = storeWithPermits();
        const QString before = dump(*db);
        QTemporaryDir dir;
        // Line 2 is a valid row that must be rolled back with the bad one on line 3. The "same
        // key" case reuses line 2's key; every other case uses another day.
        QByteArray bad = row(changes);
        if (QTest::currentDataTag() != QByteArray("same key twice"))
            bad.replace("2025-03-04,", "2025-03-05,");
        const QString file = writeFile(dir, u"r.csv"_s, header() + row({}) + bad);
        const ImportReport report = ReportImporter(*db).importFile(file);
        QStringList expected;
        for (const QString &issue : issues)
            expected << u"r.csv:3: "_s + issue;
        QCOMPARE(issueTexts(report), expected);
        QCOMPARE(dump(*db), before);
    }

    void headerErrors()
    {
        auto db = storeWithPermits();
        QTemporaryDir dir;
        ImportReport report = ReportImporter(*db).importFile(
            writeFile(dir, u"r.csv"_s, "record,permit,colour,record\nsample\n"));
        QCOMPARE(issueTexts(report),
            (QStringList {u"r.csv:1: colour: unknown column; the columns are `record`, "
                          u"`permit`, `outlet`, `pollutant`, `period`, `value`, `unit`, "
                          u"`qualifier`, `validity`, `no_data`, `o2_pct`, `flow_m3h`, "
                          u"`valid_count` or `filed_on`"_s,
                u"r.csv:1: record: column appears twice in the header"_s,
                u"r.csv:1: period: required column is missing"_s}));
        report = ReportImporter(*db).importFile(writeFile(dir, u"e.csv"_s, ""));
        QCOMPARE(issueTexts(report), QStringList {u"e.csv: the file is empty"_s});
        report = ReportImporter(*db).importFile(
            writeFile(dir, u"q.csv"_s, header() + row({}) + "sample,\"open\n"));
        QCOMPARE(issueTexts(report),
            QStringList {u"q.csv:3: quoted field is not closed before the end of the file"_s});
        QCOMPARE(count(*db, u"reported_value"_s), 0);
    }

    void longFieldsAreCountedNotHeld()
    {
        auto db = storeWithPermits();
        const QString before = dump(*db);
        QTemporaryDir dir;
        ImportReport report = ReportImporter(*db).importFile(writeFile(dir, u"r.csv"_s,
            header() + row({})
                + row({u"unit="_s + QString(3'000'000, u'u'), u"period=2025-03-05"_s})));
        QCOMPARE(issueTexts(report), QStringList {u"r.csv:3: unit: too long (3000000 > 64)"_s});
        // A quoted field with a line break: one line, as every column of this file.
        report = ReportImporter(*db).importFile(
            writeFile(dir, u"r.csv"_s, header() + row({u"no_data=\"C\n\""_s, u"value="_s})));
        QCOMPARE(issueTexts(report),
            QStringList {u"r.csv:2: no_data: contains a line break at character 2 (the field is "
                         u"one line)"_s});
        QCOMPARE(dump(*db), before);
    }

    void manyBadRowsAreAllReported()
    {
        auto db = storeWithPermits();
        QTemporaryDir dir;
        QByteArray rows = header();
        for (int day = 1; day <= 9; ++day)
            rows += row({u"period=2025-03-0%1"_s.arg(day), day % 3 == 0 ? u"unit=x"_s : u""_s});
        const ImportReport report =
            ReportImporter(*db).importFile(writeFile(dir, u"r.csv"_s, rows));
        QCOMPARE(issueTexts(report),
            (QStringList {u"r.csv:4: unit: unknown unit \"x\""_s,
                u"r.csv:7: unit: unknown unit \"x\""_s, u"r.csv:10: unit: unknown unit \"x\""_s}));
        QCOMPARE(count(*db, u"reported_value"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestReportImport)
#include "tst_reportimport.moc"
