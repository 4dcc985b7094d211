#pragma once

#include "server/peer.h"
#include "sync/message.h"
#include "sync/opcodec.h"

#include <QHash>
#include <QStringList>

namespace outfall::store {
class Database;
}

namespace outfall::server {

// Answers a PULL from the store alone (no per-device state on the server, so a retried
// PULL gets the same answer): the device says which permits it holds and since when; the
// server sends purges for held permits no longer assigned, whole snapshots of newly
// assigned permits (reference rows in their current state plus the inspector's field
// records from other devices), then the changes after the cursor within the scope, up to
// maxOps (a snapshot is never split, so a reply may exceed maxOps by one permit).
// See docs/protocol.md section 4.5.
class PullBuilder
{
public:
    struct Request
    {
        std::int64_t cursor = 0;
        QHash<QString, std::int64_t> held; // permit id -> server seq of its snapshot
        int maxOps = 2000;
    };

    PullBuilder(store::Database &db, sync::OpCodec &codec);

    // Fills the PULL_REPLY's header and body.
    sync::Message build(const Peer &peer, const sync::Message &pull, const Request &request);
    static Request parse(const sync::Message &pull, int maxOpsBound);

    // 'YYYY-MM' twelve months before now: reported values before it are not sent.
    static QString reportedValueCutoff();

private:
    void snapshot(const Peer &peer, const QString &permitId, std::vector<sync::Op> &ops);
    bool appendReference(int entity, const QString &rowId, std::vector<sync::Op> &ops);

    store::Database &m_db;
    sync::OpCodec &m_codec;
};

} // namespace outfall::server
