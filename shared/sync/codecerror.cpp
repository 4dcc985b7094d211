#include "sync/codecerror.h"

namespace outfall::sync {

CodecError::CodecError(const QString &message, bool tooLarge)
    : std::runtime_error(message.toStdString())
    , m_tooLarge(tooLarge)
{ }

} // namespace outfall::sync
