// Every program reads its command line one way (cli/commandline.h): an unknown option, or an
// option without its value, prints "PROGRAM: PROBLEM; see --help" on stderr and exits 2;
// --help prints the usage on stdout and exits 0. Run as their users run them: processes.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUsageErrors : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(60000))
            qFatal("%s did not finish", qPrintable(program));
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    }

    static void programs()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("name");
        // The command word a program needs before its options, if any.
        QTest::addColumn<QStringList>("command");
        // An option that takes a value, in that command.
        QTest::addColumn<QString>("valueOption");
        const QString bin = QStringLiteral(OUTFALL_BINARY_DIR);
        QTest::newRow("outfallctl") << bin + u"/sync-server/outfallctl"_s << u"outfallctl"_s
                                    << QStringList {u"flags"_s} << u"--permit"_s;
        QTest::newRow("outfallctl review") << bin + u"/sync-server/outfallctl"_s << u"outfallctl"_s
                                           << QStringList {u"review"_s, u"list"_s} << u"--state"_s;
        QTest::newRow("outfallctl route") << bin + u"/sync-server/outfallctl"_s << u"outfallctl"_s
                                          << QStringList {u"route"_s, u"draws"_s} << u"--pool"_s;
        QTest::newRow("outfall-server")
            << bin + u"/sync-server/outfall-server"_s << u"outfall-server"_s
            << QStringList {u"summary"_s} << u"--data"_s;
        QTest::newRow("outfall-server generate-demo")
            << bin + u"/sync-server/outfall-server"_s << u"outfall-server"_s
            << QStringList {u"generate-demo"_s} << u"--out"_s;
        QTest::newRow("outfall-server publish")
            << bin + u"/sync-server/outfall-server"_s << u"outfall-server"_s
            << QStringList {u"publish"_s} << u"--data"_s;
        QTest::newRow("outfall-device")
            << bin + u"/mobile/outfall-device"_s << u"outfall-device"_s
            << QStringList {u"--profile"_s, u"p"_s, u"permits"_s} << u"--search"_s;
        QTest::newRow("outfall-train-dict")
            << bin + u"/sync-server/outfall-train-dict"_s << u"outfall-train-dict"_s
            << QStringList() << u"--out"_s;
        QTest::newRow("outfall-demo-route")
            << bin + u"/mobile/outfall-demo-route"_s << u"outfall-demo-route"_s << QStringList()
            << u"--permits"_s;
        QTest::newRow("outfall-basemap") << bin + u"/mobile/outfall-basemap"_s
                                         << u"outfall-basemap"_s << QStringList() << u"--out"_s;
#ifdef OUTFALL_APP_EXE
        QTest::newRow("outfall") << QStringLiteral(OUTFALL_APP_EXE) << u"outfall"_s << QStringList()
                                 << u"--profile"_s;
#endif
    }

private Q_SLOTS:
    void unknownOptionExitsTwo_data()
    {
        programs();
    }
    void unknownOptionExitsTwo()
    {
        QFETCH(QString, program);
        QFETCH(QString, name);
        QFETCH(QStringList, command);
        // outfallctl's remote commands need their server first; the option is read before.
        const QStringList server = name == u"outfallctl"
            ? QStringList {u"--server"_s, u"tcp://127.0.0.1:1"_s, u"--credential"_s, u"c"_s}
            : QStringList();
        const Run bad = run(program, server + command + QStringList {u"--bogus"_s});
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.err.trimmed().split(u'\n').last(),
            name + u": "_s
                + (name == u"outfall-server" && !command.isEmpty() && command[0] != u"summary"
                        ? command[0] + u": "_s
                        : QString())
                + u"unknown option --bogus; see --help"_s);
    }

    void optionWithoutValueExitsTwo_data()
    {
        programs();
    }
    void optionWithoutValueExitsTwo()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, command);
        QFETCH(QString, valueOption);
        const Run bad = run(program, command + QStringList {valueOption});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(
            bad.err.contains(valueOption + u" needs a value; see --help"_s), qPrintable(bad.err));
    }

    void helpExitsZero_data()
    {
        programs();
    }
    void helpExitsZero()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, command);
        const Run help = run(program, command + QStringList {u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(u"sage:"_s), qPrintable(help.out)); // Usage: or usage:
    }

#ifdef OUTFALL_APP_EXE
    // The console's line: --console needs its server and credential, they need --console, and
    // a credential that cannot be read is named (nothing is opened before the check).
    void consoleArgumentsAreChecked()
    {
        const QString app = QStringLiteral(OUTFALL_APP_EXE);
        QTemporaryDir profile;
        const QStringList base {u"--profile"_s, profile.path()};
        Run bad =
            run(app, base + QStringList {u"--console"_s, u"--server"_s, u"tcp://127.0.0.1:1"_s});
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.err.trimmed().split(u'\n').last(),
            u"outfall: --console needs --server ENDPOINT and --credential FILE"_s);
        bad = run(app, base + QStringList {u"--server"_s, u"tcp://127.0.0.1:1"_s});
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.err.trimmed().split(u'\n').last(),
            u"outfall: --server and --credential are for --console"_s);
        const QString missing = profile.path() + u"/no.credential"_s;
        bad = run(app,
            base
                + QStringList {u"--console"_s, u"--server"_s, u"tcp://127.0.0.1:1"_s,
                    u"--credential"_s, missing});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(missing), qPrintable(bad.err));
    }
#endif
};

QTEST_GUILESS_MAIN(TestUsageErrors)
#include "tst_usageerrors.moc"
