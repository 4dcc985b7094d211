#include "sync/headerfields.h"

using namespace Qt::StringLiterals;

namespace outfall::sync {

void HeaderFields::fail(const QString &key, const QString &expected)
{
    throw ProtocolError(ErrorCode::Malformed, u"header \"%1\" must be %2"_s.arg(key, expected));
}

std::optional<std::int64_t> HeaderFields::optionalInteger(
    const QString &key, std::int64_t min, std::int64_t max) const
{
    const QCborValue value = m_header.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isInteger() || value.toInteger() < min || value.toInteger() > max)
        fail(key, u"an integer from %1 to %2"_s.arg(min).arg(max));
    return value.toInteger();
}

std::int64_t HeaderFields::integer(const QString &key, std::int64_t min, std::int64_t max) const
{
    const auto value = optionalInteger(key, min, max);
    if (!value)
        fail(key, u"an integer from %1 to %2"_s.arg(min).arg(max));
    return *value;
}

QByteArray HeaderFields::bytes(const QString &key, qsizetype size) const
{
    const QCborValue value = m_header.value(key);
    if (!value.isByteArray() || (size >= 0 && value.toByteArray().size() != size))
        fail(key, size >= 0 ? u"%1 bytes"_s.arg(size) : u"a byte string"_s);
    return value.toByteArray();
}

QString HeaderFields::text(const QString &key, qsizetype maxLength) const
{
    const QCborValue value = m_header.value(key);
    if (!value.isString() || value.toString().size() > maxLength)
        fail(key, u"a text of at most %1 characters"_s.arg(maxLength));
    return value.toString();
}

Uuid HeaderFields::uuid(const QString &key) const
{
    const auto id = Uuid::fromBytes(bytes(key, 16));
    return *id;
}

QCborArray HeaderFields::array(const QString &key, qsizetype maxSize) const
{
    const QCborValue value = m_header.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray() || value.toArray().size() > maxSize)
        fail(key, u"an array of at most %1 entries"_s.arg(maxSize));
    return value.toArray();
}

bool HeaderFields::flag(const QString &key) const
{
    const QCborValue value = m_header.value(key);
    if (value.isUndefined())
        return false;
    if (!value.isBool())
        fail(key, u"true or false"_s);
    return value.toBool();
}

} // namespace outfall::sync
