#pragma once

#include "server/peer.h"
#include "sync/message.h"

namespace outfall::store {
class Database;
}

namespace outfall::server {

class BlobStore;

// What the supervisor console reads that outfallctl has no need of (docs/protocol.md 4.2):
// SITES, every permit's enterprise and outlets with their positions, for the console's map;
// FETCH_BLOB, a photo's bytes a chunk at a time, for the review queue. Supervisors and
// enforcement officers only: an inspector's device is refused FORBIDDEN.
class ConsoleCommands
{
public:
    // A reply's body holds at most this many photo bytes (the console asks again from `o`).
    static constexpr std::int64_t maxChunkBytes = 1024 * 1024;
    // SITES names at most this many permits; `more` says there were others.
    static constexpr int maxPermits = 20000;

    ConsoleCommands(store::Database &db, BlobStore &blobs);

    sync::Message sites(const Peer &peer, const sync::Message &message);
    sync::Message fetchBlob(const Peer &peer, const sync::Message &message);

private:
    store::Database &m_db;
    BlobStore &m_blobs;
};

} // namespace outfall::server
