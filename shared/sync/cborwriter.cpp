#include "sync/cborwriter.h"

#include <bit>
#include <cstring>

namespace outfall::sync {

namespace {

template<typename T>
void appendBigEndian(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    for (std::size_t i = 0; i < sizeof(T); ++i)
        bytes[i] = char((value >> (8 * (sizeof(T) - 1 - i))) & 0xff);
    out.append(bytes, qsizetype(sizeof(T)));
}

} // namespace

void CborWriter::head(unsigned major, quint64 argument)
{
    const auto initial = char(major << 5);
    if (argument < 24) {
        m_out.append(char(initial | char(argument)));
    } else if (argument <= 0xff) {
        m_out.append(char(initial | 24));
        m_out.append(char(argument));
    } else if (argument <= 0xffff) {
        m_out.append(char(initial | 25));
        appendBigEndian(m_out, std::uint16_t(argument));
    } else if (argument <= 0xffffffff) {
        m_out.append(char(initial | 26));
        appendBigEndian(m_out, std::uint32_t(argument));
    } else {
        m_out.append(char(initial | 27));
        appendBigEndian(m_out, argument);
    }
}

void CborWriter::append(float value)
{
    m_out.append(char(0xfa));
    appendBigEndian(m_out, std::bit_cast<std::uint32_t>(value));
}

void CborWriter::append(double value)
{
    m_out.append(char(0xfb));
    appendBigEndian(m_out, std::bit_cast<std::uint64_t>(value));
}

void CborWriter::append(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    head(3, quint64(utf8.size()));
    m_out.append(utf8);
}

void CborWriter::appendByteString(const char *data, qsizetype size)
{
    head(2, quint64(size));
    m_out.append(data, size);
}

} // namespace outfall::sync
