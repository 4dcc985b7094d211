// The strict JSON reader of the import files: what it refuses that QJsonDocument lets through
// (duplicate keys, raw control characters), that it gives the same values as QJsonDocument for
// what both accept (permit content hashes depend on it), and that it stays bounded.
#include "importer/jsonstreamreader.h"
#include "importtesthelpers.h"

#include <QBuffer>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall;
using importer::JsonStreamReader;

namespace {

struct Read
{
    QList<JsonStreamReader::Status> statuses;
    QList<QJsonValue> values;
    QStringList issues; // "line: path: message"
};

QStringList texts(const QList<JsonStreamReader::Issue> &issues)
{
    QStringList out;
    for (const auto &issue : issues)
        out << u"%1: %2: %3"_s.arg(issue.line).arg(issue.path, issue.message);
    return out;
}

Read readLines(QByteArray bytes, JsonStreamReader::Limits limits = {})
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    JsonStreamReader reader(&buffer, limits);
    Read read;
    while (true) {
        QJsonValue value;
        const auto status = reader.nextLine(value);
        if (status == JsonStreamReader::Status::End)
            break;
        read.statuses << status;
        read.values << value;
        read.issues << texts(reader.issues());
    }
    return read;
}

QStringList wholeIssues(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    JsonStreamReader reader(&buffer);
    QJsonValue value;
    reader.whole(value);
    return texts(reader.issues());
}

QJsonValue wholeValue(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    JsonStreamReader reader(&buffer);
    QJsonValue value;
    if (reader.whole(value) != JsonStreamReader::Status::Value)
        qFatal("not a document: %s", qPrintable(texts(reader.issues()).join(u'\n')));
    return value;
}

