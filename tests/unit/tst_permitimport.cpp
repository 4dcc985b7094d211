// Permit import (docs/formats.md, "Permits"): round trip of every field, each validation
// rule's exact message, all-or-nothing, idempotence and revisions.
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

// The first (Shenzhen) and last (Fujian) documents of the permits.jsonl fixture.
QJsonObject fixtureDocument(int index)
{
    const QList<QByteArray> lines = readFixture(u"permits.jsonl"_s).split('\n');
    QList<QByteArray> documents;
    for (const QByteArray &line : lines) {
        if (!line.trimmed().isEmpty())
            documents << line;
    }
    return QJsonDocument::fromJson(documents.value(index)).object();
}

// Sets (or, with an undefined value, removes) the value at a path like outlets/0/limits/1/unit.
QJsonValue withValue(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    const QString key = path.takeFirst();
    bool isIndex = false;
    const int index = key.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        array[index] = path.isEmpty() ? value : withValue(array[index], path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object[key] = path.isEmpty() ? value : withValue(object[key], path, value);
    return object;
}

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

class TestPermitImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripOfEveryField()
    {
        auto db = freshStore();
        const ImportReport report = PermitImporter(*db).importFile(fixture(u"permits.jsonl"_s));
        QCOMPARE(issueTexts(report), QStringList());
        QCOMPARE(report.counts(u"permit"_s).inserted, 2);
        QCOMPARE(report.counts(u"enterprise"_s).inserted, 2);
        QCOMPARE(report.counts(u"outlet"_s).inserted, 4);
        QCOMPARE(report.counts(u"emission_limit"_s).inserted, 7);
        QCOMPARE(report.counts(u"monitoring_requirement"_s).inserted, 2);
        QCOMPARE(report.counts(u"report_schedule"_s).inserted, 2);
        QCOMPARE(report.counts(u"permit_revision"_s).inserted, 2);
        QCOMPARE(report.summary(),
            u"permits.jsonl: enterprise 2 inserted; permit 2 inserted; permit_revision 2 "
            u"inserted; report_schedule 2 inserted; outlet 4 inserted; emission_limit 7 "
            u"inserted; monitoring_requirement 2 inserted"_s);

        QCOMPARE(scalar(*db,
                     u"SELECT uscc || '|' || name || '|' || name_en || '|' || legal_rep || '|' ||"
                     u" address || '|' || industry_code || '|' || region || '|' || lat || '|' ||"
                     u" lon FROM enterprise WHERE uscc = '91440300MA5D8G6X2R'"_s),
            u"91440300MA5D8G6X2R|深圳南山热电有限公司|Shenzhen Nanshan Thermal Power Co., "
            u"Ltd.|王伟|"
            u"深圳市南山区月亮湾大道 1 号|4411|440305|22.5123|113.9012"_s);
        QCOMPARE(
            scalar(*db,
                u"SELECT count(*) FROM enterprise WHERE uscc = '91350100M000100Y43' AND"
                u" name_en IS NULL AND legal_rep IS NULL AND lat IS NULL AND region IS NULL"_s),
            u"1"_s);
        QCOMPARE(scalar(*db,
                     u"SELECT p.number || '|' || p.revision || '|' || e.uscc || '|' || valid_from"
                     u" || '|' || valid_to || '|' || issued_on || '|' || authority || '|' ||"
                     u" p.industry_code || '|' || management || '|' || capacity || '|' ||"
                     u" length(content_hash) FROM permit p JOIN enterprise e ON"
                     u" e.id = p.enterprise_id WHERE number = '91440300MA5D8G6X2R001P'"_s),
            u"91440300MA5D8G6X2R001P|1|91440300MA5D8G6X2R|2024-03-01|2029-02-28|2024-03-01|"
            u"深圳市生态环境局|4411|key|2 × 300 MW coal-fired units|64"_s);
        QCOMPARE(scalar(*db,
                     u"SELECT management || '|' || revision || '|' || (capacity IS NULL) FROM"
                     u" permit WHERE number = '91350100M000100Y43001V'"_s),
            u"simplified|3|1"_s);
        QCOMPARE(scalar(*db,
                     u"SELECT group_concat(kind || ':' || due_day || ':' || due_month_offset, ',')"
                     u" FROM (SELECT * FROM report_schedule ORDER BY kind)"_s),
            u"annual:15:1,quarterly:15:1"_s);
        QCOMPARE(scalar(*db,
                     u"SELECT group_concat(x, ';') FROM (SELECT o.code || '|' || o.name || '|' ||"
                     u" medium || '|' || category || '|' || o.lat || '|' || o.lon || '|' ||"
                     u" ifnull(height_m, '-') || '|' || ifnull(discharge_method, '-') || '|' ||"
                     u" ifnull(destination, '-') || '|' || ifnull(removed_in_revision, '-') AS x"
                     u" FROM outlet o JOIN permit p ON p.id = o.permit_id"
                     u" ORDER BY p.number, o.code)"_s),
            u"DW001|Treated effluent|water|main|26.0745|119.2965|-|-|Min River|-;"
            u"DA001|1# boiler stack|air|main|22.5131|113.902|180.0|organised|atmosphere|-;"
            u"DA002|Coal yard dust collector|air|general|22.514|113.9005|15.0|-|-|-;"
            u"DW001|Total outfall|water|main|22.511|113.903|-|intermittent|"
            u"Nanshan municipal sewage plant|-"_s);
        // Units are stored by their canonical symbol (mg/Nm³ → mg/Nm3, pg TEQ/L → pg/L).
        QCOMPARE(scalar(*db,
                     u"SELECT group_concat(x, ';') FROM (SELECT o.code || '|' || pollutant || '|'"
                     u" || ifnull(max_value, '-') || '|' || ifnull(min_value, '-') || '|' || unit"
                     u" || '|' || ifnull(reference_o2_pct, '-') || '|' || basis || '|' ||"
                     u" ifnull(rate_limit_kg_h, '-') || '|' || ifnull(annual_t, '-') || '|' ||"
                     u" ifnull(standard, '-') AS x FROM emission_limit l JOIN outlet o ON"
                     u" o.id = l.outlet_id JOIN permit p ON p.id = o.permit_id"
                     u" ORDER BY p.number, o.code, pollutant)"_s),
            u"DW001|COD|80.0|-|mg/L|-|daily|-|12.5|-;"
            u"DW001|DIOXIN|30.0|-|pg/L|-|annual|-|-|-;"
            u"DA001|NOX|50.0|-|mg/Nm3|6.0|hourly|120.0|-|GB 13223-2011;"
            u"DA001|SO2|35.0|-|mg/Nm3|6.0|hourly|-|420.5|GB 13223-2011;"
            u"DA002|PM|10.0|-|mg/m3|-|hourly|-|-|-;"
            u"DW001|COD|90.0|-|mg/L|-|daily|-|-|-;"
            u"DW001|PH|9.0|6.0|pH|-|instant|-|-|-"_s);
        QCOMPARE(scalar(*db,
                     u"SELECT group_concat(x, ';') FROM (SELECT o.code || '|' || pollutant || '|'"
                     u" || mode || '|' || frequency || '|' || method AS x FROM"
                     u" monitoring_requirement m JOIN outlet o ON o.id = m.outlet_id"
                     u" ORDER BY o.code)"_s),
            u"DA001|SO2|automatic|continuous|HJ 57-2017;DW001|COD|manual|monthly|HJ 828-2017"_s);
        // The current document is kept too, canonical (sorted keys, compact).
        const QString document = scalar(*db,
            u"SELECT document FROM permit_revision r JOIN permit p ON p.id = r.permit_id"
            u" WHERE number = '91350100M000100Y43001V' AND superseded_at IS NULL"_s);
        QCOMPARE(QJsonDocument::fromJson(document.toUtf8()).object(), fixtureDocument(1));
        QVERIFY(document.startsWith(u"{\"authority\":"_s));
        QCOMPARE(
            scalar(*db, u"SELECT kind || '|' || file_name || '|' || inserted FROM import_run"_s),
            u"permits|permits.jsonl|21"_s);
    }

    void renewalAppliedOnIsStored()
    {
        auto db = freshStore();
        QTemporaryDir dir;
        QJsonObject applied = fixtureDocument(0);
        applied.insert(u"renewal_applied_on"_s, u"2028-12-01"_s);
        const QString file =
            writeFile(dir, u"permits.jsonl"_s, line(applied) + line(fixtureDocument(1)));
        const ImportReport report = PermitImporter(*db).importFile(file);
        QCOMPARE(issueTexts(report), QStringList());
        QCOMPARE(scalar(*db,
                     u"SELECT group_concat(number || '=' || ifnull(renewal_applied_on, '-'), ';')"
                     u" FROM (SELECT * FROM permit ORDER BY number)"_s),
            u"91350100M000100Y43001V=-;91440300MA5D8G6X2R001P=2028-12-01"_s);
    }

    void reimportChangesNothing()
    {
        auto db = freshStore();
        PermitImporter importer(*db);
        QVERIFY(importer.importFile(fixture(u"permits.jsonl"_s)).ok());
        const QString before = dump(*db);
        const ImportReport again = importer.importFile(fixture(u"permits.jsonl"_s));
        QCOMPARE(issueTexts(again), QStringList());
        QCOMPARE(again.counts(u"permit"_s).unchanged, 2);
        QCOMPARE(again.totals().inserted + again.totals().updated + again.totals().deleted, 0);
        QCOMPARE(again.summary(), u"permits.jsonl: permit 2 unchanged (nothing changed)"_s);
        // Only the audit log grows.
        QCOMPARE(count(*db, u"import_run"_s), 2);
        db->exec(u"DELETE FROM import_run WHERE id = (SELECT max(id) FROM import_run)"_s);
        QCOMPARE(dump(*db), before);
    }

    void higherRevisionUpdatesAndKeepsHistory()
    {
        auto db = freshStore();
        PermitImporter importer(*db);
        QVERIFY(importer.importFile(fixture(u"permits.jsonl"_s)).ok());
        const auto outletId = [&db](const QString &code) {
            return scalar(*db,
                u"SELECT o.id FROM outlet o JOIN permit p ON p.id = o.permit_id WHERE"
                u" p.number = '91440300MA5D8G6X2R001P' AND o.code = '%1'"_s.arg(code));
        };
        const QString da001 = outletId(u"DA001"_s);
        const QString da002 = outletId(u"DA002"_s);
        const QString dw001 = outletId(u"DW001"_s);
        const QString oldHash = scalar(
            *db, u"SELECT content_hash FROM permit WHERE number = '91440300MA5D8G6X2R001P'"_s);

        const ImportReport report = importer.importFile(fixture(u"permits_rev2.jsonl"_s));
        QCOMPARE(issueTexts(report), QStringList());
        QCOMPARE(report.counts(u"permit"_s).updated, 1);
        // The Fujian line differs only in key order and spacing: the same document.
        QCOMPARE(report.counts(u"permit"_s).unchanged, 1);
        QCOMPARE(report.counts(u"enterprise"_s).updated, 1);
        QCOMPARE(report.counts(u"outlet"_s).inserted, 1); // DA003
        QCOMPARE(report.counts(u"outlet"_s).updated, 1); // DA002 removed
        QCOMPARE(report.counts(u"outlet"_s).unchanged, 2); // DA001, DW001
        QCOMPARE(report.counts(u"report_schedule"_s).deleted, 2);
        QCOMPARE(report.counts(u"report_schedule"_s).inserted, 1);

        QCOMPARE(outletId(u"DA001"_s), da001);
        QCOMPARE(outletId(u"DW001"_s), dw001);
        QCOMPARE(outletId(u"DA002"_s), da002);
        QCOMPARE(scalar(*db,
                     u"SELECT ifnull(removed_in_revision, '-') FROM outlet WHERE id = '%1'"_s.arg(
                         da002)),
            u"2"_s);
        QCOMPARE(
            scalar(*db, u"SELECT count(*) FROM emission_limit WHERE outlet_id = '%1'"_s.arg(da002)),
            u"0"_s);
        QCOMPARE(scalar(*db,
                     u"SELECT max_value FROM emission_limit WHERE pollutant = 'SO2' AND"
                     u" outlet_id = '%1'"_s.arg(da001)),
            u"30.0"_s);
        QCOMPARE(scalar(*db,
                     u"SELECT revision || '|' || address FROM permit p JOIN enterprise e ON"
                     u" e.id = p.enterprise_id WHERE number = '91440300MA5D8G6X2R001P'"_s),
            u"2|深圳市南山区月亮湾大道 2 号"_s);
        QCOMPARE(scalar(*db,
                     u"SELECT group_concat(revision || ':' || (superseded_at IS NOT NULL) || ':'"
                     u" || (content_hash = '%1'), ',') FROM (SELECT * FROM permit_revision r"
                     u" JOIN permit p ON p.id = r.permit_id WHERE number ="
                     u" '91440300MA5D8G6X2R001P' ORDER BY revision)"_s.arg(oldHash)),
            u"1:1:1,2:0:0"_s);
        const QString first = scalar(*db,
            u"SELECT document FROM permit_revision WHERE revision = 1 AND permit_id = (SELECT id"
            u" FROM permit WHERE number = '91440300MA5D8G6X2R001P')"_s);
        QCOMPARE(QJsonDocument::fromJson(first.toUtf8()).object(), fixtureDocument(0));

        // Re-importing revision 2 changes nothing; a reappearing outlet gets its id back.
        const QString afterRev2 = dump(*db);
        QVERIFY(importer.importFile(fixture(u"permits_rev2.jsonl"_s)).ok());
        db->exec(u"DELETE FROM import_run WHERE id = (SELECT max(id) FROM import_run)"_s);
        QCOMPARE(dump(*db), afterRev2);

        QTemporaryDir dir;
        QJsonObject rev3 = fixtureDocument(0);
        rev3[u"revision"_s] = 3;
        rev3[u"enterprise"_s] =
            QJsonDocument::fromJson(readFixture(u"permits_rev2.jsonl"_s).split('\n').value(1))
                .object()
                .value(u"enterprise"_s);
        QVERIFY(importer.importFile(writeFile(dir, u"permits.jsonl"_s, line(rev3))).ok());
        QCOMPARE(outletId(u"DA002"_s), da002);
        QCOMPARE(scalar(*db,
                     u"SELECT ifnull(removed_in_revision, '-') FROM outlet WHERE id = '%1'"_s.arg(
                         da002)),
            u"-"_s);
        QCOMPARE(
            scalar(*db,
                u"SELECT count(*) FROM outlet WHERE code = 'DA003' AND removed_in_revision = 3"_s),
            u"1"_s);
    }

    void revisionConflicts()
    {
        auto db = freshStore();
        PermitImporter importer(*db);
        QTemporaryDir dir;
        QJsonObject doc = fixtureDocument(0);
        doc[u"revision"_s] = 2;
        QVERIFY(importer.importFile(writeFile(dir, u"p.jsonl"_s, line(doc))).ok());
        const QString before = dump(*db);

        QJsonObject older = fixtureDocument(0);
        older[u"revision"_s] = 1;
        ImportReport report = importer.importFile(writeFile(dir, u"p.jsonl"_s, line(older)));
        QCOMPARE(issueTexts(report),
            QStringList {u"p.jsonl:1: $.revision: permit 91440300MA5D8G6X2R001P is at revision 2 "
                         u"already; revision 1 is older"_s});

        QJsonObject changed = doc;
        changed[u"authority"_s] = u"广东省生态环境厅"_s;
        report = importer.importFile(writeFile(dir, u"p.jsonl"_s, "\n" + line(changed)));
        QCOMPARE(issueTexts(report),
            QStringList {u"p.jsonl:2: $.revision: permit 91440300MA5D8G6X2R001P revision 2 is "
                         u"already imported with other content; a changed permit needs a higher "
                         u"revision"_s});
        QCOMPARE(report.issues().first().field(), u"revision"_s);
        QCOMPARE(report.issues().first().line, 2);
        QCOMPARE(dump(*db), before);
    }

    void validationErrors_data()
    {
        QTest::addColumn<QString>("path"); // slash-separated; empty: the replacement is the line
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QStringList>("issues"); // after "permits.jsonl:2: "
        const QJsonValue removed(QJsonValue::Undefined);
        const auto row = [](const char *name, const QString &path, const QJsonValue &value,
                             const QStringList &issues) {
            QTest::newRow(name) << path << value << issues;
        };
        row("number missing", u"number"_s, removed, {u"$.number: is required"_s});
        row("number short", u"number"_s, u"91440300MA5D8G6X2R01P"_s,
            {u"$.number: \"91440300MA5D8G6X2R01P\": must be 22 characters (18-character credit "
             u"code + 3-digit site + letter), not 21"_s});
        row("number of another enterprise", u"number"_s, u"91350100M000100Y43002P"_s,
            {u"$.enterprise.uscc: \"91440300MA5D8G6X2R\" is not the credit code the permit "
             u"number starts with (91350100M000100Y43)"_s});
        row("revision 0", u"revision"_s, 0, {u"$.revision: must be an integer ≥ 1, not 0"_s});
        row("revision fraction", u"revision"_s, 1.5,
            {u"$.revision: must be an integer, not 1.5"_s});
        row("revision text", u"revision"_s, u"1"_s,
            {u"$.revision: must be an integer, not a string"_s});
        row("enterprise not object", u"enterprise"_s, u"x"_s,
            {u"$.enterprise: must be an object, not a string"_s});
        row("uscc check character", u"enterprise/uscc"_s, u"91440300MA5D8G6X2A"_s,
            {u"$.enterprise.uscc: \"91440300MA5D8G6X2A\": check character is 'A' but "
             u"GB 32100-2015 gives 'R'"_s,
                u"$.enterprise.uscc: \"91440300MA5D8G6X2A\" is not the credit code the permit "
                u"number starts with (91440300MA5D8G6X2R)"_s});
        row("enterprise name empty", u"enterprise/name"_s, u" "_s,
            {u"$.enterprise.name: must not be empty"_s});
        row("enterprise industry code", u"enterprise/industry_code"_s, u"441"_s,
            {u"$.enterprise.industry_code: \"441\" is not a 4-digit industry code"_s});
        row("enterprise lat", u"enterprise/lat"_s, 91,
            {u"$.enterprise.lat: 91 is outside -90…90 degrees"_s});
        row("enterprise unknown field", u"enterprise/phone"_s, u"123"_s,
            {u"$.enterprise.phone: unknown field"_s});
        row("issued_on not a day", u"issued_on"_s, u"2024-02-30"_s,
            {u"$.issued_on: \"2024-02-30\" is not a date YYYY-MM-DD"_s});
        row("valid_from short form", u"valid_from"_s, u"2024-3-1"_s,
            {u"$.valid_from: \"2024-3-1\" is not a date YYYY-MM-DD"_s});
        row("valid_to before valid_from", u"valid_to"_s, u"2023-01-01"_s,
            {u"$.valid_to: 2023-01-01 is not after valid_from 2024-03-01"_s});
        row("authority missing", u"authority"_s, removed, {u"$.authority: is required"_s});
        row("industry code", u"industry_code"_s, u"44A1"_s,
            {u"$.industry_code: \"44A1\" is not a 4-digit industry code"_s});
        row("management", u"management"_s, u"full"_s,
            {u"$.management: must be `key`, `simplified` or `registration`, not \"full\""_s});
        row("unknown root field", u"colour"_s, u"red"_s, {u"$.colour: unknown field"_s});
        row("schedule kind", u"report_schedule/0/kind"_s, u"weekly"_s,
            {u"$.report_schedule[0].kind: must be `annual`, `semiannual`, `quarterly` or "
             u"`monthly`, not \"weekly\""_s});
        row("schedule due day", u"report_schedule/1/due_day"_s, 32,
            {u"$.report_schedule[1].due_day: must be 1–31, not 32"_s});
        row("schedule offset", u"report_schedule/0/due_month_offset"_s, 13,
            {u"$.report_schedule[0].due_month_offset: must be 0–12, not 13"_s});
        row("schedule twice", u"report_schedule/1/kind"_s, u"annual"_s,
            {u"$.report_schedule[1].kind: a second `annual` report schedule"_s});
        row("outlets missing", u"outlets"_s, removed, {u"$.outlets: is required"_s});
        row("outlets not array", u"outlets"_s, QJsonObject(),
            {u"$.outlets: must be an array, not an object"_s});
        row("outlet not object", u"outlets/1"_s, 5, {u"$.outlets[1]: must be an object"_s});
        row("outlet code shape", u"outlets/0/code"_s, u"DA01"_s,
            {u"$.outlets[0].code: \"DA01\": must be D + A (air) or W (water) + 3 digits, like "
             u"DA001"_s});
        row("outlet code medium", u"outlets/0/code"_s, u"DW009"_s,
            {u"$.outlets[0].code: \"DW009\": an air outlet's code starts with DA"_s});
        row("outlet code twice", u"outlets/1/code"_s, u"DA001"_s,
            {u"$.outlets[1].code: outlet DA001 appears twice in this permit"_s});
        row("outlet medium", u"outlets/0/medium"_s, u"gas"_s,
            {u"$.outlets[0].medium: must be `air` or `water`, not \"gas\""_s});
        row("outlet category", u"outlets/2/category"_s, u"minor"_s,
            {u"$.outlets[2].category: must be `main` or `general`, not \"minor\""_s});
        row("outlet lat missing", u"outlets/0/lat"_s, removed,
            {u"$.outlets[0].lat: is required"_s});
        row("outlet lon", u"outlets/0/lon"_s, 200,
            {u"$.outlets[0].lon: 200 is outside -180…180 degrees"_s});
        row("outlet height", u"outlets/0/height_m"_s, 0,
            {u"$.outlets[0].height_m: must be > 0, not 0"_s});
        row("limit pollutant", u"outlets/0/limits/0/pollutant"_s, u"XYZ"_s,
            {u"$.outlets[0].limits[0].pollutant: unknown pollutant \"XYZ\""_s});
        row("limit pollutant medium", u"outlets/2/limits/1/pollutant"_s, u"SO2"_s,
            {u"$.outlets[2].limits[1].pollutant: SO2 is an air pollutant and this is a water "
             u"outlet"_s,
                u"$.outlets[2].limits[1].unit: \"mg/L\" (mass concentration in water) does not "
                u"convert to mg/Nm3 (mass concentration in gas), the unit of SO2"_s});
        row("limit unit unknown", u"outlets/0/limits/0/unit"_s, u"mg/Nm4"_s,
            {u"$.outlets[0].limits[0].unit: unknown unit \"mg/Nm4\""_s});
        row("limit unit dimension", u"outlets/0/limits/1/unit"_s, u"kg/h"_s,
            {u"$.outlets[0].limits[1].unit: \"kg/h\" (mass rate) does not convert to mg/Nm3 "
             u"(mass concentration in gas), the unit of NOX"_s});
        row("limit max negative", u"outlets/0/limits/0/max"_s, -1,
            {u"$.outlets[0].limits[0].max: must be > 0, not -1"_s});
        row("limit min negative", u"outlets/2/limits/0/min"_s, -1,
            {u"$.outlets[2].limits[0].min: must be ≥ 0, not -1"_s});
        row("limit min above max", u"outlets/2/limits/0/min"_s, 9,
            {u"$.outlets[2].limits[0].min: min 9 must be below max 9"_s});
        row("limit without value", u"outlets/1/limits/0/max"_s, removed,
            {u"$.outlets[1].limits[0]: needs at least one of max, min, annual_t"_s});
        row("limit o2 range", u"outlets/0/limits/0/reference_o2_pct"_s, 21,
            {u"$.outlets[0].limits[0].reference_o2_pct: must be 0 ≤ x < 21, not 21"_s});
        row("limit o2 on water", u"outlets/2/limits/1/reference_o2_pct"_s, 6,
            {u"$.outlets[2].limits[1].reference_o2_pct: applies to air outlets only"_s});
        row("limit basis", u"outlets/0/limits/0/basis"_s, u"weekly"_s,
            {u"$.outlets[0].limits[0].basis: must be `instant`, `hourly`, `daily`, `monthly`, "
             u"`daily_max` or `annual`, not \"weekly\""_s});
        row("limit basis twice", u"outlets/0/limits/1/pollutant"_s, u"SO2"_s,
            {u"$.outlets[0].limits[1].basis: a second SO2 limit on basis `hourly` for this "
             u"outlet"_s});
        row("limit annual", u"outlets/0/limits/0/annual_t"_s, 0,
            {u"$.outlets[0].limits[0].annual_t: must be > 0, not 0"_s});
        row("limit rate", u"outlets/0/limits/1/rate_limit_kg_h"_s, -2,
            {u"$.outlets[0].limits[1].rate_limit_kg_h: must be > 0, not -2"_s});
        row("limit unknown field", u"outlets/0/limits/0/colour"_s, u"red"_s,
            {u"$.outlets[0].limits[0].colour: unknown field"_s});
        row("monitoring pollutant", u"outlets/0/monitoring/0/pollutant"_s, u"SOx"_s,
            {u"$.outlets[0].monitoring[0].pollutant: unknown pollutant \"SOx\""_s});
        row("monitoring mode", u"outlets/0/monitoring/0/mode"_s, u"sometimes"_s,
            {u"$.outlets[0].monitoring[0].mode: must be `automatic` or `manual`, not "
             u"\"sometimes\""_s});
        row("monitoring frequency", u"outlets/2/monitoring/0/frequency"_s, u"hourly"_s,
            {u"$.outlets[2].monitoring[0].frequency: must be `continuous`, `daily`, `weekly`, "
             u"`monthly`, `quarterly`, `semiannual` or `annual`, not \"hourly\""_s});
        row("manual continuous", u"outlets/0/monitoring/0/mode"_s, u"manual"_s,
            {u"$.outlets[0].monitoring[0].frequency: `continuous` needs mode `automatic`"_s});
        // Text rules (docs/formats.md, "Text"): lengths, controls, bidirectional characters.
        row("capacity too long", u"capacity"_s, QString(501, u'x'),
            {u"$.capacity: too long (501 > 500)"_s});
        row("enterprise name too long", u"enterprise/name"_s, QString(201, u'名'),
            {u"$.enterprise.name: too long (201 > 200)"_s});
        row("address too long", u"enterprise/address"_s, QString(301, u'路'),
            {u"$.enterprise.address: too long (301 > 300)"_s});
        row("standard too long", u"outlets/0/limits/0/standard"_s, QString(101, u'G'),
            {u"$.outlets[0].limits[0].standard: too long (101 > 100)"_s});
        row("enterprise name with ESC", u"enterprise/name"_s, u"Name\x1b[2J"_s,
            {u"$.enterprise.name: contains the control character U+001B at character 5"_s});
        row("authority with RLO", u"authority"_s, u"\u202E局境环态生市圳深"_s,
            {u"$.authority: contains the bidirectional control U+202E at character 1"_s});
        row("outlet name with a line break", u"outlets/1/name"_s, u"Coal yard\ndust"_s,
            {u"$.outlets[1].name: contains a line break at character 10 (the field is one "
             u"line)"_s});
        row("number with NUL", u"number"_s, u"91440300MA5D8G6X2R001P"_s + QChar(0),
            {u"$.number: contains the control character U+0000 at character 23"_s});
        row("renewal date malformed", u"renewal_applied_on"_s, u"2028-13-01"_s,
            {u"$.renewal_applied_on: \"2028-13-01\" is not a date YYYY-MM-DD"_s});
        row("renewal date not text", u"renewal_applied_on"_s, 20281201,
            {u"$.renewal_applied_on: must be a string, not a number"_s});
        row("renewal after expiry", u"renewal_applied_on"_s, u"2029-03-01"_s,
            {u"$.renewal_applied_on: 2029-03-01 is after valid_to 2029-02-28 (an application "
             u"after expiry is a new permit, not a renewal)"_s});
        row("management too long", u"management"_s, QString(33, u'k'),
            {u"$.management: too long (33 > 32)"_s});
        row("unknown field with a control character", u"col\u0000our"_s, u"red"_s,
            {u"$.\"col\\u0000our\": unknown field"_s});
    }
    void validationErrors()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QStringList, issues);
        const QJsonObject bad = withValue(fixtureDocument(0), path.split(u'/'), value).toObject();
        auto db = freshStore();
        QTemporaryDir dir;
        const QString file =
            writeFile(dir, u"permits.jsonl"_s, line(fixtureDocument(1)) + line(bad));
        const ImportReport report = PermitImporter(*db).importFile(file);
        QStringList expected;
        for (const QString &issue : issues)
            expected << u"permits.jsonl:2: "_s + issue;
        QCOMPARE(issueTexts(report), expected);
        // The valid first line was rolled back with the rest.
        QCOMPARE(count(*db, u"permit"_s), 0);
        QCOMPARE(count(*db, u"import_run"_s), 0);
    }

    void malformedLines()
    {
        auto db = freshStore();
        QTemporaryDir dir;
        const QString file = writeFile(dir, u"permits.jsonl"_s,
            "\xEF\xBB\xBF" + line(fixtureDocument(1)) + "{\"number\": \n[1, 2]\n   \r\n\"text\"\n");
        const ImportReport report = PermitImporter(*db).importFile(file);
        QCOMPARE(issueTexts(report),
            (QStringList {
                u"permits.jsonl:2: $: invalid JSON at character 12: unterminated object"_s,
                u"permits.jsonl:3: $: must be a JSON object (one permit a line)"_s,
                u"permits.jsonl:5: $: must be a JSON object (one permit a line)"_s,
            }));
        QCOMPARE(count(*db, u"permit"_s), 0);
    }

    void missingFile()
    {
        auto db = freshStore();
        const ImportReport report = PermitImporter(*db).importFile(u"/nonexistent/p.jsonl"_s);
        QCOMPARE(
            issueTexts(report), QStringList {u"p.jsonl: cannot open: No such file or directory"_s});
    }

    void enterpriseDescribedTwoWays()
    {
        auto db = freshStore();
        QTemporaryDir dir;
        QJsonObject second = fixtureDocument(0);
        second[u"number"_s] = u"91440300MA5D8G6X2R002P"_s;
        second = withValue(second, {u"enterprise"_s, u"name"_s}, u"Other name"_s).toObject();
        const ImportReport report = PermitImporter(*db).importFile(
            writeFile(dir, u"permits.jsonl"_s, line(fixtureDocument(0)) + line(second)));
        QCOMPARE(issueTexts(report),
            QStringList {u"permits.jsonl:2: $.enterprise: enterprise 91440300MA5D8G6X2R differs "
                         u"from the one on line 1; a file must describe an enterprise one way"_s});
    }

    // The second description is checked against the first line's, which the store holds,
    // even when that line changed nothing (the enterprise was imported before, alike): a
    // third line like the first is fine.
    void enterpriseDescribedTwoWaysAfterAnEarlierImport()
    {
        auto db = freshStore();
        QTemporaryDir dir;
        QVERIFY(PermitImporter(*db)
                    .importFile(writeFile(dir, u"first.jsonl"_s, line(fixtureDocument(0))))
                    .ok());
        QJsonObject same = fixtureDocument(0);
        same[u"number"_s] = u"91440300MA5D8G6X2R002P"_s;
        QJsonObject other =
            withValue(same, {u"enterprise"_s, u"address"_s}, u"Elsewhere"_s).toObject();
        other[u"number"_s] = u"91440300MA5D8G6X2R003P"_s;
        QJsonObject sameAgain = same;
        sameAgain[u"number"_s] = u"91440300MA5D8G6X2R004P"_s;
        const ImportReport report = PermitImporter(*db).importFile(
            writeFile(dir, u"permits.jsonl"_s, line(same) + line(other) + line(sameAgain)));
        QCOMPARE(issueTexts(report),
            QStringList {u"permits.jsonl:2: $.enterprise: enterprise 91440300MA5D8G6X2R differs "
                         u"from the one on line 1; a file must describe an enterprise one way"_s});
        QCOMPARE(count(*db, u"permit"_s), 1); // all or nothing: the file is refused
    }

    void allOrNothingKeepsTheStoreByteForByte()
    {
        auto db = freshStore();
        PermitImporter importer(*db);
        QVERIFY(importer.importFile(fixture(u"permits.jsonl"_s)).ok());
        const QString before = dump(*db);
        // A file whose first line is a valid new revision and whose second is broken.
        QJsonObject rev2 = fixtureDocument(0);
        rev2[u"revision"_s] = 2;
        rev2[u"capacity"_s] = u"3 × 300 MW"_s;
        QJsonObject bad = fixtureDocument(1);
        bad = withValue(bad, {u"outlets"_s, u"0"_s, u"limits"_s, u"0"_s, u"unit"_s}, u"mg/Nm4"_s)
                  .toObject();
        QTemporaryDir dir;
        const ImportReport report =
            importer.importFile(writeFile(dir, u"permits.jsonl"_s, line(rev2) + line(bad)));
        QCOMPARE(issueTexts(report),
            QStringList {u"permits.jsonl:2: $.outlets[0].limits[0].unit: unknown unit "
                         u"\"mg/Nm4\""_s});
        QCOMPARE(report.summary(), u"permits.jsonl: 1 error(s), nothing imported"_s);
        QCOMPARE(dump(*db), before);
    }

    // Issue 8, defect 1: a 50 MB capacity imported, and every device's sync failed from then on.
    void hugeCapacityIsRefusedAndNothingIsStored()
    {
        auto db = freshStore();
        PermitImporter importer(*db);
        QVERIFY(importer.importFile(fixture(u"permits.jsonl"_s)).ok());
        const QString before = dump(*db);
        QJsonObject doc = fixtureDocument(0);
        doc[u"revision"_s] = 2;
        doc[u"capacity"_s] = u"CAPACITY"_s;
        const QByteArray huge = line(doc).replace("CAPACITY", QByteArray(50'000'000, 'M'));
        QTemporaryDir dir;
        const ImportReport report = importer.importFile(
            writeFile(dir, u"permits.jsonl"_s, line(fixtureDocument(1)) + huge));
        QCOMPARE(issueTexts(report),
            QStringList {u"permits.jsonl:2: $.capacity: too long (50000000 > 500)"_s});
        QCOMPARE(dump(*db), before);
    }

    // Issue 8, defect 7: the last of two equal keys won, silently.
    void duplicateKeysAreErrors()
    {
        auto db = freshStore();
        QTemporaryDir dir;
        const QByteArray valid = line(fixtureDocument(1));
        QByteArray twoAuthorities = line(fixtureDocument(0));
        twoAuthorities.replace(
            "{\"authority\":", "{\"authority\":\"广东省生态环境厅\",\"authority\":");
        QByteArray twoNumbers = line(fixtureDocument(0));
        twoNumbers.replace("\"number\":", "\"number\":\"91440300MA5D8G6X2R009P\",\"number\":");
        QByteArray twoNames = line(fixtureDocument(0));
        twoNames.replace("\"name\":\"深圳", "\"name\":\"x\",\"name\":\"深圳");
        QVERIFY(twoAuthorities.count("\"authority\"") == 2 && twoNumbers.count("\"number\"") == 2
            && twoNames.count("\"name\"") == 5);
        const ImportReport report = PermitImporter(*db).importFile(writeFile(
            dir, u"permits.jsonl"_s, valid + twoAuthorities + twoNumbers + "\n" + twoNames));
        QCOMPARE(issueTexts(report),
            (QStringList {u"permits.jsonl:2: $.authority: key appears twice in the object"_s,
                u"permits.jsonl:3: $.number: key appears twice in the object"_s,
                u"permits.jsonl:5: $.enterprise.name: key appears twice in the object"_s}));
        QCOMPARE(count(*db, u"permit"_s), 0);
    }

    // Issue 8, defect 8: a raw NUL inside a JSON string (invalid JSON) was accepted.
    void rawControlCharactersAreInvalidJson()
    {
        auto db = freshStore();
        QTemporaryDir dir;
        QByteArray nul = line(fixtureDocument(1));
        nul.replace("福州市生态环境局", QByteArray("福州市\0HIDDEN", 16));
        const qsizetype at = nul.indexOf('\0');
        const qsizetype character = QString::fromUtf8(nul.left(at)).size() + 1;
        const ImportReport report =
            PermitImporter(*db).importFile(writeFile(dir, u"permits.jsonl"_s, nul));
        QCOMPARE(issueTexts(report),
            QStringList {
                u"permits.jsonl:1: $: invalid JSON at character %1: raw control "
                u"character U+0000 inside a string (JSON needs it escaped)"_s.arg(character)});
        QCOMPARE(count(*db, u"permit"_s), 0);
    }

    void issuesStopAtOneHundred()
    {
        auto db = freshStore();
        QTemporaryDir dir;
        QByteArray lines;
        for (int i = 0; i < 150; ++i)
            lines += "{}\n";
        const ImportReport report =
            PermitImporter(*db).importFile(writeFile(dir, u"permits.jsonl"_s, lines));
        QCOMPARE(report.issues().size(), ImportReport::kMaxIssues);
        QCOMPARE(report.issues().first().toString(), u"permits.jsonl:1: $.number: is required"_s);
    }
};

QTEST_GUILESS_MAIN(TestPermitImport)
#include "tst_permitimport.moc"
