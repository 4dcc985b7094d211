#include "evidence/canonicalrecord.h"

#include "evidence/recordformaterror.h"

#include <QtEndian>

#include <bit>
#include <cstring>

using namespace Qt::StringLiterals;

namespace outfall::evidence {

namespace {

constexpr qsizetype kIdBytes = 16;
constexpr qsizetype kKeyBytes = 32;
constexpr qsizetype kHashBytes = 32;
// A value is at most what one push carries; the bound keeps a forged length from asking
// for gigabytes before the bytes are there.
constexpr std::uint32_t kMaxValueBytes = 16u * 1024 * 1024;

void requireSize(const QByteArray &bytes, qsizetype size, const QString &field)
{
    if (bytes.size() != size)
        throw RecordFormatError(field, u"must be %1 bytes, is %2"_s.arg(size).arg(bytes.size()));
}

template<typename T>
void putBig(QByteArray &out, T value)
{
    char buffer[sizeof(T)];
    qToBigEndian(value, buffer);
    out.append(buffer, sizeof(T));
}

class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_bytes(bytes)
    { }

    QByteArray take(qsizetype n, const QString &field)
    {
        if (n > m_bytes.size() - m_at)
            throw RecordFormatError(field,
                u"truncated: needs %1 bytes at offset %2, %3 left"_s.arg(n).arg(m_at).arg(
                    m_bytes.size() - m_at));
        QByteArray part = m_bytes.mid(m_at, n);
        m_at += n;
        return part;
    }
    template<typename T>
    T big(const QString &field)
    {
        const QByteArray raw = take(sizeof(T), field);
        return qFromBigEndian<T>(raw.constData());
    }
    bool atEnd() const { return m_at == m_bytes.size(); }
    qsizetype offset() const { return m_at; }

private:
    const QByteArray &m_bytes;
    qsizetype m_at = 0;
};

QString valueField(std::uint8_t number)
{
    return u"values[%1]"_s.arg(number);
}

} // namespace

QByteArray CanonicalRecord::encode() const
{
    requireSize(deviceId, kIdBytes, u"device_id"_s);
    requireSize(signingKey, kKeyBytes, u"signing_key"_s);
    requireSize(previousSha256, kHashBytes, u"previous_sha256"_s);
    requireSize(rowId, kIdBytes, u"row_id"_s);
    requireSize(supersedesId, kIdBytes, u"supersedes_id"_s);
    if (seq == 0)
        throw RecordFormatError(u"seq"_s, u"starts at 1"_s);
    if (values.size() > 255)
        throw RecordFormatError(u"values"_s, u"more than 255 fields"_s);

    QByteArray out;
    out.append(magic, sizeof magic);
    out.append(char(formatVersion));
    out.append(deviceId);
    out.append(signingKey);
    putBig<std::uint64_t>(out, seq);
    out.append(previousSha256);
    putBig<std::int64_t>(out, signedAtMs);
    out.append(char(kind));
    out.append(char(entity));
    out.append(rowId);
    out.append(supersedesId);
    out.append(char(values.size()));
    int previous = 0;
    for (const Value &value : values) {
        if (value.number <= previous)
            throw RecordFormatError(valueField(value.number), u"field numbers must ascend"_s);
        previous = value.number;
        out.append(char(value.number));
        out.append(char(value.type));
        switch (value.type) {
        case Value::Type::Null:
            putBig<std::uint32_t>(out, 0);
            break;
        case Value::Type::Integer:
            putBig<std::uint32_t>(out, 8);
            putBig<std::int64_t>(out, value.integer);
            break;
        case Value::Type::Real:
            putBig<std::uint32_t>(out, 8);
            putBig<std::uint64_t>(out, std::bit_cast<std::uint64_t>(value.real));
            break;
        case Value::Type::Text:
        case Value::Type::Blob:
            if (std::uint64_t(value.bytes.size()) > kMaxValueBytes)
                throw RecordFormatError(valueField(value.number), u"value too long"_s);
            putBig<std::uint32_t>(out, std::uint32_t(value.bytes.size()));
            out.append(value.bytes);
            break;
        }
    }
    return out;
}

