#include "sync/syncsessioncontext.h"

#include "sync/protocolerror.h"

namespace outfall::sync {

void SyncSessionContext::report(const QString &phase, qint64 done, qint64 total) const
{
    if (progress)
        progress({phase, done, total});
}

bool SyncSessionContext::endsSession(const ProtocolError &error)
{
    return error.code() == ErrorCode::Revoked || error.code() == ErrorCode::NotEnrolled;
}

} // namespace outfall::sync
