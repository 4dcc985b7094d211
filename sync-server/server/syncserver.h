#pragma once

#include "rules/ruleconfig.h"
#include "server/permitsource.h"
#include "server/pullbuilder.h"
#include "sync/curvekeypair.h"
#include "sync/message.h"

#include <QDate>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <thread>

namespace outfall::server {

// The ZeroMQ sync server: one thread owns the ROUTER socket, the ZAP handler and the
// store's only write connection, so it is the sole sequencer and needs no locks. It
// never throws out of its loop: a bad message gets an ERROR reply, a store failure an
// INTERNAL error, and the next message is served. stop() lets the message in hand
// finish (its transaction commits or rolls back) before the thread ends.
class SyncServer
{
public:
    struct Config
    {
        QString dataDir; // DATA/outfall.db, DATA/blobs/
        // The store in PostgreSQL instead of DATA/outfall.db (server/pgengine.h): several
        // front-ends may serve devices from one database at once (docs/deploy.md).
        QString dbUrl;
        // Photo bytes in PostgreSQL instead of DATA/blobs/ (server/pgblobbytes.h); empty: files.
        QString blobsUrl;
        QString endpoint = QStringLiteral("tcp://127.0.0.1:*");
        // CurveZMQ with a ZAP handler; without it (tests only) a device names itself with
        // header "d" and must be in the device table.
        std::optional<sync::CurveKeyPair> curve;
        sync::Message::Limits limits;
        std::int64_t maxMessageBytes = 16 * 1024 * 1024; // ZMQ_MAXMSGSIZE: drop the peer above
        int maxOpsPerPull = 2000;
        PullBuilder::Limits pullLimits; // the devices' bounds; tests make them smaller
        int heartbeatMs = 5000;
        int listenBacklog = 4096; // connections waiting to be accepted (ZMQ_BACKLOG)
        // After every committed push group, the flags of the permits it touched are
        // evaluated again (issue 11), as of flagsAsOf or today in China Standard Time.
        bool evaluateFlags = true;
        std::optional<QDate> flagsAsOf;
        rules::RuleConfig ruleConfig = rules::RuleConfig::defaults();
        // Where the permits to evaluate come from; empty: defaultPermitSources (tests record
        // which permits were evaluated through their own).
        std::function<std::vector<std::unique_ptr<PermitSource>>(store::Database &)> permitSources;
    };

    explicit SyncServer(Config config);
    ~SyncServer();
    SyncServer(const SyncServer &) = delete;
    SyncServer &operator=(const SyncServer &) = delete;

    // Binds and starts the thread. Throws std::runtime_error when the store cannot be
    // opened or the endpoint bound.
    void start();
    void stop();
    // The bound endpoint (a tcp port chosen by the system when the config said *).
    QString endpoint() const { return m_endpoint; }

private:
    class Engine;
    Config m_config;
    QString m_endpoint;
    std::unique_ptr<Engine> m_engine;
    std::thread m_thread;
    std::atomic<bool> m_stop {false};
};

} // namespace outfall::server
