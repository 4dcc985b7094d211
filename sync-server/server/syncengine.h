#pragma once

#include "server/applicationcommands.h"
#include "server/blobstore.h"
#include "server/casecommands.h"
#include "server/consolecommands.h"
#include "server/deviceregistry.h"
#include "server/flagcommands.h"
#include "server/logcommands.h"
#include "server/peer.h"
#include "server/pullbuilder.h"
#include "server/pushapplier.h"
#include "server/reviewcommands.h"
#include "server/routecommands.h"
#include "sync/hybridlogicalclock.h"
#include "sync/message.h"
#include "sync/opcodec.h"

#include <QLoggingCategory>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace outfall::store {
class Database;
}

namespace outfall::server {

// What the server does with one request, without sockets: authorises it by the peer's
// identity, dispatches it and returns the reply (an ERROR for anything it refuses). Used
// by SyncServer's thread; tests can call it directly.
class SyncEngine
{
public:
    // `reader` is a second connection to the same store for HELLO and PULL: it sees only
    // committed data, so they can be answered while pushes wait in an open group commit.
    // Passing `db` twice serves everything from one connection.
    // pullLimits: the size bounds of a PULL_REPLY (the device's; tests make them smaller).
    // blobsUrl: where photo bytes go (BlobStore::bytesAt): empty for DATA/blobs/.
    SyncEngine(store::Database &db, store::Database &reader, const QString &dataDir,
        int maxOpsPerPull, PullBuilder::Limits pullLimits = {}, const QString &blobsUrl = {});

    // Whether a command only reads (answered from the reader connection): the server need
    // not commit pending pushes before answering it.
    static bool readsOnly(sync::Command command);
    // The refusal of a request that waited serverLockWaitMs for the store's write lock.
    static sync::Message storeBusy(const sync::Message &message);

    // Who the sender is. userId is the ZAP handler's User-Id ("dev:<id>" or "key:<z85>");
    // in plain mode (no CURVE) it is empty and the header's "d" names the device.
    Peer identify(const QByteArray &userId, const sync::Message &message);
    sync::Message handle(const Peer &peer, const sync::Message &message);

    DeviceRegistry &registry() { return m_registry; }

private:
    sync::Message dispatch(const Peer &peer, const sync::Message &message);
    sync::Message push(const Peer &peer, const sync::Message &message);
    // PUSH_ACK from the stored acknowledgement, its evidence receipt moved to the body.
    static sync::Message pushAck(const sync::Message &message, QCborMap ack);
    sync::Message blob(const Peer &peer, const sync::Message &message);
    sync::Message enroll(const Peer &peer, const sync::Message &message);
    sync::Message admin(const Peer &peer, const sync::Message &message);

    store::Database &m_db;
    store::Database &m_reader;
    std::unique_ptr<sync::HybridLogicalClock> m_clock;
    sync::OpCodec m_codec;
    PushApplier m_push;
    PullBuilder m_pull;
    BlobStore m_blobs;
    DeviceRegistry m_registry;
    FlagCommands m_flags;
    RouteCommands m_routes;
    ReviewCommands m_reviews;
    ApplicationCommands m_applications;
    LogCommands m_log; // after m_push: signs with its log key
    CaseCommands m_cases; // after m_push and m_blobs
    ConsoleCommands m_console; // after m_blobs
    int m_maxOpsPerPull;
};

} // namespace outfall::server
