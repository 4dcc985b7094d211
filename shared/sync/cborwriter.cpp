#include "sync/cborwriter.h"

#include <bit>
#include <cstring>

namespace outfall::sync {

namespace {

// The head's bytes: the initial byte, then the argument big-endian in 0, 1, 2, 4 or 8 bytes.
struct Head
{
    char bytes[9];
    qsizetype size;
};

template<typename T>
void putBigEndian(char *out, T value)
{
    for (std::size_t i = 0; i < sizeof(T); ++i)
        out[i] = char((value >> (8 * (sizeof(T) - 1 - i))) & 0xff);
}

Head headOf(unsigned major, quint64 argument)
{
    Head head {};
    const auto initial = char(major << 5);
    if (argument < 24) {
        head.bytes[0] = char(initial | char(argument));
        head.size = 1;
    } else if (argument <= 0xff) {
        head.bytes[0] = char(initial | 24);
        head.bytes[1] = char(argument);
        head.size = 2;
    } else if (argument <= 0xffff) {
        head.bytes[0] = char(initial | 25);
        putBigEndian(head.bytes + 1, std::uint16_t(argument));
        head.size = 3;
    } else if (argument <= 0xffffffff) {
        head.bytes[0] = char(initial | 26);
        putBigEndian(head.bytes + 1, std::uint32_t(argument));
        head.size = 5;
    } else {
        head.bytes[0] = char(initial | 27);
        putBigEndian(head.bytes + 1, argument);
        head.size = 9;
    }
    return head;
}

} // namespace

// One append per item: QByteArray::append(char) costs about as much as appending a run.
void CborWriter::head(unsigned major, quint64 argument)
{
    const Head head = headOf(major, argument);
    m_out.append(head.bytes, head.size);
}

void CborWriter::append(float value)
{
    char bytes[5] = {char(0xfa)};
    putBigEndian(bytes + 1, std::bit_cast<std::uint32_t>(value));
    m_out.append(bytes, 5);
}

void CborWriter::append(double value)
{
    char bytes[9] = {char(0xfb)};
    putBigEndian(bytes + 1, std::bit_cast<std::uint64_t>(value));
    m_out.append(bytes, 9);
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
