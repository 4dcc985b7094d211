// outfall-server's command line: import of each kind, its output and exit codes, and the
// argument errors.
#include "importtesthelpers.h"
#include "server/servercli.h"
#include "server/serverstore.h"
#include "servertesthelpers.h"

#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace outfall;
using namespace importtest;
using servertest::Run;
using servertest::run;

class TestServerCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_data;
    int m_stores = 0;

private Q_SLOTS:
    void init()
    {
        m_data = m_dir.filePath(u"data-%1"_s.arg(++m_stores)); // one store a test (and data row)
        QCOMPARE(run({u"init"_s, u"--data"_s, m_data}).exitCode, 0);
    }

    void importsEveryKind()
    {
        Run r = run({u"import"_s, u"--data"_s, m_data, u"permits"_s, fixture(u"permits.jsonl"_s)});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"permits.jsonl: enterprise 2 inserted; permit 2 inserted;"_s),
            qPrintable(r.out));
        // The import's line, then the flags of the permits it touched, evaluated again.
        QCOMPARE(r.out.count(u'\n'), 2);
        QVERIFY2(
            r.out.section(u'\n', 1).startsWith(u"flags: 2 permit(s) touched"_s), qPrintable(r.out));

        r = run({u"import"_s, u"--data="_s + m_data, u"reports"_s, fixture(u"reports.csv"_s)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.section(u'\n', 0, 0),
            u"reports.csv: reported_value 6 inserted; execution_report 2 inserted"_s);
        r = run({u"import"_s, u"--data"_s, m_data, u"checklists"_s, fixture(u"checklists.json"_s)});
        QCOMPARE(r.exitCode, 0);
        r = run({u"import"_s, u"--data"_s, m_data, u"staff"_s, fixture(u"staff.csv"_s)});
        QCOMPARE(r.out, u"staff.csv: inspector 3 inserted\n"_s);

        r = run({u"import"_s, u"--data"_s, m_data, u"staff"_s, fixture(u"staff.csv"_s)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"staff.csv: inspector 3 unchanged (nothing changed)\n"_s);
        auto db = server::ServerStore::open(m_data);
        QCOMPARE(count(*db, u"import_run"_s), 5);
    }

    void validationFailurePrintsEveryIssue()
    {
        QTemporaryDir dir;
        const QString file = writeFile(dir, u"staff.csv"_s, "code,name,role\nA,B,boss\nC,,x\n");
        const Run r = run({u"import"_s, u"--data"_s, m_data, u"staff"_s, file});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err,
            u"staff.csv:2: role: must be `inspector`, `supervisor` or `enforcement`, not \"boss\"\n"
            u"staff.csv:3: name: is required\n"
            u"staff.csv:3: role: must be `inspector`, `supervisor` or `enforcement`, not \"x\"\n"
            u"staff.csv: 3 error(s), nothing imported\n"_s);
        auto db = server::ServerStore::open(m_data);
        QCOMPARE(count(*db, u"inspector"_s), 0);
        QCOMPARE(count(*db, u"import_run"_s), 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("problem");
        const QString staff = fixture(u"staff.csv"_s);
        QTest::newRow("missing --data") << QStringList {u"import"_s, u"staff"_s, staff}
                                        << u"outfall-server: import: --data DIR is required"_s;
        QTest::newRow("--data without value") << QStringList {u"import"_s, u"staff"_s, staff,
            u"--data"_s} << u"outfall-server: --data needs a value"_s;
        QTest::newRow("bad kind") << QStringList {u"import"_s, u"--data"_s, u"DATA"_s, u"people"_s,
            staff}
                                  << u"outfall-server: import KIND must be permits, reports, "
                                     u"checklists, staff, echo, not people"_s;
        QTest::newRow("missing file argument")
            << QStringList {u"import"_s, u"--data"_s, u"DATA"_s, u"staff"_s}
            << u"outfall-server: import needs a KIND (permits, reports, checklists, staff, echo) "
               u"and a FILE"_s;
        QTest::newRow("file does not exist")
            << QStringList {u"import"_s, u"--data"_s, u"DATA"_s, u"staff"_s, u"/no/such.csv"_s}
            << u"outfall-server: import: no such file /no/such.csv"_s;
        // Issue 8: these got "no such file"; a FIFO must not block and /dev/zero not be read.
        QTest::newRow("directory") << QStringList {u"import"_s, u"--data"_s, u"DATA"_s, u"staff"_s,
            u"DATA"_s} << u"outfall-server: import: DATA is a directory, not a file"_s;
        QTest::newRow("FIFO") << QStringList {u"import"_s, u"--data"_s, u"DATA"_s, u"reports"_s,
            u"FIFO"_s} << u"outfall-server: import: FIFO is a FIFO (named pipe), not a file"_s;
        QTest::newRow("/dev/zero")
            << QStringList {u"import"_s, u"--data"_s, u"DATA"_s, u"permits"_s, u"/dev/zero"_s}
            << u"outfall-server: import: /dev/zero is a character device, not a file"_s;
        QTest::newRow("unknown option")
            << QStringList {u"import"_s, u"--data"_s, u"DATA"_s, u"--dry-run"_s, u"staff"_s, staff}
            << u"outfall-server: unknown option --dry-run"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, problem);
        const QString fifo = m_dir.filePath(u"pipe-%1"_s.arg(m_stores));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        arguments.replaceInStrings(u"DATA"_s, m_data);
        arguments.replaceInStrings(u"FIFO"_s, fifo);
        problem.replace(u"DATA"_s, m_data).replace(u"FIFO is"_s, fifo + u" is"_s);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        // One line in the shape of every program's usage error (cli/commandline.h).
        QCOMPARE(r.err, problem + u"; see --help\n"_s);
    }

    // Issue 8: a 50 MB value was printed 50 MB to stderr; now its length is, and the store
    // keeps what it had.
    void hugeValueGivesAShortError()
    {
        QTemporaryDir dir;
        const QString file = writeFile(dir, u"staff.csv"_s,
            "code,name,role\n" + QByteArray(1'000'000, 'X') + "," + QByteArray(50'000'000, 'N')
                + ",inspector\n");
        const Run r = run({u"import"_s, u"--data"_s, m_data, u"staff"_s, file});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err,
            u"staff.csv:2: code: too long (1000000 > 64)\n"
            u"staff.csv:2: name: too long (50000000 > 200)\n"
            u"staff.csv: 2 error(s), nothing imported\n"_s);
        auto db = server::ServerStore::open(m_data);
        QCOMPARE(count(*db, u"inspector"_s), 0);
        QCOMPARE(count(*db, u"import_run"_s), 0);
    }

    void storeMissingIsAFailure()
    {
        const Run r = run({u"import"_s, u"--data"_s, m_dir.filePath(u"nowhere"_s), u"staff"_s,
            fixture(u"staff.csv"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(u"outfall-server: import: no store at "_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
