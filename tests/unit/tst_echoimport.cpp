// The ECHO import (docs/echo.md): both formats of the real files in ../shared/data/echo, the
// \r\r\n line ends, idempotence over overlapping files, repeated rows, every kind of bad row
// (file:line: column: message, nothing stored), the NPDES snapshot loader and the command line.
#include "importer/crcrlffilter.h"
#include "importer/echoimporter.h"
#include "importtesthelpers.h"
#include "servertesthelpers.h"
#include "store/database.h"
#include "store/npdessnapshotloader.h"

#include <QBuffer>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace outfall;
using namespace importtest;
using importer::EchoImporter;
using importer::ImportReport;

namespace {

const QString kEchoDir = QStringLiteral(OUTFALL_ECHO_DATA_DIR);

QString echoFile(const QString &name)
{
    return kEchoDir + (name.startsWith(u"TX0") ? u"/effluent-charts/"_s : u"/dmr-fy2026/"_s) + name;
}

// The header and one data row of a real file (lines as published, line ends included).
QList<QByteArray> lines(const QString &name, int count)
{
    QFile file(echoFile(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    QList<QByteArray> result;
    while (result.size() < count && !file.atEnd())
        result << file.readLine();
    return result;
}

// The raw fields of a CSV line (quotes kept), split at the commas outside quotes.
QList<QByteArray> rawFields(const QByteArray &line)
{
    QList<QByteArray> fields {QByteArray()};
    bool quoted = false;
    for (const char c : line) {
        if (c == '"')
            quoted = !quoted;
        if (c == ',' && !quoted)
            fields.append(QByteArray());
        else
            fields.back() += c;
    }
    return fields;
}

// A CSV line with field `index` (0-based) replaced by `value` as written.
QByteArray withField(QByteArray line, int index, const QByteArray &value)
{
    QByteArray ending;
    while (line.endsWith('\n') || line.endsWith('\r')) {
        ending.prepend(line.back());
        line.chop(1);
    }
    QList<QByteArray> fields = rawFields(line);
    fields[index] = value;
    return fields.join(',') + ending;
}

int column(const QByteArray &header, const QByteArray &name)
{
    return int(rawFields(header.trimmed()).indexOf(name));
}

QString contentOf(store::Database &db)
{
    return scalar(db,
        u"SELECT group_concat(x, ';') FROM (SELECT echo_dmr_value_id || '|' ||"
        u" ifnull(dmr_value, '-') || '|' || nodi_code || '|' || echo_violation_codes || '|' ||"
        u" ifnull(received_on, '-') AS x FROM npdes_dmr_value ORDER BY echo_dmr_value_id)"_s);
}

QByteArray filtered(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer source(&copy);
    source.open(QIODevice::ReadOnly);
    importer::CrCrLfFilter filter(source);
    filter.open(QIODevice::ReadOnly);
    return filter.readAll();
}

} // namespace

class TestEchoImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDir(kEchoDir).exists())
            QSKIP(qPrintable(u"no ECHO data at %1 (../shared/data/echo)"_s.arg(kEchoDir)));
    }

    void crCrLfBecomesCrLfAcrossChunks()
    {
        // "\r\r\n" straddling the filter's 64 KiB reads, a lone CR kept, a CR at the end kept.
        for (const int pad : {65534, 65535, 65536}) {
            const QByteArray in = QByteArray(pad, 'a') + "\r\r\nb\rc\r\r\r\nd\r";
            QCOMPARE(filtered(in), QByteArray(pad, 'a') + "\r\nb\rc\r\r\nd\r");
        }
        QCOMPARE(filtered("x\r\n\r\r\n"), QByteArray("x\r\n\r\n"));
    }

    void effluentChartWithCrCrLfLineEnds()
    {
        auto db = freshStore();
        const ImportReport report =
            EchoImporter(*db).importFile(echoFile(u"TX0119407_2015-2018.csv"_s));
        QCOMPARE(issueTexts(report), QStringList());
        // 880 rows, one DMR value twice (two violations).
        QCOMPARE(report.summary(),
            u"TX0119407_2015-2018.csv: npdes_permit 1 inserted; npdes_dmr_value 879 inserted"_s);
        QCOMPARE(scalar(*db,
                     u"SELECT outfall || '|' || parameter_code || '|' || statistical_base || '|'"
                     u" || statistical_base_type || '|' || limit_type || '|' || limit_qualifier ||"
                     u" '|' || limit_value || '|' || limit_unit || '|' || dmr_qualifier || '|' ||"
                     u" dmr_value || '|' || period_end || '|' || received_on || '|' ||"
                     u" echo_violation_codes FROM npdes_dmr_value"
                     u" WHERE echo_dmr_value_id = '3614856990'"_s),
            u"001|00300|MO|MIN|ENF|>=|4.0|mg/L|=|5.21|2015-10-31|2015-11-20|"_s);
        // The last column is read whole: no carriage return left in it.
        QCOMPARE(scalar(*db,
                     u"SELECT group_concat(DISTINCT echo_violation_codes) FROM npdes_dmr_value"
                     u" WHERE echo_violation_codes <> ''"_s)
                     .split(u',')
                     .filter(u"\r"_s),
            QStringList());
        QCOMPARE(scalar(*db,
                     u"SELECT echo_violation_codes FROM npdes_dmr_value"
                     u" WHERE echo_dmr_value_id = '3637452689'"_s),
            u"E90"_s);
        QCOMPARE(scalar(*db, u"SELECT kind || '|' || inserted FROM import_run"_s), u"echo|880"_s);
    }

    void bulkDmrRowsOfManyPermits()
    {
        auto db = freshStore();
        const ImportReport report =
            EchoImporter(*db).importFile(echoFile(u"wy_npdes_dmr_fy2026_exceedances.csv"_s));
        QCOMPARE(issueTexts(report), QStringList());
        QCOMPARE(count(*db, u"npdes_permit"_s), 54);
        QCOMPARE(count(*db, u"npdes_dmr_value"_s), 150); // 312 rows, many repeated
        QCOMPARE(scalar(*db,
                     u"SELECT p.npdes_id || '|' || parameter_code || '|' || dmr_value || '|' ||"
                     u" dmr_unit || '|' || echo_exceedance_pct || '|' || echo_violation_codes"
                     u" FROM npdes_dmr_value v JOIN npdes_permit p ON p.id = v.permit_id"
                     u" WHERE echo_dmr_value_id = '3863006880'"_s),
            u"WY0025887|11503|24.3|pCi/L|386.0|E90"_s);
    }

    void repeatedValueOfOneFileMergesItsViolations()
    {
        QTemporaryDir dir;
        const auto tx = lines(u"tx_npdes_dmr_fy2026_exceedances.csv"_s, 843);
        const QString path = writeFile(dir, u"two.csv"_s, tx[0] + tx[840] + tx[841]);
        auto db = freshStore();
        const ImportReport report = EchoImporter(*db).importFile(path);
        QCOMPARE(issueTexts(report), QStringList());
        QCOMPARE(
            report.summary(), u"two.csv: npdes_permit 1 inserted; npdes_dmr_value 1 inserted"_s);
        QCOMPARE(scalar(*db, u"SELECT echo_violation_codes FROM npdes_dmr_value"_s), u"D90,E90"_s);
    }

    void reimportChangesNothing()
    {
        auto db = freshStore();
        EchoImporter importer(*db);
        QVERIFY(importer.importFile(echoFile(u"TX0062677_2021-2024.csv"_s)).ok());
        const QString before = dump(*db);
        const ImportReport again = importer.importFile(echoFile(u"TX0062677_2021-2024.csv"_s));
        QCOMPARE(issueTexts(again), QStringList());
        QCOMPARE(again.totals().inserted + again.totals().updated, 0);
        QVERIFY(again.summary().endsWith(u"(nothing changed)"_s));
        db->exec(u"DELETE FROM import_run WHERE id = (SELECT max(id) FROM import_run)"_s);
        QCOMPARE(dump(*db), before);
    }

    // Two files of one permit share 604 values; the 2016-2019 file revises 29 of them (a NODI
    // replaced by values received a year later). Either order stores the same.
    void overlappingFilesStoreEachValueOnceInEitherOrder()
    {
        const QString older = echoFile(u"TX0119407_2015-2018.csv"_s);
        const QString newer = echoFile(u"TX0119407_2016-2019.csv"_s);
        auto a = freshStore();
        QVERIFY(EchoImporter(*a).importFile(older).ok());
        const ImportReport second = EchoImporter(*a).importFile(newer);
        QCOMPARE(issueTexts(second), QStringList());
        auto b = freshStore();
        QVERIFY(EchoImporter(*b).importFile(newer).ok());
        QVERIFY(EchoImporter(*b).importFile(older).ok());
        QCOMPARE(count(*a, u"npdes_dmr_value"_s), 1136);
        QCOMPARE(contentOf(*a), contentOf(*b));
        QCOMPARE(count(*a, u"npdes_permit"_s), 1);
        // The revised value: NODI 9 in the older file, 1.32 received 2019-08-13 in the newer.
        QCOMPARE(scalar(*a,
                     u"SELECT dmr_value || '|' || nodi_code || '|' || received_on FROM"
                     u" npdes_dmr_value WHERE limit_value IS NOT NULL AND period_end ="
                     u" '2018-07-31' AND echo_violation_codes = 'D90' AND dmr_value = 1.32"_s),
            u"1.32||2019-08-13"_s);
        QVERIFY(second.counts(u"npdes_dmr_value"_s).updated > 0);
        // And again: nothing changes.
        const ImportReport third = EchoImporter(*a).importFile(older);
        QCOMPARE(third.totals().inserted + third.totals().updated, 0);
    }

    void badRowsNameFileLineAndColumnAndStoreNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("columnName");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("issue");
        const QString chart = u"TX0062677_2021-2024.csv"_s;
        const QString bulk = u"wy_npdes_dmr_fy2026_exceedances.csv"_s;
        QTest::newRow("value not a number")
            << chart << QByteArray("dmr_value_nmbr") << QByteArray("8x2")
            << u"bad.csv:3: dmr_value_nmbr: \"8x2\" is not a number"_s;
        QTest::newRow("permit id")
            << chart << QByteArray("npdes_id") << QByteArray("\"TX12\"")
            << u"bad.csv:3: npdes_id: \"TX12\" is not an NPDES permit id (2 letters of the "
               u"state, 7 letters or digits)"_s;
        QTest::newRow("ISO date where ECHO writes MM/DD/YYYY")
            << chart << QByteArray("monitoring_period_end_date") << QByteArray("2021-01-31")
            << u"bad.csv:3: monitoring_period_end_date: \"2021-01-31\" is not a date "
               u"MM/DD/YYYY"_s;
        QTest::newRow("statistical base type")
            << chart << QByteArray("statistical_base_type_code") << QByteArray("\"MED\"")
            << u"bad.csv:3: statistical_base_type_code: must be `MIN`, `AVG`, `MAX` or `TTL`, "
               u"not \"MED\""_s;
        QTest::newRow("NODI code with a value")
            << chart << QByteArray("nodi_code") << QByteArray("\"C\"")
            << u"bad.csv:3: nodi_code: \"C\" given with the value 83: a NODI code means no "
               u"value"_s;
        QTest::newRow("value qualifier")
            << chart << QByteArray("dmr_value_qualifier_code") << QByteArray("\"~\"")
            << u"bad.csv:3: dmr_value_qualifier_code: must be `(empty)`, `=`, `<`, `<=`, `>`, "
               u"`>=`, `E` or `T`, not \"~\""_s;
        QTest::newRow("bulk: negative exceedance")
            << bulk << QByteArray("EXCEEDENCE_PCT") << QByteArray("-5")
            << u"bad.csv:3: EXCEEDENCE_PCT: is negative"_s;
        QTest::newRow("bulk: limit type")
            << bulk << QByteArray("LIMIT_TYPE_CODE") << QByteArray("XYZ")
            << u"bad.csv:3: LIMIT_TYPE_CODE: must be `ENF` or `ALR`, not \"XYZ\""_s;
        QTest::newRow("bulk: DMR value id")
            << bulk << QByteArray("DMR_VALUE_ID") << QByteArray("")
            << u"bad.csv:3: DMR_VALUE_ID: is required (ECHO's DMR value id (digits))"_s;
    }

    void badRowsNameFileLineAndColumnAndStoreNothing()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, columnName);
        QFETCH(QByteArray, value);
        QFETCH(QString, issue);
        const auto real = lines(file, 3);
        const int index = column(real[0], columnName);
        QVERIFY(index >= 0);
        QTemporaryDir dir;
        // A good row first: it must not be stored either.
        const QString path =
            writeFile(dir, u"bad.csv"_s, real[0] + real[1] + withField(real[2], index, value));
        auto db = freshStore();
        const QString before = dump(*db);
        const ImportReport report = EchoImporter(*db).importFile(path);
        QCOMPARE(issueTexts(report), QStringList {issue});
        QCOMPARE(dump(*db), before);
    }

    void fileLevelProblems()
    {
        QTemporaryDir dir;
        const auto chart = lines(u"TX0062677_2021-2024.csv"_s, 3);
        auto db = freshStore();
        const QString before = dump(*db);
        // An unknown column (a Chinese reports header is not an ECHO file).
        QString path = writeFile(dir, u"reports.csv"_s, "record,permit,period\nsample,X,2025\n");
        QStringList issues = issueTexts(EchoImporter(*db).importFile(path));
        QVERIFY2(issues.value(0).startsWith(u"reports.csv:1: record: unknown column; the columns"
                                            u" are `activity_id`, `npdes_id`"_s),
            qPrintable(issues.join(u'\n')));
        QVERIFY(issues.contains(u"reports.csv:1: npdes_id: required column is missing"_s));
        // A row short of fields.
        path = writeFile(dir, u"short.csv"_s, chart[0] + "1,2,3\n");
        QCOMPARE(issueTexts(EchoImporter(*db).importFile(path)),
            QStringList {u"short.csv:2: the row has 3 fields but the header has 65"_s});
        // One value twice in a file with different fields.
        const int valueColumn = column(chart[0], "dmr_value_nmbr");
        path = writeFile(
            dir, u"twice.csv"_s, chart[0] + chart[1] + withField(chart[1], valueColumn, "83"));
        QCOMPARE(issueTexts(EchoImporter(*db).importFile(path)),
            QStringList {u"twice.csv:3: dmr_value_id: the same DMR value (3732988572) as line 2"
                         u" with other fields; a file holds one state of a value"_s});
        // Only a header.
        path = writeFile(dir, u"empty.csv"_s, chart[0]);
        QCOMPARE(issueTexts(EchoImporter(*db).importFile(path)),
            QStringList {u"empty.csv: the file has no records"_s});
        QCOMPARE(dump(*db), before);
    }

    // A long file says how far it is as it reads (a national bulk file runs to millions of
    // rows): the rows stored so far grow with the bytes read, up to the whole file.
    void progressOnLongFiles()
    {
        const auto chart = lines(u"TX0062677_2021-2024.csv"_s, 2);
        const int idColumn = column(chart[0], "dmr_value_id");
        QByteArray content = chart[0];
        for (int i = 0; i < 20'005; ++i)
            content += withField(chart[1], idColumn, QByteArray::number(1'000'000 + i));
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"long.csv"_s, content);
        auto db = freshStore();
        QList<importer::ImportRun::Progress> reported;
        QVERIFY(EchoImporter(*db)
                    .importFile(path,
                        [&reported](const importer::ImportRun::Progress &p) { reported << p; })
                    .ok());
        QVERIFY(reported.size() > 10);
        const auto halfway = std::find_if(reported.cbegin(), reported.cend(),
            [&](const auto &p) { return p.bytesRead >= content.size() / 2; });
        QVERIFY(halfway != reported.cend());
        QVERIFY2(halfway->rows > 5'000 && halfway->rows < 15'000,
            qPrintable(QString::number(halfway->rows)));
        QCOMPARE(reported.last().bytesRead, content.size());
        QVERIFY(reported.last().rows >= 20'005);
        QCOMPARE(count(*db, u"npdes_dmr_value"_s), 20'005);
    }

    void loaderFillsTheNpdesSnapshot()
    {
        auto db = freshStore();
        QVERIFY(EchoImporter(*db).importFile(echoFile(u"TX0124362_2021-2024_flow.csv"_s)).ok());
        const QStringList ids = store::NpdesSnapshotLoader::permitIds(*db);
        QCOMPARE(ids.size(), 1);
        const auto snapshot = store::NpdesSnapshotLoader::load(*db, ids[0]);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->jurisdiction, u"us_npdes"_s);
        QCOMPARE(snapshot->permitNumber, u"TX0124362"_s);
        QCOMPARE(snapshot->permitId, ids[0]);
        QCOMPARE(snapshot->dmrValues.size(), count(*db, u"npdes_dmr_value"_s));
        const auto &first = snapshot->dmrValues.first();
        QCOMPARE(first.outfall, u"001"_s);
        QCOMPARE(first.parameterCode, u"50050"_s);
        QCOMPARE(first.periodEnd, QDate(2021, 1, 31));
        int nodi = 0;
        for (const auto &value : snapshot->dmrValues) {
            if (!value.nodiCode.isEmpty()) {
                ++nodi;
                QVERIFY(!value.value);
            }
        }
        QCOMPARE(nodi, 234); // README: 234 NODI rows
        QVERIFY(!store::NpdesSnapshotLoader::load(*db, u"00000000-0000-7000-8000-000000000000"_s));
    }

    void commandLine()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(u"data"_s);
        QCOMPARE(servertest::run({u"init"_s, u"--data"_s, data}).exitCode, 0);
        auto r = servertest::run({u"import"_s, u"--data"_s, data, u"echo"_s,
            echoFile(u"TX0124362_2021-2024_flow.csv"_s)});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(
                     u"TX0124362_2021-2024_flow.csv: npdes_permit 1 inserted; npdes_dmr_value 390 "
                     u"inserted\n"_s),
            qPrintable(r.out));
        // The new permit is evaluated at once: the flow-only control raises nothing.
        QVERIFY2(r.out.contains(u"flags: 1 permit(s) touched"_s) && r.out.contains(u": 0 raised"_s),
            qPrintable(r.out));
        const auto chart = lines(u"TX0062677_2021-2024.csv"_s, 2);
        const QString bad = writeFile(
            dir, u"bad.csv"_s, chart[0] + withField(chart[1], column(chart[0], "nodi_code"), "?"));
        r = servertest::run({u"import"_s, u"--data"_s, data, u"echo"_s, bad});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err,
            u"bad.csv:2: nodi_code: \"?\" is not a NODI code\n"
            u"bad.csv: 1 error(s), nothing imported\n"_s);
    }

    // An echo import evaluates the NPDES permits it changed (R3 on their DMR values); the
    // same file again changes nothing and evaluates nothing.
    void importEvaluatesItsPermits()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(u"data"_s);
        QCOMPARE(servertest::run({u"init"_s, u"--data"_s, data}).exitCode, 0);
        const QString file = echoFile(u"TX0119407_2019-2023.csv"_s);
        auto r = servertest::run({u"import"_s, u"--data"_s, data, u"echo"_s, file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"flags: 1 permit(s) touched"_s), qPrintable(r.out));
        const auto countFlags = [&data] {
            store::Database db(data + u"/outfall.db"_s);
            auto statement = db.prepare(
                u"SELECT count(*), count(DISTINCT f.rule_id) FROM flag f"
                u" JOIN npdes_permit p ON p.id = f.permit_id WHERE p.npdes_id = 'TX0119407'"_s);
            statement.step();
            return std::pair {statement.int64(0), statement.int64(1)};
        };
        const auto [flags, rules] = countFlags();
        QVERIFY2(flags >= 8, qPrintable(QString::number(flags))); // README: 8 rows over the limit
        QCOMPARE(rules, 1); // R3 only

        r = servertest::run({u"import"_s, u"--data"_s, data, u"echo"_s, file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains(u"flags:"_s), qPrintable(r.out));
        QCOMPARE(countFlags().first, flags);
    }
};

QTEST_GUILESS_MAIN(TestEchoImport)
#include "tst_echoimport.moc"
