// NmeaRoute: sentence checksums, timing (1 Hz: travel + dwell), determinism, and the
// poor-HDOP stretch that produces fixes worse than the 20 m threshold.
#include "demo/nmearoute.h"
#include "domain/gnssaccuracy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using outfall::demo::NmeaRoute;

class TestNmeaRoute : public QObject
{
    Q_OBJECT

    static NmeaRoute twoStops(std::uint64_t seed)
    {
        NmeaRoute route(QDateTime(QDate(2026, 11, 2), QTime(1, 30), Qt::UTC), 10.0, seed);
        route.addStop({22.5000, 114.0000, 30});
        route.addStop({22.5090, 114.0000, 20}); // ~1 000 m north: 100 s at 10 m/s
        return route;
    }

private Q_SLOTS:
    void checksumOfTheTextbookSentence()
    {
        // The GGA example of the NMEA 0183 references, checksum 47.
        QCOMPARE(
            NmeaRoute::checksum("GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,"),
            QByteArray("47"));
        QCOMPARE(NmeaRoute::sentence("X"), QByteArray("$X*58\r\n"));
    }

    void oneRmcAndOneGgaPerSecond()
    {
        const QList<QByteArray> lines = twoStops(1).write().split('\n');
        const int sentences = static_cast<int>(lines.size()) - 1; // trailing empty piece
        const int seconds = 30 + 100 + 20;
        QCOMPARE(sentences, 2 * seconds);
        QVERIFY(lines.first().startsWith("$GPRMC,013000.00,A,2230.0"));
        QVERIFY(lines[1].startsWith("$GPGGA,013000.00,2230.0"));
        QVERIFY(lines[1].contains(",11400.0"));
        // The last second is 01:32:29 (150 s after the start).
        QVERIFY(lines[lines.size() - 3].startsWith("$GPRMC,013229.00"));
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            const QByteArray body = line.mid(1, line.indexOf('*') - 1);
            QCOMPARE(line.mid(line.indexOf('*') + 1, 2), NmeaRoute::checksum(body));
        }
    }

    void deterministicForTheSameSeed()
    {
        QCOMPARE(twoStops(7).write(), twoStops(7).write());
        QVERIFY(twoStops(7).write() != twoStops(8).write());
    }

    void travelHasAPoorFixStretch()
    {
        int poor = 0;
        for (const QByteArray &line : twoStops(3).write().split('\n')) {
            if (!line.startsWith("$GPGGA"))
                continue;
            const double hdop = line.split(',').at(8).toDouble();
            if (outfall::domain::GnssAccuracy::metresFromHdop(hdop) > 20.0)
                ++poor;
        }
        QCOMPARE(poor, 8);
    }
};

QTEST_GUILESS_MAIN(TestNmeaRoute)
#include "tst_nmearoute.moc"
