#pragma once

#include "server/peer.h"
#include "sync/limits.h"
#include "sync/message.h"
#include "sync/opcodec.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace outfall::store {
class Database;
}

namespace outfall::server {

// The size bounds of a PULL_REPLY: the device's (tests make them smaller).
struct PullLimits
{
    std::size_t bodyBytes = sync::limits::pullBodyBytes; // ops body, before compression
    std::size_t headerBytes = sync::limits::pullHeaderBytes;
};

// Answers a PULL from the store alone (no per-device state on the server, so a retried
// PULL gets the same answer): the device says which permits it holds and since when; the
// server sends purges for held permits no longer assigned, whole snapshots of newly
// assigned permits (reference rows in their current state plus the inspector's field
// records from other devices), then the changes after the cursor within the scope, up to
// maxOps (a snapshot is never split by count, so a reply may exceed maxOps by one permit).
//
// Every reply is built under the size bounds the device reads with (Limits): the ops body
// by adding up each op's size bound, the header by its lists. A reply that would pass them
// ends there with `more`, and the cursor stays at the last row sent. A snapshot too large
// for any reply is sent in parts (docs/protocol.md 4.5). A row that no reply can carry is
// withheld: left out for this device, named in the server log and in the reply's `w`, and
// passed by the cursor, so every other row still flows.
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

    using Limits = PullLimits;

    PullBuilder(store::Database &db, sync::OpCodec &codec, Limits limits = {});

    // Fills the PULL_REPLY's header and body.
    sync::Message build(const Peer &peer, const sync::Message &pull, const Request &request);
    static Request parse(const sync::Message &pull, int maxOpsBound);

    // 'YYYY-MM' twelve months before now: reported values before it are not sent.
    static QString reportedValueCutoff();

private:
    class Reply;
    struct Item;
    struct Withheld;
    struct Progress;
    enum class Snapshot { Whole, Partial, Deferred };

    // The steps of build(), in order.
    std::int64_t logHead();
    QSet<QString> assignedPermits(const Peer &peer);
    // Purges the held permits no longer assigned; returns the held ones still assigned.
    static std::vector<std::pair<QString, std::int64_t>> purgeUnassigned(
        const Request &request, const QSet<QString> &scope, Reply &reply, Progress &progress);
    // Snapshots of the newly assigned permits, in id order, while the reply has room.
    void sendSnapshots(const Peer &peer, const Request &request, const QSet<QString> &scope,
        std::int64_t head, Reply &reply, Progress &progress);
    // The changes after the cursor in the scope, up to budget ops.
    void sendChanges(const Peer &peer, const Request &request,
        const std::vector<std::pair<QString, std::int64_t>> &heldInScope, std::int64_t head,
        int budget, Reply &reply, Progress &progress);
    // One change into the reply; false when the reply is full before it.
    bool sendChange(const Peer &peer, Reply &reply, Item &item);
    sync::Message replyMessage(
        const Peer &peer, const sync::Message &pull, Reply &reply, const Progress &progress);

    // A permit's snapshot into the reply: whole; or, when no reply could hold it, its rows up
    // to asOf (Partial, with asOf set); or nothing, when it is for the next reply (Deferred).
    Snapshot snapshot(const Peer &peer, const QString &permitId, std::int64_t head, Reply &reply,
        std::int64_t &asOf);
    std::vector<Item> snapshotItems(const Peer &peer, const QString &permitId, std::int64_t head);
    // The ops one item stands for (a reference row read now, or a stored field-record op),
    // with their size bounds; empty when the row is gone. Throws CodecError for a stored op
    // that does not decode.
    void materialise(Item &item);
    QByteArray encode(const Peer &peer, Reply &reply);
    // Puts the item in the reply; false (and nothing added) when its ops do not fit.
    static bool take(const Peer &peer, Reply &reply, Item &item);
    // Logs a row left out and names it in the reply's "w".
    static void withhold(const Peer &peer, Reply &reply, const Withheld &row);
    // The item's ops withheld together: they do not fit even an empty reply.
    void withholdWhole(const Peer &peer, Reply &reply, Item &item) const;

    store::Database &m_db;
    sync::OpCodec &m_codec;
    Limits m_limits;
};

} // namespace outfall::server
