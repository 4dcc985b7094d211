#include "demo/nmearoute.h"

#include "domain/gnssaccuracy.h"

#include <QtMath>

#include <cmath>

namespace outfall::demo {

namespace {

constexpr double kEarthRadius = 6371008.8;

// NMEA writes angles as degrees and decimal minutes: ddmm.mmmm / dddmm.mmmm.
QByteArray angle(double degrees, int degreeDigits)
{
    const double absolute = std::fabs(degrees);
    const int whole = static_cast<int>(absolute);
    const double minutes = (absolute - whole) * 60.0;
    return QByteArray::number(whole).rightJustified(degreeDigits, '0')
        + QByteArray::number(minutes, 'f', 4).rightJustified(7, '0');
}

// A small deterministic generator (splitmix64) for jitter; the demo must not depend on the
// platform's random number generator.
struct Jitter
{
    std::uint64_t state;
    double next() // uniform in [-1, 1)
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        z ^= z >> 31;
        return static_cast<double>(z >> 11) / static_cast<double>(1ull << 52) - 1.0;
    }
};

struct Sample
{
    double lat;
    double lon;
    double speedKnots;
    double courseDeg;
    double hdop;
};

} // namespace

NmeaRoute::NmeaRoute(QDateTime startUtc, double speedMetresPerSecond, std::uint64_t seed)
    : m_start(std::move(startUtc))
    , m_speed(speedMetresPerSecond)
    , m_seed(seed)
{ }

void NmeaRoute::addStop(const Stop &stop)
{
    m_stops.append(stop);
}

QByteArray NmeaRoute::checksum(const QByteArray &body)
{
    unsigned char sum = 0;
    for (const char c : body)
        sum ^= static_cast<unsigned char>(c);
    return QByteArray::number(sum, 16).toUpper().rightJustified(2, '0');
}

QByteArray NmeaRoute::sentence(const QByteArray &body)
{
    return '$' + body + '*' + checksum(body) + "\r\n";
}

QByteArray NmeaRoute::write() const
{
    Jitter jitter {m_seed};
    QList<Sample> samples;
    for (qsizetype i = 0; i < m_stops.size(); ++i) {
        const Stop &stop = m_stops[i];
        if (i > 0) {
            // Travel from the previous stop in a straight line (good enough for a demo walk).
            const Stop &from = m_stops[i - 1];
            const double dy = qDegreesToRadians(stop.lat - from.lat) * kEarthRadius;
            const double dx = qDegreesToRadians(stop.lon - from.lon) * kEarthRadius
                * std::cos(qDegreesToRadians(from.lat));
            const double distance = std::hypot(dx, dy);
            const int seconds = std::max(1, static_cast<int>(distance / m_speed));
            const double course = std::fmod(qRadiansToDegrees(std::atan2(dx, dy)) + 360.0, 360.0);
            const int canyonStart = seconds / 3;
            for (int s = 1; s <= seconds; ++s) {
                const double f = static_cast<double>(s) / seconds;
                // Only legs of half a minute or more pass an urban canyon.
                const bool canyon = seconds >= 30 && s >= canyonStart && s < canyonStart + 8;
                samples.append({from.lat + (stop.lat - from.lat) * f,
                    from.lon + (stop.lon - from.lon) * f, m_speed * 1.943844, course,
                    canyon ? 9.5 + jitter.next() : 1.2 + 0.3 * jitter.next()});
            }
        }
        for (int s = 0; s < stop.dwellSeconds; ++s) {
            // Standing still: a few metres of GPS wander around the stop.
            const double wander = 2.0 / kEarthRadius;
            samples.append({stop.lat + qRadiansToDegrees(wander * jitter.next()),
                stop.lon + qRadiansToDegrees(wander * jitter.next()), 0.0, 0.0,
                0.8 + 0.2 * jitter.next()});
        }
    }

    QByteArray log;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const Sample &p = samples[i];
        const QDateTime at = m_start.addSecs(i);
        const QByteArray time = at.toString(QStringLiteral("HHmmss.00")).toLatin1();
        const QByteArray date = at.toString(QStringLiteral("ddMMyy")).toLatin1();
        const QByteArray lat = angle(p.lat, 2) + (p.lat >= 0 ? ",N" : ",S");
        const QByteArray lon = angle(p.lon, 3) + (p.lon >= 0 ? ",E" : ",W");
        log += sentence("GPRMC," + time + ",A," + lat + ',' + lon + ','
            + QByteArray::number(p.speedKnots, 'f', 1) + ','
            + QByteArray::number(p.courseDeg, 'f', 1) + ',' + date + ",,,A");
        log += sentence("GPGGA," + time + ',' + lat + ',' + lon + ",1,09,"
            + QByteArray::number(p.hdop, 'f', 1) + ",12.0,M,-2.5,M,,");
    }
    return log;
}

} // namespace outfall::demo
