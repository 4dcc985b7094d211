#include "sync/codecerror.h"

namespace outfall::sync {

CodecError::CodecError(const QString &message)
    : std::runtime_error(message.toStdString())
{ }

} // namespace outfall::sync
