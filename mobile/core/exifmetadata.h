#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace outfall::mobile {

// What a JPEG says about itself in its EXIF block (APP1 "Exif"): when the picture was taken
// (DateTimeOriginal, with OffsetTimeOriginal when the camera wrote one) and where (the GPS
// IFD's latitude and longitude, and GPSHPositioningError as the accuracy when present).
// Qt 6.4's QImageReader reads only the orientation from EXIF, so this is a small reader of
// its own for exactly these tags.
//
// EXIF is hostile input: every offset, count and size is checked against the bytes before it
// is read, only IFD0 and the two IFDs it points to are visited (no chains, so no loops), and a
// value that does not make sense (a date of "0000:00:00", a zero denominator, a latitude of 95°,
// a hemisphere other than N/S/E/W) is left out rather than guessed. Reading never throws: a
// missing or broken block is a picture without these facts, and `problem` says what was wrong.
struct ExifMetadata
{
    // ISO 8601 local time as the camera recorded it, "2026-11-30T10:15:00", followed by the
    // offset ("+08:00") only when EXIF states it: without one the zone is unknown, and the time
    // is kept as written rather than converted from a guessed zone.
    QString takenAt;
    std::optional<double> lat;
    std::optional<double> lon;
    std::optional<double> accuracyM; // GPSHPositioningError, metres
    // Empty when the block was absent or read cleanly; else why something was left out
    // ("EXIF IFD offset 70000 is beyond the 1200-byte block").
    QString problem;

    bool hasPosition() const { return lat && lon; }

    // A stored takenAt as people read it: "2026-11-30 10:15:42 +08:00" (the zone only when
    // EXIF gave one); empty for empty.
    static QString displayTime(const QString &takenAt);

    // `bytes`: the start of a JPEG file (the EXIF block is in the segments before the image
    // data, so the first kReadBytes are enough). Anything else (a PNG) has no EXIF here.
    static ExifMetadata fromJpeg(const QByteArray &bytes);
    // Reads at most kReadBytes of the file; an unreadable file has no EXIF.
    static ExifMetadata fromFile(const QString &path);

    static constexpr qint64 kReadBytes = 1024 * 1024;
};

} // namespace outfall::mobile
