#include "sync/uuid.h"

namespace outfall::sync {

namespace {

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    return -1; // upper case is not canonical
}

constexpr bool isDashPosition(qsizetype i)
{
    return i == 8 || i == 13 || i == 18 || i == 23;
}

} // namespace

std::optional<Uuid> Uuid::fromText(QStringView text)
{
    if (text.size() != 36)
        return std::nullopt;
    Bytes bytes {};
    int nibble = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isDashPosition(i)) {
            if (text[i] != u'-')
                return std::nullopt;
            continue;
        }
        const int value = hexValue(text[i].unicode());
        if (value < 0)
            return std::nullopt;
        bytes[static_cast<std::size_t>(nibble / 2)] |=
            static_cast<std::uint8_t>(nibble % 2 == 0 ? value << 4 : value);
        ++nibble;
    }
    return Uuid(bytes);
}

std::optional<Uuid> Uuid::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != 16)
        return std::nullopt;
    Bytes out {};
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = static_cast<std::uint8_t>(bytes[static_cast<qsizetype>(i)]);
    return Uuid(out);
}

QString Uuid::toText() const
{
    static constexpr char16_t digits[] = u"0123456789abcdef";
    QString text(36, Qt::Uninitialized);
    QChar *out = text.data();
    std::size_t byte = 0;
    for (qsizetype i = 0; i < 36; ++i) {
        if (isDashPosition(i)) {
            out[i] = u'-';
            continue;
        }
        out[i] = digits[m_bytes[byte] >> 4];
        out[++i] = digits[m_bytes[byte] & 0x0f];
        ++byte;
    }
    return text;
}

QByteArray Uuid::toByteArray() const
{
    return QByteArray(
        reinterpret_cast<const char *>(m_bytes.data()), static_cast<qsizetype>(m_bytes.size()));
}

} // namespace outfall::sync
