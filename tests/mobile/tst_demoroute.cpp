// outfall-demo-route: the log visits every outlet of the chosen permits in order, is the same
// bytes on a second run, and a bad command line exits 2 naming the argument.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(OUTFALL_DEMO_ROUTE_EXE), arguments);
    process.waitForFinished(30000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

// Degrees and minutes of an NMEA latitude field ("2230.0000") as degrees.
double nmeaDegrees(const QString &field, int degreeDigits)
{
    return field.left(degreeDigits).toDouble() + field.mid(degreeDigits).toDouble() / 60.0;
}

} // namespace

class TestDemoRoute : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_permits;

private Q_SLOTS:
    void initTestCase()
    {
        m_permits = m_dir.filePath(u"permits.jsonl"_s);
        QFile file(m_permits);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"number": "A001P", "industry_code": "2221", "enterprise": {"name": "paper"}, "outlets": [{"lat": 22.40, "lon": 113.90}]}
{"number": "B001P", "industry_code": "4411", "enterprise": {"name": "power 1"}, "outlets": [{"lat": 22.50, "lon": 114.00}, {"lat": 22.501, "lon": 114.001}]}
{"number": "C001P", "industry_code": "4411", "enterprise": {"name": "power 2"}, "outlets": [{"lat": 22.51, "lon": 114.01}]}
)");
    }

    void visitsTheOutletsInOrder()
    {
        const QString out = m_dir.filePath(u"route.nmea"_s);
        const Run result = run({u"--permits"_s, m_permits, u"--industry"_s, u"4411"_s, u"--count"_s,
            u"5"_s, u"--dwell"_s, u"5"_s, u"--out"_s, out});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"3 stops"_s), qPrintable(result.out));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<double> lats;
        while (!file.atEnd()) {
            const QStringList fields = QString::fromLatin1(file.readLine()).split(u',');
            if (fields.first() == u"$GPRMC"_s)
                lats << nmeaDegrees(fields[3], 2);
        }
        QVERIFY(lats.size() > 15); // three stops of 5 s and the travel between them
        QVERIFY(std::fabs(lats.first() - 22.50) < 0.0002); // B's first outlet, not the paper mill
        QVERIFY(std::fabs(lats.last() - 22.51) < 0.0002);

        const QString again = m_dir.filePath(u"again.nmea"_s);
        QCOMPARE(run({u"--permits"_s, m_permits, u"--industry"_s, u"4411"_s, u"--dwell"_s, u"5"_s,
                         u"--out"_s, again})
                     .exitCode,
            0);
        QFile second(again);
        QVERIFY(second.open(QIODevice::ReadOnly));
        QVERIFY(file.seek(0));
        QCOMPARE(second.readAll(), file.readAll());
    }

    void givenPermitsInTheGivenOrder()
    {
        const QString out = m_dir.filePath(u"given.nmea"_s);
        const Run result = run({u"--permits"_s, m_permits, u"--permit"_s, u"C001P"_s, u"--permit"_s,
            u"A001P"_s, u"--dwell"_s, u"3"_s, u"--out"_s, out});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.indexOf(u"C001P"_s) < result.out.indexOf(u"A001P"_s));
        QVERIFY(result.out.contains(u"2 stops"_s));
    }

    void badCommandLines()
    {
        QCOMPARE(run({u"--permits"_s, m_permits}).exitCode, 2);
        const Run both = run({u"--permits"_s, m_permits, u"--permit"_s, u"A001P"_s, u"--industry"_s,
            u"4411"_s, u"--out"_s, u"x"_s});
        QCOMPARE(both.exitCode, 2);
        QVERIFY(both.err.contains(u"--permit"_s));
        const Run speed = run({u"--permits"_s, m_permits, u"--industry"_s, u"4411"_s, u"--speed"_s,
            u"0"_s, u"--out"_s, u"x"_s});
        QCOMPARE(speed.exitCode, 2);
        QVERIFY(speed.err.contains(u"--speed"_s));
        const Run unknown = run({u"--permits"_s, m_permits, u"--permit"_s, u"Z999P"_s, u"--out"_s,
            m_dir.filePath(u"z.nmea"_s)});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(u"Z999P"_s));
    }
};

QTEST_GUILESS_MAIN(TestDemoRoute)
#include "tst_demoroute.moc"
