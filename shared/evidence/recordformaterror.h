#pragma once

#include <QString>

#include <stdexcept>

namespace outfall::evidence {

// Bytes that are not a canonical evidence record (docs/evidence.md section 2). The text
// names the field that is wrong and why, e.g. "evidence record: field seq: truncated".
class RecordFormatError : public std::runtime_error
{
public:
    RecordFormatError(const QString &field, const QString &why)
        : std::runtime_error(
            (QStringLiteral("evidence record: field ") + field + QStringLiteral(": ") + why)
                .toStdString())
        , m_field(field)
    { }
    const QString &field() const { return m_field; }
    QString text() const { return QString::fromUtf8(what()); }

private:
    QString m_field;
};

} // namespace outfall::evidence
