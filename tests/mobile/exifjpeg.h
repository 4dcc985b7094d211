#pragma once

// JPEGs with an EXIF block, made in the tests (no binary fixtures): a TIFF structure whose
// IFD0 points to an EXIF IFD (DateTimeOriginal, OffsetTimeOriginal) and a GPS IFD (latitude
// and longitude as degrees/minutes/seconds rationals with their hemispheres, and optionally
// GPSHPositioningError), inserted as an APP1 "Exif" segment after the JPEG's SOI marker.

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QString>

#include <cmath>
#include <optional>

namespace exiftest {

struct ExifFields
{
    QByteArray dateTimeOriginal = "2026:11:30 10:15:42";
    QByteArray offsetTimeOriginal = "+08:00"; // empty: no OffsetTimeOriginal tag
    std::optional<double> lat = 22.5131;
    std::optional<double> lon = 113.902;
    std::optional<double> accuracyM; // GPSHPositioningError
    bool bigEndian = false;
};

// The TIFF bytes (what follows "Exif\0\0"). Layout: header 8, IFD0 (2 entries) at 8, EXIF IFD
// (2 entries) at 38, GPS IFD (5 entries) at 68, values from 136.
inline QByteArray exifTiff(const ExifFields &f)
{
    QByteArray t(400, '\0');
    const auto put16 = [&](int at, quint32 v) {
        t[at] = char(f.bigEndian ? v >> 8 : v);
        t[at + 1] = char(f.bigEndian ? v : v >> 8);
    };
    const auto put32 = [&](int at, quint32 v) {
        for (int i = 0; i < 4; ++i)
            t[at + i] = char(v >> (f.bigEndian ? 24 - 8 * i : 8 * i));
    };
    const auto entry = [&](int at, quint16 tag, quint16 type, quint32 count, quint32 value) {
        put16(at, tag);
        put16(at + 2, type);
        put32(at + 4, count);
        put32(at + 8, value);
    };
    int data = 136;
    const auto ascii = [&](const QByteArray &text) {
        const int at = data;
        for (int i = 0; i < text.size(); ++i)
            t[at + i] = text[i];
        data += (int(text.size()) + 2) & ~1; // its NUL, and the next value at an even offset
        return at;
    };
    const auto rationals = [&](double degrees) {
        const int at = data;
        // In 1/10000 s, split in whole numbers: no 60 seconds from rounding.
        const auto total = static_cast<quint64>(std::llround(std::abs(degrees) * 3600 * 10000));
        const quint64 parts[3][2] = {
            {total / 36'000'000, 1}, {total / 600'000 % 60, 1}, {total % 600'000, 10000}};
        for (int i = 0; i < 3; ++i) {
            put32(at + 8 * i, quint32(parts[i][0]));
            put32(at + 8 * i + 4, quint32(parts[i][1]));
        }
        data += 24;
        return at;
    };
    t[0] = t[1] = f.bigEndian ? 'M' : 'I';
    put16(2, 42);
    put32(4, 8);
    put16(8, 2);
    entry(10, 0x8769, 4, 1, 38);
    entry(22, 0x8825, 4, 1, 68);
    put16(38, f.offsetTimeOriginal.isEmpty() ? 1 : 2);
    entry(40, 0x9003, 2, quint32(f.dateTimeOriginal.size() + 1), ascii(f.dateTimeOriginal));
    if (!f.offsetTimeOriginal.isEmpty())
        entry(52, 0x9011, 2, quint32(f.offsetTimeOriginal.size() + 1), ascii(f.offsetTimeOriginal));
    int entries = 0;
    const auto gps = [&](quint16 tag, quint16 type, quint32 count, quint32 value) {
        entry(70 + 12 * entries++, tag, type, count, value);
    };
    if (f.lat && f.lon) {
        // Two-byte hemispheres fit in the entry itself (the first bytes of its value field).
        const auto hemisphere = [&](char c) {
            return f.bigEndian ? quint32(uchar(c)) << 24 : quint32(uchar(c));
        };
        gps(0x0001, 2, 2, hemisphere(*f.lat < 0 ? 'S' : 'N'));
        gps(0x0002, 5, 3, quint32(rationals(*f.lat)));
        gps(0x0003, 2, 2, hemisphere(*f.lon < 0 ? 'W' : 'E'));
        gps(0x0004, 5, 3, quint32(rationals(*f.lon)));
        if (f.accuracyM) {
            const int at = data;
            put32(at, quint32(*f.accuracyM * 10));
            put32(at + 4, 10);
            data += 8;
            gps(0x001F, 5, 1, quint32(at));
        }
    }
    put16(68, quint16(entries));
    t.resize(data);
    return t;
}

// `jpeg` with an APP1 segment carrying `tiff` inserted after its SOI marker.
inline QByteArray withExif(const QByteArray &jpeg, const QByteArray &tiff)
{
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    const qsizetype length = payload.size() + 2;
    QByteArray segment("\xFF\xE1", 2);
    segment.append(char(length >> 8)).append(char(length & 0xFF)).append(payload);
    return jpeg.left(2) + segment + jpeg.mid(2);
}

// A small picture as a JPEG (Qt writes it without EXIF).
inline QByteArray plainJpeg(QSize size = {160, 120}, QColor colour = QColor(0x66, 0x99, 0xcc))
{
    QImage picture(size, QImage::Format_RGB32);
    picture.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "JPG", 85);
    return bytes;
}

} // namespace exiftest
