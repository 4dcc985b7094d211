#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <cstdint>

namespace outfall::demo {

// Writes an NMEA 0183 log (GPRMC + GPGGA at 1 Hz) of an inspector walking a route:
// travelling between stops, then standing at each stop for a while. The demo app replays
// it through Qt Positioning's NMEA source, and tests use it as a known walk.
//
// Horizontal accuracy is carried as HDOP; with Qt's user-equivalent range error (UERE) set to
// domain::GnssAccuracy::kUereMetres the reader gets accuracy = 2 × HDOP × UERE (Qt's 95 % figure):
// about 8 m while standing, 12 m while moving. Eight seconds of each leg of 30 s or more are an
// "urban canyon" with HDOP near 9.5 (about 95 m), so fixes worse than the 20 m threshold occur.
class NmeaRoute
{
public:
    struct Stop
    {
        double lat = 0;
        double lon = 0;
        int dwellSeconds = 120;
    };

    NmeaRoute(QDateTime startUtc, double speedMetresPerSecond, std::uint64_t seed);

    void addStop(const Stop &stop);
    // The whole log, CRLF line ends. Deterministic for the same stops, start and seed.
    QByteArray write() const;

    // Checksum: XOR of the bytes between '$' and '*', as two upper-case hex digits.
    static QByteArray checksum(const QByteArray &body);
    static QByteArray sentence(const QByteArray &body); // "$" body "*" checksum CRLF

private:
    QDateTime m_start;
    double m_speed;
    std::uint64_t m_seed;
    QList<Stop> m_stops;
};

} // namespace outfall::demo
