#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace outfall::sync {

// Appends CBOR (RFC 8949) items with definite lengths to a QByteArray, the subset the op
// codec writes, byte for byte as QCborStreamWriter writes it (smallest argument encoding,
// float32 and float64 as given). QCborStreamWriter goes through a QBuffer and a virtual
// QIODevice::write for every item: a tenth of the server's push apply was spent there.
class CborWriter
{
public:
    explicit CborWriter(QByteArray &out)
        : m_out(out)
    { }

    void startArray(quint64 length) { head(4, length); }
    void startMap(quint64 length) { head(5, length); }
    void append(quint64 value) { head(0, value); }
    void append(qint64 value)
    {
        if (value >= 0)
            head(0, quint64(value));
        else
            head(1, quint64(-1 - value));
    }
    void append(float value);
    void append(double value);
    void append(const QString &text);
    void appendByteString(const char *data, qsizetype size);
    void append(const QByteArray &bytes) { appendByteString(bytes.constData(), bytes.size()); }
    void appendNull() { m_out.append(char(0xf6)); }

private:
    void head(unsigned major, quint64 argument);

    QByteArray &m_out;
};

} // namespace outfall::sync
