#include "core/exifmetadata.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>

#include <array>
#include <cmath>
#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;

namespace outfall::mobile {

namespace {

// TIFF tags read (EXIF 2.32, CIPA DC-008).
constexpr quint16 kExifIfdPointer = 0x8769;
constexpr quint16 kGpsIfdPointer = 0x8825;
constexpr quint16 kDateTimeOriginal = 0x9003;
constexpr quint16 kOffsetTimeOriginal = 0x9011;
constexpr quint16 kGpsLatitudeRef = 0x0001;
constexpr quint16 kGpsLatitude = 0x0002;
constexpr quint16 kGpsLongitudeRef = 0x0003;
constexpr quint16 kGpsLongitude = 0x0004;
constexpr quint16 kGpsHPositioningError = 0x001F;

constexpr quint16 kAscii = 2;
constexpr quint16 kLong = 4;
constexpr quint16 kRational = 5;
constexpr quint16 kIfd = 13;

// Bytes per value of each TIFF type (index = type); 0: a type this reader does not know.
constexpr std::array<int, 14> kTypeBytes {0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4};

// A worse accuracy says nothing about where the picture was taken (as for fixes).
constexpr double kMaxAccuracyM = 100'000;

// The TIFF structure inside the EXIF block: every read is checked against its size.
class Tiff
{
public:
    struct Entry
    {
        quint16 tag = 0;
        quint16 type = 0;
        quint32 count = 0;
        qint64 valueAt = 0; // where the value's bytes start, checked to lie inside the block
    };

    Tiff(const uchar *data, qint64 size)
        : m_data(data)
        , m_size(size)
    { }

    // Reads the byte order and the offset of IFD0; false with `problem` set when malformed.
    bool open(QString &problem)
    {
        if (m_size < 8) {
            problem = u"the EXIF block has %1 bytes, fewer than a TIFF header's 8"_s.arg(m_size);
            return false;
        }
        if (m_data[0] == 'I' && m_data[1] == 'I')
            m_little = true;
        else if (m_data[0] == 'M' && m_data[1] == 'M')
            m_little = false;
        else {
            problem = u"the EXIF block has no TIFF byte order mark"_s;
            return false;
        }
        if (u16(2) != 42) {
            problem = u"the EXIF block's TIFF header is not 42"_s;
            return false;
        }
        m_firstIfd = *u32(4);
        return true;
    }

    quint32 firstIfd() const { return m_firstIfd; }

    std::optional<quint16> u16(qint64 at) const
    {
        if (at < 0 || at > m_size - 2)
            return std::nullopt;
        const uchar *p = m_data + at;
        return m_little ? quint16(p[0] | p[1] << 8) : quint16(p[0] << 8 | p[1]);
    }

    std::optional<quint32> u32(qint64 at) const
    {
        if (at < 0 || at > m_size - 4)
            return std::nullopt;
        const uchar *p = m_data + at;
        return m_little
            ? quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24
            : quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]);
    }

    // The entries of the IFD at `offset`; entries whose value lies outside the block are left
    // out and named in `problem`. nullopt when the directory itself is outside.
    std::optional<QList<Entry>> directory(quint32 offset, QString &problem) const
    {
        const auto count = u16(offset);
        if (!count || qint64(offset) + 2 + 12 * qint64(*count) > m_size) {
            problem =
                u"an EXIF directory at offset %1 lies beyond the %2-byte block"_s.arg(offset).arg(
                    m_size);
            return std::nullopt;
        }
        QList<Entry> entries;
        for (qint64 i = 0; i < *count; ++i) {
            const qint64 at = qint64(offset) + 2 + 12 * i;
            Entry entry {*u16(at), *u16(at + 2), *u32(at + 4), at + 8};
            const int unit = entry.type < kTypeBytes.size() ? kTypeBytes[entry.type] : 0;
            const qint64 bytes = qint64(unit) * entry.count; // ≤ 8 × (2^32 − 1): no overflow
            if (unit == 0)
                continue; // a type this reader has no use for
            if (bytes > 4)
                entry.valueAt = *u32(at + 8);
            if (entry.valueAt + bytes > m_size) {
                problem = u"EXIF tag 0x%1's value (%2 bytes at offset %3) lies beyond the %4-byte"
                          u" block"_s.arg(uint(entry.tag), 4, 16, QChar(u'0'))
                              .arg(bytes)
                              .arg(entry.valueAt)
                              .arg(m_size);
                continue;
            }
            entries.append(entry);
        }
        return entries;
    }

