// An import's progress (issue 14 part 5): on a terminal, one line rewritten in place with the
// rows, the bytes, the rate and the time left, cleared before the summary; to a file or a pipe,
// or with --quiet, the summary alone. The line's text and pace on a clock the test moves, then
// outfall-server itself under a real pseudo-terminal (script(1)) and through a pipe.
#include "importtesthelpers.h"
#include "server/importprogressline.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall;
using importer::ImportRun::Progress;
using server::ImportProgressLine;

class TestImportProgress : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run server(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(OUTFALL_SERVER_EXE), arguments);
        if (!process.waitForFinished(120000))
            qFatal("outfall-server did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    }

    // The command under a pseudo-terminal: stdout and stderr both go to it, as in a shell.
    static Run onTerminal(const QStringList &arguments)
    {
        QStringList quoted;
        for (const QString &argument : arguments)
            quoted << u"'"_s + argument + u"'"_s;
        QProcess process;
        process.start(u"script"_s,
            {u"-qefc"_s, QStringLiteral(OUTFALL_SERVER_EXE) + u' ' + quoted.join(u' '),
                u"/dev/null"_s});
        if (!process.waitForFinished(120000))
            qFatal("script did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), {}};
    }

    QTemporaryDir m_dir;
    QString m_reports; // a reports file of the fixture's permits, 40,000 rows

private Q_SLOTS:
    void initTestCase()
    {
        m_reports = importtest::writeFile(
            m_dir, u"reports.csv"_s, importtest::manyRows(40'000, QDate(2021, 1, 1)));
    }

    void lineSaysRowsBytesRateAndTimeLeft()
    {
        // Nothing but rows and bytes in the first second: a rate would be noise.
        QCOMPARE(ImportProgressLine::text(u"reports"_s, {512 * 1024, 4 * 1024 * 1024, 1200}, 400),
            u"reports: 1,200 rows · 0.5/4.0 MiB (12 %)"_s);
        // A quarter read in 10 s: 30 s to go.
        QCOMPARE(ImportProgressLine::text(
                     u"permits"_s, {220 * 1024 * 1024, 880 * 1024 * 1024, 1'234'567}, 10'000),
            u"permits: 1,234,567 rows · 220/880 MiB (25 %) · 123,456 rows/s · 30 s left"_s);
        QCOMPARE(ImportProgressLine::text(u"reports"_s, {1, 100, 10}, 2'000).section(u" · "_s, -1),
            u"3 min 18 s left"_s);
        QCOMPARE(
            ImportProgressLine::text(u"reports"_s, {1, 1000, 10}, 10'000).section(u" · "_s, -1),
            u"2 h 46 min left"_s);
        // A small file in KiB; once read, the commit is what it waits for.
        QCOMPARE(ImportProgressLine::text(u"staff"_s, {2048, 2048, 3}, 1500),
            u"staff: 3 rows · 2.0/2.0 KiB (100 %) · 2 rows/s · read; committing"_s);
    }

    void lineIsRewrittenAtMostFourTimesASecondThenCleared()
    {
        QString written;
        QTextStream terminal(&written);
        qint64 now = 1000;
        ImportProgressLine line(terminal, u"reports"_s, [&now] { return now; });
        line.update({100, 1000, 1});
        QCOMPARE(written, u"\rreports: 1 rows · 0.1/1.0 KiB (10 %)\x1b[K"_s);
        written.clear();
        now += 100;
        line.update({200, 1000, 2}); // too soon after the last: not shown
        QCOMPARE(written, QString());
        now += ImportProgressLine::kIntervalMs;
        line.update({300, 1000, 3});
        QVERIFY(written.startsWith(u"\rreports: 3 rows"_s));
        written.clear();
        now += 1;
        line.update({1000, 1000, 10}); // the end of the file is always shown
        QVERIFY(written.contains(u"(100 %)"_s));
        written.clear();
        line.finish();
        QCOMPARE(written, u"\r\x1b[K"_s);
        written.clear();
        line.finish(); // nothing left to clear
        QCOMPARE(written, QString());

        // Cut to the terminal's width: a wrapped line would not be rewritten in place.
        ImportProgressLine narrow(
            terminal, u"permits"_s, [&now] { return now; }, 30);
        narrow.update({1, 1000, 123'456});
        QCOMPARE(written, u"\rpermits: 123,456 rows · 0.0/…\x1b[K"_s);
    }

    void terminalShowsTheLineAndPipesDoNot()
    {
        if (QStandardPaths::findExecutable(u"script"_s).isEmpty())
            QSKIP("script(1) (util-linux) is not installed: no pseudo-terminal to run under");
        const QString data = m_dir.filePath(u"terminal"_s);
        QCOMPARE(server({u"init"_s, u"--data"_s, data}).exitCode, 0);
        QCOMPARE(server({u"import"_s, u"--data"_s, data, u"permits"_s,
                            importtest::fixture(u"permits.jsonl"_s)})
                     .exitCode,
            0);

        const Run shown = onTerminal({u"import"_s, u"--data"_s, data, u"reports"_s, m_reports});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains(u"\rreports: "_s), qPrintable(shown.out));
        QVERIFY2(shown.out.contains(u"(100 %)"_s), qPrintable(shown.out));
        // Cleared, then the summary on a line of its own.
        QVERIFY2(shown.out.contains(u"\r\x1b[Kreports.csv: reported_value 40000 inserted"_s),
            qPrintable(shown.out));

        const Run quiet =
            onTerminal({u"import"_s, u"--quiet"_s, u"--data"_s, data, u"reports"_s, m_reports});
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(!quiet.out.contains(u'\r' + u"reports: "_s), qPrintable(quiet.out));
        QVERIFY2(quiet.out.startsWith(u"reports.csv: reported_value 40000 unchanged"_s),
            qPrintable(quiet.out));

        const Run piped = server({u"import"_s, u"--data"_s, data, u"reports"_s, m_reports});
        QCOMPARE(piped.exitCode, 0);
        QCOMPARE(piped.err, QString());
        QVERIFY2(piped.out.startsWith(u"reports.csv: reported_value 40000 unchanged"_s),
            qPrintable(piped.out));
    }

    void quietIsOnlyForImportAndEvaluate()
    {
        const Run r = server({u"summary"_s, u"--quiet"_s, u"--data"_s, m_dir.filePath(u"x"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"summary takes no --quiet"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestImportProgress)
#include "tst_importprogress.moc"
