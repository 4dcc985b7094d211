#include "sync/opbodycodec.h"

#include "sync/cborreader.h"
#include "sync/cborwriter.h"
#include "sync/codecerror.h"
#include "sync/entityschema.h"

#include <cstring>
#include <limits>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace outfall::sync {

namespace {

constexpr int opArrayLength = 9;

struct UuidHash
{
    std::size_t operator()(const Uuid &uuid) const noexcept
    {
        // UUIDv7: bytes 0-7 are time and counter, 8-15 random; mixing both halves
        // spreads ids made in the same millisecond.
        std::uint64_t head = 0;
        std::uint64_t tail = 0;
        std::memcpy(&head, uuid.bytes().data(), 8);
        std::memcpy(&tail, uuid.bytes().data() + 8, 8);
        return static_cast<std::size_t>(tail ^ (head * 0x9e3779b97f4a7c15ULL));
    }
};

class BodyWriter
{
public:
    explicit BodyWriter(QByteArray &out)
        : m_cbor(out)
    { }

    void write(std::span<const Op> ops)
    {
        m_cbor.startArray(static_cast<quint64>(ops.size()));
        for (std::size_t i = 0; i < ops.size(); ++i)
            writeOp(ops[i], i);
    }

private:
    void writeOp(const Op &op, std::size_t index)
    {
        const auto *info = EntitySchema::find(op.entity);
        if (!info)
            throw CodecError(u"op %1: unknown entity %2"_s.arg(index).arg(int(op.entity)));
        m_cbor.startArray(opArrayLength);
        m_cbor.append(
            quint64(static_cast<unsigned>(op.entity) * 2 + static_cast<unsigned>(op.kind)));
        m_cbor.appendByteString(
            reinterpret_cast<const char *>(op.opId.bytes().data()), qsizetype(16));
        m_cbor.append(qint64(op.deviceSeq - m_previousSeq));
        m_previousSeq = op.deviceSeq;
        writeUuid(op.rowId);
        const std::int64_t ms = op.hlc.ms();
        m_cbor.append(qint64(ms - m_previousMs));
        m_previousMs = ms;
        m_cbor.append(quint64(op.hlc.counter()));
        writeUuid(op.hlc.node);
        writeUuid(op.author);
        m_cbor.startMap(static_cast<quint64>(op.fields.size()));
        for (const Op::Field &field : op.fields) {
            const auto *schema = info->field(field.number);
            if (!schema)
                throw CodecError(
                    u"op %1: %2 has no field %3"_s.arg(index).arg(info->table).arg(field.number));
            m_cbor.append(quint64(field.number));
            writeValue(*schema, field.value, ms, index);
        }
    }

    void writeValue(const EntitySchema::Field &schema, const FieldValue &value, std::int64_t opMs,
        std::size_t index)
    {
        using T = EntitySchema::FieldType;
        switch (value.type()) {
        case FieldValue::Type::Null:
            m_cbor.appendNull();
            return;
        case FieldValue::Type::Integer: {
            if (schema.type == T::Uuid)
                break;
            std::int64_t number = value.integer();
            if (schema.type == T::Instant && __builtin_sub_overflow(number, opMs, &number))
                throw CodecError(
                    u"op %1: instant out of range in %2"_s.arg(index).arg(schema.name));
            m_cbor.append(qint64(number));
            return;
        }
        case FieldValue::Type::Real: {
            if (schema.type == T::Uuid)
                break;
            const double real = value.real();
            const auto narrow = static_cast<float>(real);
            if (static_cast<double>(narrow) == real)
                m_cbor.append(narrow);
            else
                m_cbor.append(real);
            return;
        }
        case FieldValue::Type::Text:
            if (schema.type == T::Uuid) {
                if (const auto uuid = Uuid::fromText(value.text())) {
                    writeUuid(*uuid);
                    return;
                }
            }
            m_cbor.append(value.text());
            return;
        case FieldValue::Type::Blob:
            if (schema.type == T::Uuid)
                break;
            m_cbor.append(value.blob());
            return;
        }
        // Integers and byte strings mean uuid refs in a Uuid field.
        throw CodecError(
            u"op %1: field %2 holds a UUID field's value that is neither text nor null"_s.arg(index)
                .arg(schema.name));
    }

    void writeUuid(const Uuid &uuid)
    {
        const auto [at, inserted] = m_uuids.try_emplace(uuid, m_uuids.size());
        if (inserted)
            m_cbor.appendByteString(reinterpret_cast<const char *>(uuid.bytes().data()), 16);
        else
            m_cbor.append(quint64(at->second));
    }

    CborWriter m_cbor;
    std::unordered_map<Uuid, std::size_t, UuidHash> m_uuids;
    std::uint64_t m_previousSeq = 0;
    std::int64_t m_previousMs = 0;
};

class BodyReader
{
public:
    explicit BodyReader(QByteArrayView body)
        : m_cbor(body)
        , m_bodySize(body.size())
    { }

