#pragma once

#include "server/peer.h"
#include "sync/message.h"

namespace outfall::store {
class Database;
}

namespace outfall::server {

// The protocol's flag commands (docs/protocol.md 4.2): FLAGS lists flags, DECIDE_FLAG
// acknowledges or dismisses one with a reason. Both need the admin credential or a device of
// a supervisor or an enforcement officer; an inspector's device is refused FORBIDDEN.
class FlagCommands
{
public:
    explicit FlagCommands(store::Database &db);

    sync::Message list(const Peer &peer, const sync::Message &message);
    sync::Message decide(const Peer &peer, const sync::Message &message);

    static bool mayDecide(const Peer &peer);
    // Throws FORBIDDEN naming `what` and the peer's role unless mayDecide (also the console's
    // SITES and FETCH_BLOB: the same two roles read what supervision reads).
    static void requireDecider(const Peer &peer, const QString &what);

private:
    store::Database &m_db;
};

} // namespace outfall::server
