#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <variant>

namespace outfall::sync {

// One column value in an op, with SQLite's storage classes and nothing else, so that a
// value read from a row goes back into a row unchanged. No QVariant: the set of types
// is closed and the codec switches over it.
class FieldValue
{
public:
    enum class Type : std::uint8_t { Null, Integer, Real, Text, Blob };

    FieldValue() = default;
    FieldValue(std::nullptr_t) { }
    FieldValue(std::int64_t value)
        : m_value(value)
    { }
    FieldValue(int value)
        : m_value(std::int64_t(value))
    { }
    FieldValue(double value)
        : m_value(value)
    { }
    FieldValue(const QString &value)
        : m_value(value)
    { }
    FieldValue(const QByteArray &value)
        : m_value(value)
    { }
    FieldValue(const char *) = delete; // say QString or QByteArray

    Type type() const { return static_cast<Type>(m_value.index()); }
    bool isNull() const { return type() == Type::Null; }
    std::int64_t integer() const { return std::get<std::int64_t>(m_value); }
    double real() const { return std::get<double>(m_value); }
    const QString &text() const { return std::get<QString>(m_value); }
    const QByteArray &blob() const { return std::get<QByteArray>(m_value); }

    // Reals compare by value, so NaN != NaN, as in SQL.
    friend bool operator==(const FieldValue &, const FieldValue &) = default;

private:
    std::variant<std::monostate, std::int64_t, double, QString, QByteArray> m_value;
};

} // namespace outfall::sync