    std::vector<Op> read()
    {
        if (m_cbor.type() != CborReader::Type::Array)
            fail(u"the body is not an array of ops"_s);
        const quint64 count = m_cbor.argument();
        // Every op takes well over 16 bytes, so a count beyond size / 16 is a lie that
        // must not turn into an allocation.
        if (count > quint64(m_bodySize) / 16)
            fail(u"the body declares %1 ops in %2 bytes"_s.arg(count).arg(m_bodySize));
        m_cbor.next();
        std::vector<Op> ops;
        ops.reserve(static_cast<std::size_t>(count));
        for (quint64 i = 0; i < count; ++i) {
            m_opIndex = static_cast<qint64>(i);
            ops.push_back(readOp());
        }
        m_opIndex = -1;
        check();
        if (m_cbor.type() != CborReader::Type::End)
            fail(u"%1 bytes after the ops"_s.arg(m_bodySize - m_cbor.offset()));
        return ops;
    }

private:
    using Type = CborReader::Type;

    [[noreturn]] void fail(const QString &why) const
    {
        const QString where = m_opIndex >= 0 ? u"op %1: "_s.arg(m_opIndex) : QString();
        throw CodecError(u"bad op body at byte %1: "_s.arg(m_cbor.offset()) + where + why);
    }

    void check()
    {
        if (m_cbor.type() == Type::Invalid)
            fail(m_cbor.error());
    }

    std::int64_t readInteger(const char16_t *what)
    {
        const quint64 argument = m_cbor.argument();
        if ((m_cbor.type() != Type::Unsigned && m_cbor.type() != Type::Negative)
            || argument > quint64(std::numeric_limits<std::int64_t>::max()))
            fail(u"expected a 64-bit integer for "_s + QString::fromUtf16(what));
        const auto value =
            m_cbor.type() == Type::Unsigned ? std::int64_t(argument) : -1 - std::int64_t(argument);
        m_cbor.next();
        return value;
    }

    quint64 readUnsigned(const char16_t *what, quint64 max)
    {
        if (m_cbor.type() != Type::Unsigned || m_cbor.argument() > max)
            fail(u"expected an unsigned integer up to %1 for "_s.arg(max)
                + QString::fromUtf16(what));
        const auto value = m_cbor.argument();
        m_cbor.next();
        return value;
    }

    QByteArray readBytes()
    {
        const QByteArray bytes = m_cbor.payload().toByteArray();
        m_cbor.next();
        return bytes;
    }

    QString readText()
    {
        const QByteArrayView utf8 = m_cbor.payload();
        // Qt's reader refused invalid UTF-8; so does this one.
        if (!utf8.isValidUtf8())
            fail(u"a text string that is not UTF-8"_s);
        QString text = QString::fromUtf8(utf8);
        m_cbor.next();
        return text;
    }

    Uuid readNewUuid(const char16_t *what)
    {
        if (m_cbor.type() != Type::Bytes || m_cbor.argument() != 16)
            fail(u"expected 16 bytes for "_s + QString::fromUtf16(what));
        Uuid::Bytes bytes;
        std::memcpy(bytes.data(), m_cbor.payload().data(), 16);
        m_cbor.next();
        return Uuid(bytes);
    }

    Uuid readUuid(const char16_t *what)
    {
        if (m_cbor.type() == Type::Unsigned) {
            const auto index = readUnsigned(what, m_uuids.empty() ? 0 : m_uuids.size() - 1);
            if (m_uuids.empty())
                fail(u"a uuid reference before any uuid, for "_s + QString::fromUtf16(what));
            return m_uuids[static_cast<std::size_t>(index)];
        }
        const Uuid uuid = readNewUuid(what);
        m_uuids.push_back(uuid);
        return uuid;
    }

    Op readOp()
    {
        check();
        if (m_cbor.type() != Type::Array || m_cbor.argument() != opArrayLength)
            fail(u"an op is not an array of %1"_s.arg(opArrayLength));
        m_cbor.next();
        Op op;
        const auto kindEntity = readUnsigned(u"entity and kind", 255);
        op.entity = static_cast<Entity>(kindEntity / 2);
        op.kind = static_cast<Op::Kind>(kindEntity % 2);
        const auto *info = EntitySchema::find(op.entity);
        if (!info)
            fail(u"unknown entity %1"_s.arg(kindEntity / 2));
        op.opId = readNewUuid(u"op id");
        m_previousSeq += static_cast<std::uint64_t>(readInteger(u"device seq"));
        op.deviceSeq = m_previousSeq;
        op.rowId = readUuid(u"row id");
        if (__builtin_add_overflow(m_previousMs, readInteger(u"hlc ms"), &m_previousMs)
            || m_previousMs < 0 || m_previousMs > HlcTimestamp::maxMs)
            fail(u"hlc ms out of range"_s);
        const auto counter = readUnsigned(u"hlc counter", HlcTimestamp::maxCounter);
        op.hlc = HlcTimestamp::make(m_previousMs, static_cast<std::uint32_t>(counter), {});
        op.hlc.node = readUuid(u"hlc node");
        op.author = readUuid(u"author");
        readFields(op, *info);
        return op;
    }

