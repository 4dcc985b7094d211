#include "core/signaturestrokes.h"

#include "core/actionrefused.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace outfall::mobile {

namespace {

void putVarint(QByteArray &out, std::uint64_t value)
{
    while (value >= 0x80) {
        out.append(static_cast<char>((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(static_cast<char>(value));
}

void putSigned(QByteArray &out, std::int64_t value)
{
    // Zigzag: small magnitudes of either sign take one byte.
    putVarint(
        out, (static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63));
}

class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_bytes(bytes)
    { }

    std::optional<std::uint64_t> varint()
    {
        std::uint64_t value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_pos >= m_bytes.size())
                return std::nullopt;
            const auto byte = static_cast<std::uint8_t>(m_bytes[m_pos++]);
            value |= std::uint64_t(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return value;
        }
        return std::nullopt;
    }

    std::optional<std::int64_t> signedVarint()
    {
        const auto raw = varint();
        if (!raw)
            return std::nullopt;
        return static_cast<std::int64_t>(*raw >> 1) ^ -static_cast<std::int64_t>(*raw & 1);
    }

    bool atEnd() const { return m_pos == m_bytes.size(); }

private:
    const QByteArray &m_bytes;
    qsizetype m_pos = 1; // after the version byte
};

} // namespace

int SignatureStrokes::pointCount() const
{
    qsizetype count = 0;
    for (const Stroke &stroke : strokes)
        count += stroke.size();
    return static_cast<int>(count);
}

QByteArray SignatureStrokes::encode() const
{
    QByteArray out;
    out.append(kVersion);
    putVarint(out, static_cast<std::uint64_t>(std::max(0, padSize.width())));
    putVarint(out, static_cast<std::uint64_t>(std::max(0, padSize.height())));
    putVarint(out, static_cast<std::uint64_t>(strokes.size()));
    for (const Stroke &stroke : strokes) {
        putVarint(out, static_cast<std::uint64_t>(stroke.size()));
        QPoint previous;
        for (const QPoint &point : stroke) {
            putSigned(out, point.x() - previous.x());
            putSigned(out, point.y() - previous.y());
            previous = point;
        }
    }
    return out;
}

std::optional<SignatureStrokes> SignatureStrokes::decode(const QByteArray &bytes)
{
    if (bytes.isEmpty() || bytes[0] != kVersion)
        return std::nullopt;
    Reader reader(bytes);
    const auto width = reader.varint();
    const auto height = reader.varint();
    const auto strokeCount = reader.varint();
    if (!width || !height || !strokeCount || *width > 100000 || *height > 100000
        || *strokeCount > std::uint64_t(kMaxPoints))
        return std::nullopt;
    SignatureStrokes result;
    result.padSize = QSize(static_cast<int>(*width), static_cast<int>(*height));
    std::uint64_t total = 0;
    for (std::uint64_t s = 0; s < *strokeCount; ++s) {
        const auto points = reader.varint();
        if (!points || (total += *points) > std::uint64_t(kMaxPoints))
            return std::nullopt;
        Stroke stroke;
        stroke.reserve(static_cast<qsizetype>(*points));
        std::int64_t x = 0;
        std::int64_t y = 0;
        for (std::uint64_t p = 0; p < *points; ++p) {
            const auto dx = reader.signedVarint();
            const auto dy = reader.signedVarint();
            if (!dx || !dy)
                return std::nullopt;
            x += *dx;
            y += *dy;
            if (x < INT32_MIN || x > INT32_MAX || y < INT32_MIN || y > INT32_MAX)
                return std::nullopt;
            stroke.append(QPoint(static_cast<int>(x), static_cast<int>(y)));
        }
        result.strokes.append(stroke);
    }
    if (!reader.atEnd())
        return std::nullopt;
    return result;
}

double SignatureStrokes::inkLength() const
{
    double length = 0;
    for (const Stroke &stroke : strokes) {
        for (qsizetype i = 1; i < stroke.size(); ++i)
            length += QLineF(stroke[i - 1], stroke[i]).length();
    }
    return length;
}

QRect SignatureStrokes::bounds() const
{
    QRect box;
    for (const Stroke &stroke : strokes) {
        for (const QPoint &p : stroke)
            box = box.isNull() ? QRect(p, QSize(1, 1)) : box.united(QRect(p, QSize(1, 1)));
    }
    return box;
}

QString SignatureStrokes::shortfall() const
{
    if (isEmpty())
        return Refusal::tr("nothing is drawn on the pad: sign your name on it");
    const QSize pad = padSize.isValid() && !padSize.isEmpty() ? padSize : kFallbackPad;
    const QRect box = bounds();
    // bounds() counts pixels: a straight line one pixel wide has a height of 1, not 0.
    const double width = box.width() - 1;
    const double height = box.height() - 1;
    const bool enoughInk = inkLength() >= kMinInkWidths * pad.width();
    const bool wideEnough = width >= kMinWidthShare * pad.width();
    const bool highEnough = height >= kMinHeightShare * pad.height();
    if (enoughInk && wideEnough && highEnough)
        return {};
    return Refusal::tr("this is too little to be a signature: sign your whole name on the pad, "
                       "across at least %1 % of its width and %2 % of its height")
        .arg(std::lround(kMinWidthShare * 100))
        .arg(std::lround(kMinHeightShare * 100));
}

} // namespace outfall::mobile
