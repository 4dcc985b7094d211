#pragma once

#include "server/peer.h"
#include "sync/message.h"

namespace outfall::store {
class Database;
}

namespace outfall::server {

// The protocol's review commands (docs/protocol.md 4.2, "Review"): REVIEWS lists submitted
// inspections (or shows one with `id`), DECIDE_REVIEW approves or returns one. Reading needs
// the admin credential or a device of a supervisor or an enforcement officer; deciding a
// supervisor's (or the admin credential). An inspector's device is refused FORBIDDEN.
class ReviewCommands
{
public:
    explicit ReviewCommands(store::Database &db);

    sync::Message list(const Peer &peer, const sync::Message &message);
    sync::Message decide(const Peer &peer, const sync::Message &message);

private:
    store::Database &m_db;
};

} // namespace outfall::server