CanonicalRecord CanonicalRecord::decode(const QByteArray &bytes)
{
    Reader in(bytes);
    if (in.take(sizeof magic, u"magic"_s) != QByteArray(magic, sizeof magic))
        throw RecordFormatError(u"magic"_s, u"not an Outfall evidence record (expected OFER)"_s);
    const auto version = in.big<std::uint8_t>(u"version"_s);
    if (version != formatVersion)
        throw RecordFormatError(u"version"_s,
            u"%1 is not a record format this build reads (%2)"_s.arg(version).arg(formatVersion));
    CanonicalRecord record;
    record.deviceId = in.take(kIdBytes, u"device_id"_s);
    record.signingKey = in.take(kKeyBytes, u"signing_key"_s);
    record.seq = in.big<std::uint64_t>(u"seq"_s);
    if (record.seq == 0)
        throw RecordFormatError(u"seq"_s, u"starts at 1"_s);
    record.previousSha256 = in.take(kHashBytes, u"previous_sha256"_s);
    record.signedAtMs = in.big<std::int64_t>(u"signed_at"_s);
    const auto kind = in.big<std::uint8_t>(u"kind"_s);
    if (kind < 1 || kind > 3)
        throw RecordFormatError(u"kind"_s, u"%1 is not 1, 2 or 3"_s.arg(kind));
    record.kind = Kind(kind);
    record.entity = in.big<std::uint8_t>(u"entity"_s);
    if (record.entity == 0)
        throw RecordFormatError(u"entity"_s, u"0 is no entity"_s);
    record.rowId = in.take(kIdBytes, u"row_id"_s);
    record.supersedesId = in.take(kIdBytes, u"supersedes_id"_s);
    const auto count = in.big<std::uint8_t>(u"value_count"_s);
    int previous = 0;
    for (int i = 0; i < count; ++i) {
        Value value;
        value.number = in.big<std::uint8_t>(u"values[#%1].number"_s.arg(i));
        const QString field = valueField(value.number);
        if (value.number <= previous)
            throw RecordFormatError(field, u"field numbers must ascend"_s);
        previous = value.number;
        const auto type = in.big<std::uint8_t>(field + u".type"_s);
        if (type > 4)
            throw RecordFormatError(field + u".type"_s, u"%1 is no value type"_s.arg(type));
        value.type = Value::Type(type);
        const auto length = in.big<std::uint32_t>(field + u".length"_s);
        const auto fixedLength = [&](std::uint32_t expected) {
            if (length != expected)
                throw RecordFormatError(field + u".length"_s,
                    u"must be %1 for this type, is %2"_s.arg(expected).arg(length));
        };
        switch (value.type) {
        case Value::Type::Null:
            fixedLength(0);
            break;
        case Value::Type::Integer:
            fixedLength(8);
            value.integer = in.big<std::int64_t>(field);
            break;
        case Value::Type::Real:
            fixedLength(8);
            value.real = std::bit_cast<double>(in.big<std::uint64_t>(field));
            break;
        case Value::Type::Text:
        case Value::Type::Blob:
            if (length > kMaxValueBytes)
                throw RecordFormatError(
                    field + u".length"_s, u"%1 bytes is too long"_s.arg(length));
            value.bytes = in.take(qsizetype(length), field);
            break;
        }
        record.values.push_back(std::move(value));
    }
    if (!in.atEnd())
        throw RecordFormatError(
            u"end"_s, u"%1 bytes after the last value"_s.arg(bytes.size() - in.offset()));
    if (record.kind != Kind::Correction && record.supersedesId != QByteArray(kIdBytes, '\0'))
        throw RecordFormatError(u"supersedes_id"_s, u"set on a record that is no correction"_s);
    return record;
}

} // namespace outfall::evidence
