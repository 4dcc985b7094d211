#include "sync/cborreader.h"

#include <QFloat16>

#include <bit>

using namespace Qt::StringLiterals;

namespace outfall::sync {

CborReader::CborReader(QByteArrayView data)
    : m_data(data)
{
    decodeHead();
}

QByteArrayView CborReader::payload() const
{
    if (m_type != Type::Bytes && m_type != Type::Text)
        return {};
    return m_data.sliced(m_offset + m_headSize, qsizetype(m_argument));
}

void CborReader::next()
{
    if (m_type == Type::End || m_type == Type::Invalid)
        return;
    m_offset += m_headSize;
    if (m_type == Type::Bytes || m_type == Type::Text)
        m_offset += qsizetype(m_argument); // bounded by decodeHead
    decodeHead();
}

void CborReader::invalidate(const QString &why)
{
    m_type = Type::Invalid;
    m_error = why;
}

void CborReader::decodeHead()
{
    const qsizetype left = m_data.size() - m_offset;
    if (left <= 0) {
        m_type = Type::End;
        m_headSize = 0;
        return;
    }
    const auto *bytes = reinterpret_cast<const std::uint8_t *>(m_data.data()) + m_offset;
    const unsigned major = bytes[0] >> 5;
    const unsigned info = bytes[0] & 0x1f;
    if (info >= 28) {
        invalidate(info == 31 ? u"indefinite length at byte %1"_s.arg(m_offset)
                              : u"reserved additional information at byte %1"_s.arg(m_offset));
        return;
    }
    const int extra = info < 24 ? 0 : 1 << (info - 24);
    if (left < 1 + extra) {
        invalidate(u"item head past the end at byte %1"_s.arg(m_offset));
        return;
    }
    quint64 argument = info < 24 ? info : 0;
    for (int i = 1; i <= extra; ++i)
        argument = (argument << 8) | bytes[i];
    m_headSize = 1 + extra;
    m_argument = argument;
    switch (major) {
    case 0:
        m_type = Type::Unsigned;
        return;
    case 1:
        m_type = Type::Negative;
        return;
    case 2:
    case 3:
        if (argument > quint64(left - m_headSize)) {
            invalidate(
                u"a string of %1 bytes past the end at byte %2"_s.arg(argument).arg(m_offset));
            return;
        }
        m_type = major == 2 ? Type::Bytes : Type::Text;
        return;
    case 4:
        m_type = Type::Array;
        return;
    case 5:
        m_type = Type::Map;
        return;
    case 6:
        invalidate(u"a tag at byte %1"_s.arg(m_offset));
        return;
    default:
        break;
    }
    // Major type 7: simple values and floats.
    switch (info) {
    case 22:
        m_type = Type::Null;
        return;
    case 25:
        m_type = Type::Float;
        m_real = double(float(std::bit_cast<qfloat16>(std::uint16_t(argument))));
        return;
    case 26:
        m_type = Type::Float;
        m_real = double(std::bit_cast<float>(std::uint32_t(argument)));
        return;
    case 27:
        m_type = Type::Float;
        m_real = std::bit_cast<double>(argument);
        return;
    default:
        m_type = Type::Other;
        return;
    }
}

} // namespace outfall::sync
