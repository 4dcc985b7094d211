// cli::CommandLine, the one reader of every program's command line: declared options only,
// `--name value` and `--name=value`, repeats kept, -h/--help noticed, and each bad command
// line a UsageError naming the argument. And the usage error line's one shape.
#include "cli/commandline.h"
#include "cli/positionalline.h"

#include <QCommandLineParser>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall;

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    static QString problemOf(const QStringList &arguments)
    {
        try {
            cli::CommandLine(arguments, {u"out"_s, u"permit"_s}, {u"json"_s});
        } catch (const cli::UsageError &e) {
            return e.message();
        }
        return {};
    }

private Q_SLOTS:
    void readsOptionsAndPositionals()
    {
        const cli::CommandLine line({u"assign"_s, u"--permit=P1"_s, u"A1"_s, u"--json"_s,
                                        u"--permit"_s, u"P2"_s, u"--out"_s, u"-5"_s},
            {u"out"_s, u"permit"_s}, {u"json"_s});
        QCOMPARE(line.positionals(), (QStringList {u"assign"_s, u"A1"_s}));
        QCOMPARE(line.all(u"permit"_s), (QStringList {u"P1"_s, u"P2"_s}));
        QCOMPARE(line.text(u"out"_s), u"-5"_s); // a value may start with a dash
        QVERIFY(line.flag(u"json"_s));
        QCOMPARE(line.given(), (QStringList {u"permit"_s, u"json"_s, u"out"_s}));
        QVERIFY(!line.helpAsked());
        QVERIFY(cli::CommandLine({u"-h"_s}, {}).helpAsked());
        QVERIFY(cli::CommandLine({u"x"_s, u"--help"_s}, {}).helpAsked());
    }

    void listOptionsTakeTheWordsAfterThem()
    {
        const QStringList lists {u"flag"_s, u"inspection"_s};
        const cli::CommandLine line(
            {u"case"_s, u"add"_s, u"C1"_s, u"--flag"_s, u"F1"_s, u"F2"_s, u"--json"_s,
                u"--inspection"_s, u"I1"_s, u"--flag"_s, u"F3"_s, u"--out"_s, u"D"_s, u"after"_s},
            {u"out"_s}, {u"json"_s}, lists);
        QCOMPARE(line.positionals(), (QStringList {u"case"_s, u"add"_s, u"C1"_s, u"after"_s}));
        QCOMPARE(line.all(u"flag"_s), (QStringList {u"F1"_s, u"F2"_s, u"F3"_s}));
        QCOMPARE(line.all(u"inspection"_s), QStringList {u"I1"_s});
        QCOMPARE(line.text(u"out"_s), u"D"_s);
        QVERIFY(line.flag(u"json"_s));
        // One with no word after it is an error naming it, at the end or before an option.
        for (const QStringList &arguments : {QStringList {u"add"_s, u"--flag"_s},
                 QStringList {u"add"_s, u"--flag"_s, u"--json"_s, u"F1"_s}}) {
            try {
                cli::CommandLine(arguments, {}, {u"json"_s}, lists);
                QFAIL(qPrintable(u"accepted: "_s + arguments.join(u' ')));
            } catch (const cli::UsageError &e) {
                QCOMPARE(e.message(), u"--flag needs a value"_s);
            }
        }
    }

    void badCommandLinesNameTheArgument_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unknown") << QStringList {u"--bogus"_s} << u"unknown option --bogus"_s;
        QTest::newRow("unknown single dash") << QStringList {u"-x"_s} << u"unknown option -x"_s;
        QTest::newRow("missing value") << QStringList {u"--out"_s} << u"--out needs a value"_s;
        QTest::newRow("flag with value")
            << QStringList {u"--json=yes"_s} << u"--json takes no value"_s;
    }

    void badCommandLinesNameTheArgument()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, problem);
        QCOMPARE(problemOf(arguments), problem);
    }

    void valuesAreChecked()
    {
        const cli::CommandLine line({u"--out"_s, u"a"_s, u"--out"_s, u"b"_s, u"--permit"_s, u" "_s},
            {u"out"_s, u"permit"_s, u"limit"_s});
        QVERIFY_THROWS_EXCEPTION(cli::UsageError, line.text(u"out"_s)); // given twice
        QVERIFY_THROWS_EXCEPTION(cli::UsageError, line.text(u"permit"_s)); // blank
        QVERIFY_THROWS_EXCEPTION(cli::UsageError, line.text(u"limit"_s)); // required
        QCOMPARE(line.integer(u"limit"_s, 7, 1, 10), 7);
        const cli::CommandLine limited({u"--limit"_s, u"11"_s}, {u"limit"_s});
        try {
            limited.integer(u"limit"_s, 7, 1, 10);
            QFAIL("an out of range --limit was accepted");
        } catch (const cli::UsageError &e) {
            QCOMPARE(e.message(), u"--limit must be a whole number from 1 to 10, not \"11\""_s);
        }
    }

    void usageErrorLineHasOneShape()
    {
        QString err;
        QTextStream stream(&err);
        QCOMPARE(cli::usageError(stream, u"outfallctl"_s, u"unknown option --x"_s), 2);
        QCOMPARE(err, u"outfallctl: unknown option --x; see --help\n"_s);
    }

    void positionalNumbersOfTheBenchmarks()
    {
        const QString usage = u"usage: bench [N>=1] [RUNS>=1]"_s;
        cli::PositionalLine given({u"bench"_s, u"5"_s}, usage, 2);
        QCOMPARE(given.number(0, u"N"_s, 7, 1, 10), 5);
        QCOMPARE(given.number(1, u"RUNS"_s, 3, 1, 10), 3); // absent: the default
        QCOMPARE(given.stop(), std::optional<int>());
        cli::PositionalLine outOfRange({u"bench"_s, u"0"_s}, usage, 2);
        outOfRange.number(0, u"N"_s, 7, 1, 10);
        QCOMPARE(outOfRange.stop(), std::optional<int>(2));
        cli::PositionalLine surplus({u"bench"_s, u"1"_s, u"2"_s, u"3"_s}, usage, 2);
        QCOMPARE(surplus.stop(), std::optional<int>(2));
        cli::PositionalLine word({u"bench"_s, u"1"_s, u"2"_s, u"pul"_s}, usage, 3);
        word.word(2, u"PART"_s, {u"push"_s, u"pull"_s});
        QCOMPARE(word.stop(), std::optional<int>(2));
        QCOMPARE(cli::PositionalLine({u"bench"_s, u"--bogus"_s}, usage, 2).stop(),
            std::optional<int>(2));
        QCOMPARE(
            cli::PositionalLine({u"bench"_s, u"-h"_s}, usage, 2).stop(), std::optional<int>(0));
    }

    void programsWithTheirOwnParserExitTheSameWay()
    {
        QCommandLineParser parser;
        parser.addHelpOption();
        parser.addOption({u"out"_s, u"Output."_s, u"FILE"_s});
        QCOMPARE(cli::parseOrExit(parser, {u"tool"_s, u"--out"_s, u"f"_s}, u"tool"_s),
            std::optional<int>());
        QCOMPARE(
            cli::parseOrExit(parser, {u"tool"_s, u"--bogus"_s}, u"tool"_s), std::optional<int>(2));
        QCOMPARE(
            cli::parseOrExit(parser, {u"tool"_s, u"--out"_s}, u"tool"_s), std::optional<int>(2));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