    void readFields(Op &op, const EntitySchema::EntityInfo &info)
    {
        if (m_cbor.type() != Type::Map || m_cbor.argument() > info.fields.size())
            fail(u"the fields are not a map of at most %1 entries"_s.arg(info.fields.size()));
        const auto count = m_cbor.argument();
        m_cbor.next();
        op.fields.reserve(static_cast<std::size_t>(count));
        int previous = 0;
        for (quint64 i = 0; i < count; ++i) {
            const auto number = static_cast<int>(readUnsigned(u"field number", info.fields.size()));
            if (number <= previous)
                fail(u"field numbers out of order"_s);
            previous = number;
            op.fields.push_back(
                Op::Field {static_cast<std::uint8_t>(number), readValue(*info.field(number), op)});
        }
    }

    FieldValue readValue(const EntitySchema::Field &schema, const Op &op)
    {
        using T = EntitySchema::FieldType;
        check();
        switch (m_cbor.type()) {
        case Type::Null:
            m_cbor.next();
            return {};
        case Type::Unsigned:
            if (schema.type == T::Uuid)
                return readUuid(u"a uuid field").toText();
            [[fallthrough]];
        case Type::Negative: {
            // A uuid field holds a uuid (bytes, or the index of one already sent), text or null;
            // the encoder cannot write a number there, so a decoded one could never be sent on.
            if (schema.type == T::Uuid)
                fail(u"a negative number in uuid field "_s + schema.name);
            std::int64_t value = readInteger(u"an integer field");
            if (schema.type == T::Instant && __builtin_add_overflow(value, op.hlc.ms(), &value))
                fail(u"instant out of range in field "_s + schema.name);
            return value;
        }
        case Type::Float: {
            if (schema.type == T::Uuid)
                fail(u"a floating-point number in uuid field "_s + schema.name);
            const double value = m_cbor.real();
            m_cbor.next();
            return value;
        }
        case Type::Text:
            return readText();
        case Type::Bytes:
            if (schema.type == T::Uuid)
                return readUuid(u"a uuid field").toText();
            return readBytes();
        default:
            fail(u"unexpected value type in field "_s + schema.name);
        }
    }

    CborReader m_cbor;
    qint64 m_bodySize;
    qint64 m_opIndex = -1;
    std::vector<Uuid> m_uuids;
    std::uint64_t m_previousSeq = 0;
    std::int64_t m_previousMs = 0;
};

} // namespace

QByteArray OpBodyCodec::encode(std::span<const Op> ops)
{
    QByteArray body;
    body.reserve(static_cast<qsizetype>(ops.size()) * 96);
    BodyWriter(body).write(ops);
    return body;
}

std::vector<Op> OpBodyCodec::decode(QByteArrayView body)
{
    return BodyReader(body).read();
}

namespace {

// At most the UTF-8 length of UTF-16 text: 1 byte below U+0080, 2 below U+0800, 3 for the
// rest (a surrogate pair is 4 bytes, counted 6; a lone surrogate becomes U+FFFD, 3).
std::size_t utf8LengthBound(const QString &text)
{
    std::size_t bytes = 0;
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
    }
    return bytes;
}

constexpr std::size_t kUintBytes = 9; // a CBOR head with an 8-byte argument
constexpr std::size_t kUuidBytes = 17; // bstr(16)

} // namespace

std::size_t OpBodyCodec::sizeBound(const Op &op)
{
    // [kind, op id, seq delta, row id, ms delta, counter, node, author, {fields}]
    std::size_t bytes = 1 + kUintBytes + kUuidBytes + kUintBytes + kUuidBytes + kUintBytes
        + kUintBytes + kUuidBytes + kUuidBytes + kUintBytes;
    for (const Op::Field &field : op.fields) {
        bytes += kUintBytes;
        const FieldValue &value = field.value;
        switch (value.type()) {
        case FieldValue::Type::Null:
            bytes += 1;
            break;
        case FieldValue::Type::Integer:
        case FieldValue::Type::Real:
            bytes += kUintBytes;
            break;
        case FieldValue::Type::Text:
            // A uuid ref (17 bytes at most) is shorter than the 36-character text.
            bytes += kUintBytes + utf8LengthBound(value.text());
            break;
        case FieldValue::Type::Blob:
            bytes += kUintBytes + std::size_t(value.blob().size());
            break;
        }
    }
    return bytes;
}

} // namespace outfall::sync