    QByteArray ascii(const Entry &entry) const
    {
        if (entry.type != kAscii)
            return {};
        const QByteArray raw(
            reinterpret_cast<const char *>(m_data + entry.valueAt), qsizetype(entry.count));
        const qsizetype end = raw.indexOf('\0');
        return end < 0 ? raw : raw.left(end);
    }

    // The index-th rational of a RATIONAL entry; nullopt for a zero denominator.
    std::optional<double> rational(const Entry &entry, quint32 index) const
    {
        if (entry.type != kRational || index >= entry.count)
            return std::nullopt;
        const auto numerator = u32(entry.valueAt + 8 * qint64(index));
        const auto denominator = u32(entry.valueAt + 8 * qint64(index) + 4);
        if (!numerator || !denominator || *denominator == 0)
            return std::nullopt;
        return double(*numerator) / double(*denominator);
    }

    std::optional<quint32> offsetIn(const Entry &entry) const
    {
        if ((entry.type != kLong && entry.type != kIfd) || entry.count != 1)
            return std::nullopt;
        return u32(entry.valueAt);
    }

private:
    const uchar *m_data;
    qint64 m_size;
    bool m_little = true;
    quint32 m_firstIfd = 0;
};

const Tiff::Entry *find(const QList<Tiff::Entry> &entries, quint16 tag)
{
    for (const Tiff::Entry &entry : entries) {
        if (entry.tag == tag)
            return &entry;
    }
    return nullptr;
}

void readTime(const Tiff &tiff, const QList<Tiff::Entry> &exif, ExifMetadata &out)
{
    const Tiff::Entry *original = find(exif, kDateTimeOriginal);
    if (!original)
        return;
    const QString text = QString::fromLatin1(tiff.ascii(*original)).trimmed();
    const QDateTime time = QDateTime::fromString(text, u"yyyy:MM:dd HH:mm:ss"_s);
    if (!time.isValid()) {
        out.problem = u"DateTimeOriginal \"%1\" is not a date and time"_s.arg(text.left(40));
        return;
    }
    out.takenAt = time.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
    if (const Tiff::Entry *offset = find(exif, kOffsetTimeOriginal)) {
        static const QRegularExpression valid(u"^[+-](0\\d|1[0-4]):[0-5]\\d$"_s);
        const QString zone = QString::fromLatin1(tiff.ascii(*offset)).trimmed();
        if (valid.match(zone).hasMatch())
            out.takenAt += zone;
    }
}

// Degrees, minutes, seconds with their hemisphere; nullopt when any part is missing or odd.
std::optional<double> coordinate(const Tiff &tiff, const QList<Tiff::Entry> &gps, quint16 refTag,
    quint16 valueTag, char positive, char negative, double limit)
{
    const Tiff::Entry *ref = find(gps, refTag);
    const Tiff::Entry *value = find(gps, valueTag);
    if (!ref || !value || value->count < 3)
        return std::nullopt;
    const QByteArray hemisphere = tiff.ascii(*ref);
    if (hemisphere != QByteArray(1, positive) && hemisphere != QByteArray(1, negative))
        return std::nullopt;
    const auto degrees = tiff.rational(*value, 0);
    const auto minutes = tiff.rational(*value, 1);
    const auto seconds = tiff.rational(*value, 2);
    if (!degrees || !minutes || !seconds || *minutes >= 60 || *seconds >= 60)
        return std::nullopt;
    const double magnitude = *degrees + *minutes / 60 + *seconds / 3600;
    if (!std::isfinite(magnitude) || magnitude > limit)
        return std::nullopt;
    return hemisphere.front() == negative ? -magnitude : magnitude;
}

