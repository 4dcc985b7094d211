// RFC 4180 reading: quotes, doubled quotes, embedded line breaks, CRLF, BOM, line numbers,
// and the syntax errors that stop a file.
#include "importer/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using outfall::importer::CsvReader;

namespace {

struct Read
{
    QList<QStringList> records;
    QList<qint64> lines;
    QString error;
    qint64 errorLine = 0;
};

Read readAll(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    Read result;
    QStringList fields;
    while (true) {
        const auto status = reader.next(fields);
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Error) {
            result.error = reader.error();
            result.errorLine = reader.line();
            break;
        }
        result.records.append(fields);
        result.lines.append(reader.line());
    }
    return result;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainRecords()
    {
        const Read r = readAll("a,b,c\n1,,3\n");
        QCOMPARE(r.error, QString());
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records[0], (QStringList {u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(r.records[1], (QStringList {u"1"_s, u""_s, u"3"_s}));
        QCOMPARE(r.lines, (QList<qint64> {1, 2}));
    }

    void quotesAndDoubledQuotes()
    {
        const Read r = readAll("\"a,b\",\"say \"\"hi\"\"\",\"\"\n");
        QCOMPARE(r.error, QString());
        QCOMPARE(r.records.value(0), (QStringList {u"a,b"_s, u"say \"hi\""_s, u""_s}));
    }

    void embeddedLineBreaksKeepLineNumbers()
    {
        const Read r = readAll("h1,h2\n\"two\nlines\",x\r\n\"crlf\r\ninside\",y\nlast,z");
        QCOMPARE(r.error, QString());
        QCOMPARE(r.records.size(), 4);
        QCOMPARE(r.records[1], (QStringList {u"two\nlines"_s, u"x"_s}));
        QCOMPARE(r.records[2], (QStringList {u"crlf\r\ninside"_s, u"y"_s}));
        QCOMPARE(r.records[3], (QStringList {u"last"_s, u"z"_s})); // no final line end
        QCOMPARE(r.lines, (QList<qint64> {1, 2, 4, 6}));
    }

    void crlfAndBomAndUtf8()
    {
        const Read r = readAll("\xEF\xBB\xBF"
                               "code,name\r\nI001,\xE7\x8E\x8B\xE4\xBC\x9F\r\n");
        QCOMPARE(r.error, QString());
        QCOMPARE(r.records.value(0), (QStringList {u"code"_s, u"name"_s}));
        QCOMPARE(r.records.value(1), (QStringList {u"I001"_s, u"王伟"_s}));
    }

    void blankLinesAreSkippedButCounted()
    {
        const Read r = readAll("a\n\n\r\nb\n");
        QCOMPARE(r.records, (QList<QStringList> {{u"a"_s}, {u"b"_s}}));
        QCOMPARE(r.lines, (QList<qint64> {1, 4}));
    }

    void lastEmptyFieldAndLoneCarriageReturn()
    {
        const Read r = readAll("a,\r\nb\rc,d\n");
        QCOMPARE(r.records.value(0), (QStringList {u"a"_s, u""_s}));
        QCOMPARE(r.records.value(1), (QStringList {u"b\rc"_s, u"d"_s}));
    }

    void syntaxErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::addColumn<qint64>("line");
        QTest::newRow("unclosed quote")
            << QByteArray("a\n\"open\nstill open\n")
            << u"quoted field is not closed before the end of the file"_s << qint64(2);
        QTest::newRow("text after closing quote")
            << QByteArray("a\nb\n\"x\"y,z\n")
            << u"text after a closing quote (a quote inside a field is doubled: \"\")"_s
            << qint64(3);
        QTest::newRow("quote inside unquoted field")
            << QByteArray("ab\"c\n")
            << u"a quote inside an unquoted field (quote the whole field)"_s << qint64(1);
        QTest::newRow("invalid utf-8")
            << QByteArray("ok\nbad \xFF\xFE\n") << u"invalid UTF-8"_s << qint64(2);
        QTest::newRow("error line inside multi-line record")
            << QByteArray("\"a\nb\"x\n")
            << u"text after a closing quote (a quote inside a field "
               u"is doubled: \"\")"_s
            << qint64(2);
    }
    void syntaxErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        QFETCH(qint64, line);
        const Read r = readAll(bytes);
        QCOMPARE(r.error, error);
        QCOMPARE(r.errorLine, line);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
