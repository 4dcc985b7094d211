#pragma once

#include "sync/syncsessioncontext.h"

namespace outfall::sync {

// The pull step of a sync session: asks from the stored cursor, with the permits the device
// holds and since when, and applies each reply (PullApplier) until the server has no more.
// Each reply commits with its cursor, so a cut pull resumes where it stopped.
class ChangePuller
{
public:
    explicit ChangePuller(const SyncSessionContext &session);

    void run();

private:
    const SyncSessionContext &m_session;
};

} // namespace outfall::sync
