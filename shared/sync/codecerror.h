#pragma once

#include <QString>

#include <stdexcept>

namespace outfall::sync {

// A frame or body that cannot be encoded or decoded: truncated, corrupt, too large,
// of an unknown version or dictionary. The message says which, for the ERROR reply.
class CodecError : public std::runtime_error
{
public:
    explicit CodecError(const QString &message, bool tooLarge = false);
    QString message() const { return QString::fromUtf8(what()); }
    // The body is above a size bound (rather than malformed): TOO_LARGE on the wire.
    bool tooLarge() const { return m_tooLarge; }

private:
    bool m_tooLarge = false;
};

} // namespace outfall::sync