QByteArray compact(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

class TestJsonStreamReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameValuesAsQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("numbers") << QByteArray(
            "[0, -0, 1, -1, 1.0, 1.5, -2.25, 1e2, 1E-2, 2e+3, 0.1, 22.5123, 113.9012,"
            " 123456789012345678, 9223372036854775807, 9223372036854775808,"
            " 12345678901234567890, 9007199254740993, 1e308, 5e-324, 4.9e-324,"
            " 1.7976931348623157e308, 180, 420.5]");
        QTest::newRow("strings") << QByteArray(
            "[\"\", \"a\\\"b\\\\c\\/d\", \"\\b\\f\\n\\r\\t\", \"\\u00e9\\u4e2d\","
            " \"\\ud83d\\ude00\", \"深圳 µg/m³\", \"😀\", \"\\u0000\"]");
        QTest::newRow("literals") << QByteArray("[true, false, null, [], {}, [[[]]]]");
        QTest::newRow("object order")
            << QByteArray(" {\"b\": 1, \"a\": {\"d\": [1, {\"z\": null}], \"c\": \"x\"}} ");
    }
    void sameValuesAsQJsonDocument()
    {
        QFETCH(QByteArray, json);
        QJsonParseError error;
        const QJsonDocument expected = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonValue mine = wholeValue(json);
        const QByteArray theirs = expected.isArray() ? expected.toJson(QJsonDocument::Compact)
                                                     : expected.toJson(QJsonDocument::Compact);
        QCOMPARE(compact(mine), theirs);
    }

    // The canonical JSON of every permit of the fixtures (their content hash) is unchanged.
    void permitFixturesHashAsBefore()
    {
        for (const QString &name : {u"permits.jsonl"_s, u"permits_rev2.jsonl"_s}) {
            const QByteArray bytes = importtest::readFixture(name);
            const Read read = readLines(bytes);
            QStringList lines;
            for (const QByteArray &line : bytes.split('\n')) {
                if (!line.trimmed().isEmpty())
                    lines << QString::fromUtf8(line);
            }
            QCOMPARE(read.values.size(), lines.size());
            for (qsizetype i = 0; i < lines.size(); ++i) {
                QCOMPARE(read.statuses[i], JsonStreamReader::Status::Value);
                QCOMPARE(compact(read.values[i]),
                    QJsonDocument::fromJson(lines[i].toUtf8()).toJson(QJsonDocument::Compact));
            }
        }
    }

    void duplicateKeysAreIssues()
    {
        const Read read = readLines("{\"authority\": \"A\", \"number\": 1, \"authority\": \"B\"}\n"
                                    "{\"outlets\": [{\"code\": \"DA001\"}, {\"code\": \"DA002\","
                                    " \"code\": \"DA003\"}]}\n"
                                    "{\"a\": {\"x\": 1}, \"b\": {\"x\": 1}}\n");
        QCOMPARE(read.statuses,
            (QList {JsonStreamReader::Status::Error, JsonStreamReader::Status::Error,
                JsonStreamReader::Status::Value}));
        QCOMPARE(read.issues,
            (QStringList {u"1: $.authority: key appears twice in the object"_s,
                u"2: $.outlets[1].code: key appears twice in the object"_s}));
        QCOMPARE(wholeIssues("{\"templates\": [],\n \"x\": 1,\n \"templates\": []}"),
            QStringList {u"3: $.templates: key appears twice in the object"_s});
        QCOMPARE(wholeIssues("{\"a\\u0000\": 1, \"a\\u0000\": 2}"),
            QStringList {u"1: $.\"a\\u0000\": key appears twice in the object"_s});
    }

    void invalidJson_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("issue");
        const auto row = [](const char *name, const QByteArray &line, const QString &issue) {
            QTest::newRow(name) << line << issue;
        };
        row("raw NUL in a string", QByteArray("{\"code\": \"X-NEW\0HIDDEN\"}", 24),
            u"1: $: invalid JSON at character 16: raw control character U+0000 inside a string "
            u"(JSON needs it escaped)"_s);
        row("raw tab in a string", "[\"a\tb\"]",
            u"1: $: invalid JSON at character 4: raw control character U+0009 inside a string "
            u"(JSON needs it escaped)"_s);
        row("raw ESC", "[\"\x1b[31m\"]",
            u"1: $: invalid JSON at character 3: raw control character U+001B inside a string "
            u"(JSON needs it escaped)"_s);
        row("invalid UTF-8", "[\"a\xC3\x28\"]",
            u"1: $: invalid JSON at character 4: invalid UTF-8"_s);
        row("overlong UTF-8", "[\"\xC0\xAF\"]",
            u"1: $: invalid JSON at character 3: invalid UTF-8"_s);
        row("UTF-8 surrogate", "[\"\xED\xA0\x80\"]",
            u"1: $: invalid JSON at character 3: invalid UTF-8"_s);
        row("lone high surrogate", "[\"\\ud800x\"]",
            u"1: $: invalid JSON at character 9: unpaired surrogate escape \\ud800"_s);
        row("lone low surrogate", "[\"\\udc00\"]",
            u"1: $: invalid JSON at character 9: unpaired surrogate escape \\udc00"_s);
        row("bad escape", "[\"\\x41\"]",
            u"1: $: invalid JSON at character 4: illegal escape sequence \\ followed by 'x'"_s);
        row("NaN", "[NaN]", u"1: $: invalid JSON at character 2: illegal value"_s);
        row("1e400", "[1e400]", u"1: $: invalid JSON at character 7: number out of range"_s);
        row("leading zero", "[01]",
            u"1: $: invalid JSON at character 3: missing value separator ',' or end of array "
            u"']'"_s);
        row("trailing comma", "{\"a\": 1,}",
            u"1: $: invalid JSON at character 9: a key in double quotes is expected"_s);
        row("unterminated", "{\"a\": [1, 2",
            u"1: $: invalid JSON at character 12: unterminated array"_s);
        row("garbage after", "{} x",
            u"1: $: invalid JSON at character 4: garbage at the end of "
            u"the document"_s);
        row("string across lines", "[\"a\nb\"]",
            u"1: $: invalid JSON at character 4: unterminated string"_s);
    }
    void invalidJson()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, issue);
        const Read read = readLines(line + "\n{\"next\": true}\n");
        QCOMPARE(read.issues.value(0), issue);
        // The reader goes on with the line after the broken one.
        QCOMPARE(read.statuses.last(), JsonStreamReader::Status::Value);
        QCOMPARE(read.values.last().toObject().value(u"next"_s), QJsonValue(true));
    }

    void escapedNulIsAValue()
    {
        // Valid JSON: the field's text rule refuses it, not the reader.
        const Read read = readLines("{\"code\": \"X-NEW\\u0000HIDDEN\"}\n");
        QCOMPARE(read.statuses, QList {JsonStreamReader::Status::Value});
        QCOMPARE(read.values[0].toObject().value(u"code"_s).toString(),
            u"X-NEW"_s + QChar(0) + u"HIDDEN"_s);
    }

    void longStringsKeepAPrefixAndTheirLength()
    {
        JsonStreamReader::Limits limits;
        limits.maxStringKept = 8;
        const QByteArray big(1'000'000, 'x');
        const QByteArray wide = QString(300'000, u'深').toUtf8(); // crosses 64 KiB chunks
        QBuffer buffer;
        buffer.setData("{\"short\": \"abc\", \"capacity\": \"" + big + "\", \"list\": [\"" + wide
            + "\"]}\n{\"ok\": 1}\n");
        buffer.open(QIODevice::ReadOnly);
        JsonStreamReader reader(&buffer, limits);
        QJsonValue value;
        QCOMPARE(reader.nextLine(value), JsonStreamReader::Status::Value);
        QCOMPARE(value[u"capacity"_s].toString(), u"xxxxxxxx"_s);
        QCOMPARE(value[u"list"_s][0].toString(), QString(8, u'深'));
        QCOMPARE(reader.stringLength(u"$.capacity"_s), 1'000'000);
        QCOMPARE(reader.stringLength(u"$.list[0]"_s), 300'000);
        QCOMPARE(reader.stringLength(u"$.short"_s), -1);
        QCOMPARE(reader.nextLine(value), JsonStreamReader::Status::Value);
        QCOMPARE(reader.line(), 2);
        QCOMPARE(reader.stringLength(u"$.capacity"_s), -1);
    }

    void boundsEndTheDocument()
    {
        JsonStreamReader::Limits limits;
        limits.maxValues = 100;
        QCOMPARE(readLines("[" + QByteArray("1,").repeated(200) + "1]\n", limits).issues,
            QStringList {u"1: $: more than 100 values in one document; the file is not an import "
                         u"file"_s});
        QCOMPARE(readLines(QByteArray("[").repeated(100'000) + "\n").issues,
            QStringList {u"1: $[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]"
                         u"[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]"
                         u"[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: nested "
                         u"deeper than 64 levels; the file is not an import file"_s});
        limits = {};
        limits.maxTextKept = 1000;
        QCOMPARE(readLines(
                     "[\"" + QByteArray(600, 'a') + "\", \"" + QByteArray(600, 'b') + "\"]", limits)
                     .issues,
            QStringList {u"1: $: more than 1000 characters of text in one document; the file is "
                         u"not an import file"_s});
    }

    void linesAndBlankLines()
    {
        const Read read = readLines("\xEF\xBB\xBF{\"a\": 1}\r\n\n   \r\n{\"b\": \"\\u00e9\"}");
        QCOMPARE(read.statuses,
            (QList {JsonStreamReader::Status::Value, JsonStreamReader::Status::Value}));
        QCOMPARE(read.values[1][u"b"_s].toString(), u"é"_s);
        QCOMPARE(wholeIssues("{\n  \"a\": [1,\n  2,,\n]}"),
            QStringList {u"3: $: invalid JSON at character 5: illegal value"_s});
    }
};

QTEST_GUILESS_MAIN(TestJsonStreamReader)
#include "tst_jsonstreamreader.moc"