void readPosition(const Tiff &tiff, const QList<Tiff::Entry> &gps, ExifMetadata &out)
{
    const auto lat = coordinate(tiff, gps, kGpsLatitudeRef, kGpsLatitude, 'N', 'S', 90);
    const auto lon = coordinate(tiff, gps, kGpsLongitudeRef, kGpsLongitude, 'E', 'W', 180);
    if (!lat || !lon) {
        if (find(gps, kGpsLatitude) || find(gps, kGpsLongitude))
            out.problem = u"the GPS latitude or longitude is incomplete or out of range"_s;
        return;
    }
    out.lat = lat;
    out.lon = lon;
    if (const Tiff::Entry *error = find(gps, kGpsHPositioningError)) {
        const auto metres = tiff.rational(*error, 0);
        if (metres && *metres > 0 && *metres <= kMaxAccuracyM)
            out.accuracyM = metres;
    }
}

void readTiff(const uchar *data, qint64 size, ExifMetadata &out)
{
    Tiff tiff(data, size);
    if (!tiff.open(out.problem))
        return;
    const auto ifd0 = tiff.directory(tiff.firstIfd(), out.problem);
    if (!ifd0)
        return;
    // Only the two directories IFD0 points to are read: no chain is followed, so a loop of
    // offsets cannot make this run forever.
    if (const Tiff::Entry *pointer = find(*ifd0, kExifIfdPointer)) {
        if (const auto offset = tiff.offsetIn(*pointer)) {
            if (const auto exif = tiff.directory(*offset, out.problem))
                readTime(tiff, *exif, out);
        }
    }
    if (const Tiff::Entry *pointer = find(*ifd0, kGpsIfdPointer)) {
        if (const auto offset = tiff.offsetIn(*pointer)) {
            if (const auto gps = tiff.directory(*offset, out.problem))
                readPosition(tiff, *gps, out);
        }
    }
}

} // namespace

ExifMetadata ExifMetadata::fromJpeg(const QByteArray &bytes)
{
    ExifMetadata out;
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qint64 size = bytes.size();
    if (size < 4 || data[0] != 0xFF || data[1] != 0xD8)
        return out; // not a JPEG: no EXIF block to read
    qint64 pos = 2;
    while (pos + 4 <= size) {
        if (data[pos] != 0xFF) {
            out.problem = u"the JPEG has no segment marker at byte %1"_s.arg(pos);
            return out;
        }
        const uchar marker = data[pos + 1];
        if (marker == 0xFF) { // fill byte before a marker
            ++pos;
            continue;
        }
        if (marker == 0xDA || marker == 0xD9)
            return out; // image data or the end: no EXIF block before it
        if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
            pos += 2; // markers without a length
            continue;
        }
        const qint64 length = qint64(data[pos + 2]) << 8 | data[pos + 3];
        const qint64 end = pos + 2 + length;
        if (length < 2 || end > size) {
            out.problem = u"the JPEG segment at byte %1 claims %2 bytes, past the end of the %3"
                          u" read"_s.arg(pos)
                              .arg(length)
                              .arg(size);
            return out;
        }
        static constexpr char kExifHeader[6] = {'E', 'x', 'i', 'f', 0, 0};
        if (marker == 0xE1 && length - 2 >= 6
            && std::memcmp(data + pos + 4, kExifHeader, sizeof kExifHeader) == 0) {
            readTiff(data + pos + 10, end - (pos + 10), out);
            return out;
        }
        pos = end;
    }
    return out;
}

QString ExifMetadata::displayTime(const QString &takenAt)
{
    QString text = takenAt;
    text.replace(u'T', u' ');
    if (text.size() > 19)
        text.insert(19, u' '); // before the zone
    return text;
}

ExifMetadata ExifMetadata::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fromJpeg(file.read(kReadBytes));
}

} // namespace outfall::mobile
