#pragma once

#include "sync/protocolerror.h"
#include "sync/uuid.h"

#include <QCborArray>
#include <QCborMap>

#include <cstdint>
#include <optional>

namespace outfall::sync {

// Typed reads of header entries. A missing or mistyped entry is a ProtocolError
// (Malformed) that names the key, so the peer learns what it got wrong.
class HeaderFields
{
public:
    explicit HeaderFields(const QCborMap &header)
        : m_header(header)
    { }

    std::int64_t integer(const QString &key, std::int64_t min, std::int64_t max) const;
    std::optional<std::int64_t> optionalInteger(
        const QString &key, std::int64_t min, std::int64_t max) const;
    QByteArray bytes(const QString &key, qsizetype size = -1) const;
    QString text(const QString &key, qsizetype maxLength = 4096) const;
    Uuid uuid(const QString &key) const;
    QCborArray array(const QString &key, qsizetype maxSize) const;
    bool flag(const QString &key) const; // missing is false

    [[noreturn]] static void fail(const QString &key, const QString &expected);

private:
    const QCborMap &m_header;
};

} // namespace outfall::sync
