#pragma once

#include "server/peer.h"
#include "sync/message.h"

namespace outfall::store {
class Database;
}

namespace outfall::server {

// The protocol's application commands (docs/protocol.md 4.2, "Applications"): APPLICATIONS
// lists applications before issuance (or shows one with `id`: its declarations, the checks of
// its pre-issuance inspection, the mismatches flagged and the decisions), DECIDE_APPLICATION
// approves, returns for correction or refuses one with a reason. Reading needs the admin
// credential or a supervisor's or enforcement officer's device; deciding a supervisor's (or
// the admin credential). An inspector's device is refused FORBIDDEN.
class ApplicationCommands
{
public:
    explicit ApplicationCommands(store::Database &db);

    sync::Message list(const Peer &peer, const sync::Message &message);
    sync::Message decide(const Peer &peer, const sync::Message &message);

private:
    store::Database &m_db;
};

} // namespace outfall::server
