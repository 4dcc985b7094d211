#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstdint>

namespace outfall::sync {

// Reads CBOR (RFC 8949) items of definite length from a byte view, the subset the op codec
// uses, one item head at a time; containers are entered by stepping past their head, and
// the caller reads exactly as many items as the head declared. Never reads outside the
// view: a head or payload that would run past the end makes the reader invalid (type()
// is Invalid, error() says why), and so does an indefinite length, a tag or a reserved
// value. QCborStreamReader did the same work through a QIODevice-like cursor, copying
// every string: a tenth of a push on each side.
class CborReader
{
public:
    enum class Type {
        Unsigned,
        Negative,
        Bytes,
        Text,
        Array,
        Map,
        Null,
        Float, // half, single or double precision
        Other, // booleans, undefined, other simple values
        End, // nothing left
        Invalid,
    };

    explicit CborReader(QByteArrayView data);

    Type type() const { return m_type; }
    // Unsigned: the value; Negative: n for the value -1 - n; Bytes, Text: the length in
    // bytes; Array, Map: the number of items or pairs.
    quint64 argument() const { return m_argument; }
    double real() const { return m_real; }
    QByteArrayView payload() const; // Bytes or Text
    qsizetype offset() const { return m_offset; }
    const QString &error() const { return m_error; }

    // Steps to the next item: past a scalar or a string, or into a container.
    void next();

private:
    void decodeHead();
    void invalidate(const QString &why);

    QByteArrayView m_data;
    qsizetype m_offset = 0; // of the current item's head
    qsizetype m_headSize = 0;
    Type m_type = Type::End;
    quint64 m_argument = 0;
    double m_real = 0;
    QString m_error;
};

} // namespace outfall::sync
