#pragma once

namespace outfall::domain::GnssAccuracy {

// A receiver's horizontal accuracy from its HDOP. Qt's NMEA reader reports accuracy as
// 2 × HDOP × UERE (its 95 % figure); 5 m is a typical user-equivalent range error of a
// consumer GNSS receiver, so an HDOP of 0.8 reads as 8 m and the 20 m threshold of a
// position check is an HDOP of 2.
inline constexpr double kUereMetres = 5.0;

constexpr double metresFromHdop(double hdop)
{
    return 2.0 * hdop * kUereMetres;
}

} // namespace outfall::domain::GnssAccuracy
