#include "server/syncserver.h"

#include "importer/importchunks.h"
#include "rules/evaluationdate.h"
#include "server/flagevaluator.h"
#include "server/serverstore.h"
#include "server/settledseq.h"
#include "server/syncengine.h"
#include "store/database.h"
#include "store/sqliteerror.h"
#include "sync/limits.h"

#include <deque>
#include <optional>
#include <stdexcept>
#include <zmq.hpp>
#include <zmq_addon.hpp>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

QByteArray bytesOf(const zmq::message_t &frame)
{
    return QByteArray(static_cast<const char *>(frame.data()), qsizetype(frame.size()));
}

} // namespace

// The thread's state: sockets and store live here and are touched by that thread only.
class SyncServer::Engine
{
public:
    explicit Engine(const Config &config)
        : db(config.dbUrl.isEmpty() ? ServerStore::open(config.dataDir)
                                    : ServerStore::openPostgres(config.dbUrl))
        , reader(config.dbUrl.isEmpty()
                  ? std::make_unique<store::Database>(ServerStore::databasePath(config.dataDir))
                  : ServerStore::openPostgres(config.dbUrl))
        , engine(*db, *reader, config.dataDir, config.maxOpsPerPull, config.pullLimits,
              config.blobsUrl)
        , router(context, zmq::socket_type::router)
        , limits(config.limits)
        , flagsAsOf(config.flagsAsOf)
    {
        db->setBusyTimeout(sync::limits::serverLockWaitMs); // see there
        if (config.evaluateFlags) {
            flags.emplace(*db, config.ruleConfig,
                config.permitSources ? config.permitSources(*db) : defaultPermitSources(*db));
            evaluatedSeq = FlagEvaluator::currentSeq(*db);
        }
        if (config.curve) {
            zap = zmq::socket_t(context, zmq::socket_type::rep);
            zap.bind("inproc://zeromq.zap.01");
            router.set(zmq::sockopt::curve_server, 1);
            router.set(zmq::sockopt::curve_secretkey, config.curve->secretKey.toStdString());
            router.set(zmq::sockopt::zap_domain, "outfall");
        }
        router.set(zmq::sockopt::router_mandatory, 1);
        router.set(zmq::sockopt::maxmsgsize, config.maxMessageBytes);
        router.set(zmq::sockopt::heartbeat_ivl, config.heartbeatMs);
        router.set(zmq::sockopt::heartbeat_timeout, config.heartbeatMs * 3);
        router.set(zmq::sockopt::heartbeat_ttl, config.heartbeatMs * 3);
        router.set(zmq::sockopt::linger, 1000);
        // Devices come back together (a shift starts, the network returns): libzmq's
        // default listen backlog of 100 dropped their SYNs and each dropped one waited a
        // full second for TCP to try again. The kernel caps it at net.core.somaxconn.
        router.set(zmq::sockopt::backlog, config.listenBacklog);
        router.bind(config.endpoint.toStdString());
    }

    void run(const std::atomic<bool> &stop)
    {
        while (!stop.load()) {
            recoverDeadImport();
            if (flagsBehind)
                evaluateTouchedPermits(); // the next window
            zmq::pollitem_t items[] = {{router.handle(), 0, ZMQ_POLLIN, 0},
                {zap ? zap.handle() : nullptr, 0, ZMQ_POLLIN, 0}};
            // Pushes waiting for the store's lock try it again every millisecond.
            zmq::poll(
                items, zap ? 2 : 1, std::chrono::milliseconds(waitingPushes.empty() ? 100 : 1));
            if (zap && (items[1].revents & ZMQ_POLLIN))
                authenticate();
            if ((items[0].revents & ZMQ_POLLIN) || !waitingPushes.empty())
                serve();
        }
    }

    // An import whose process died leaves its chunks in the store, and the pulls serve nothing
    // it could have written (importer/importchunks.h). Looked for every few seconds; taken back
    // a chunk at a time between requests, so that serving goes on.
    void recoverDeadImport()
    {
        const auto now = std::chrono::steady_clock::now();
        if (!recovering && now - lastImportCheck < kImportCheckEvery)
            return;
        lastImportCheck = now;
        try {
            const auto recovery = importer::ImportChunks::recoverInterrupted(*db, 1);
            recovering = recovery.underWay;
            if (!recovery.finished.isEmpty())
                qCWarning(lcSync).noquote() << recovery.finished;
        } catch (const std::exception &e) {
            recovering = false;
            qCWarning(lcSync) << "cannot take back an interrupted import:" << e.what();
        }
    }

    // ZAP (RFC 27): a known, unrevoked key is its device; a revoked key is refused; an
    // unknown key is let in as itself, and the engine accepts only ENROLL from it.
    void authenticate()
    {
        std::vector<zmq::message_t> request;
        if (!zmq::recv_multipart(zap, std::back_inserter(request)))
            return;
        QByteArray status = "400";
        QByteArray text = "not a CURVE request";
        QByteArray userId;
        if (request.size() >= 7 && bytesOf(request[5]) == "CURVE" && request[6].size() == 32) {
            char z85[41] = {};
            zmq_z85_encode(z85, static_cast<const std::uint8_t *>(request[6].data()), 32);
            const QString key = QString::fromLatin1(z85);
            const auto lookup = engine.registry().lookupKey(key);
            if (lookup && lookup->revoked) {
                text = "device revoked";
            } else {
                status = "200";
                text = "OK";
                userId =
                    lookup ? "dev:" + lookup->peer.deviceId.toLatin1() : "key:" + key.toLatin1();
            }
            qCDebug(lcSync) << "ZAP" << key << status << text;
        }
        std::vector<zmq::message_t> reply;
        reply.emplace_back(std::string("1.0"));
        reply.emplace_back(request.size() > 1 ? request[1].data() : nullptr,
            request.size() > 1 ? request[1].size() : 0);
        reply.emplace_back(status.constData(), std::size_t(status.size()));
        reply.emplace_back(text.constData(), std::size_t(text.size()));
        reply.emplace_back(userId.constData(), std::size_t(userId.size()));
        reply.emplace_back();
        zmq::send_multipart(zap, reply);
    }

    static constexpr std::chrono::seconds kImportCheckEvery {5};
    static constexpr std::int64_t kFlagWindow = 5000; // changes a flag evaluation takes at most
    bool flagsBehind = false; // the last evaluation after a push stopped at its window
    std::chrono::steady_clock::time_point lastImportCheck;
    bool recovering = false;

    // A received message with its routing id, and the reply it is to get.
    struct Exchange
    {
        zmq::message_t routingId;
        sync::Message reply;
    };

    // A PUSH that came while another connection (an import between its chunks, most likely)
    // held the store's write lock: kept with its frames until the lock is free, while HELLOs
    // and PULLs go on being answered, instead of this thread waiting in SQLite's busy handler
    // with every device's request queued behind it. Past serverLockWaitMs it is refused as
    // busy, as the engine refuses a request that waited that long.
    struct WaitingPush
    {
        std::vector<zmq::message_t> frames;
        sync::Message message;
        std::chrono::steady_clock::time_point since;
    };
    std::deque<WaitingPush> waitingPushes;

    enum class Begin { Begun, Busy, Failed };

    // Begins the push group's transaction if the write lock is free now.
    Begin beginWithoutWaiting(std::optional<store::Transaction> &transaction)
    {
        db->setBusyTimeout(0);
        Begin result = Begin::Begun;
        try {
            transaction.emplace(*db);
        } catch (const store::SqliteError &e) {
            result = e.busy() ? Begin::Busy : Begin::Failed;
            if (result == Begin::Failed)
                qCWarning(lcSync) << "cannot begin a push transaction:" << e.what();
        } catch (const std::exception &e) {
            qCWarning(lcSync) << "cannot begin a push transaction:" << e.what();
            result = Begin::Failed;
        }
        db->setBusyTimeout(sync::limits::serverLockWaitMs);
        return result;
    }

    // The waiting pushes into the group, when the lock is free.
    void admitWaitingPushes(
        std::vector<Exchange> &group, std::optional<store::Transaction> &transaction)
    {
        if (waitingPushes.empty() || beginWithoutWaiting(transaction) != Begin::Begun)
            return;
        for (WaitingPush &push : waitingPushes) {
            const std::span<const zmq::message_t> body(push.frames.begin() + 1, push.frames.end());
            sync::Message reply = answer(push.frames, body, push.message);
            group.push_back({std::move(push.frames[0]), std::move(reply)});
        }
        waitingPushes.clear();
    }

    void refuseOverduePushes()
    {
        const auto overdue = std::chrono::steady_clock::now()
            - std::chrono::milliseconds(sync::limits::serverLockWaitMs);
        while (!waitingPushes.empty() && waitingPushes.front().since < overdue) {
            WaitingPush &push = waitingPushes.front();
            Exchange exchange {std::move(push.frames[0]), SyncEngine::storeBusy(push.message)};
            qCInfo(lcSync) << "refused a push: the store's write lock was held for"
                           << sync::limits::serverLockWaitMs << "ms";
            send(exchange);
            waitingPushes.pop_front();
        }
    }

    // Serves what is queued on the ROUTER, up to kMaxGroup messages. Consecutive PUSHes
    // share one transaction (group commit): each batch is applied under its own
    // savepoint, then one COMMIT makes them all durable with one WAL sync, and only then
    // are their acknowledgements sent. Under load this turns N fsyncs into one. HELLO and
    // PULL are answered at once from the reader connection, which sees only committed
    // data, so they neither break the group nor see a push that is not durable yet. Any
    // other command (it writes) first commits and answers the group. Each device has one
    // request in flight, so its replies keep the order of its requests.
    void serve()
    {
        std::vector<Exchange> group;
        std::optional<store::Transaction> transaction;
        admitWaitingPushes(group, transaction);
        for (int served = 0; served < kMaxGroup; ++served) {
            std::vector<zmq::message_t> frames;
            if (!zmq::recv_multipart(router, std::back_inserter(frames), zmq::recv_flags::dontwait))
                break;
            if (frames.empty())
                continue;
            const std::span<const zmq::message_t> body(frames.begin() + 1, frames.end());
            std::optional<sync::Message> message;
            try {
                message = sync::Message::fromFrames(body, limits);
            } catch (const sync::ProtocolError &e) {
                qCInfo(lcSync) << "refused a message:" << sync::errorCodeName(e.code()) << e.text();
                Exchange exchange {std::move(frames[0]),
                    sync::Message::error(sync::Message::requestIdOf(body), e.code(), e.text())};
                send(exchange); // depends on nothing written
                continue;
            }
            if (message->command == sync::Command::Push) {
                // Behind pushes that wait already, or the lock is taken: this one waits too.
                // When beginning fails otherwise, it is served alone below and fails or
                // succeeds by itself.
                const bool waits = !transaction
                    && (!waitingPushes.empty() || beginWithoutWaiting(transaction) == Begin::Busy);
                if (waits) {
                    waitingPushes.push_back(
                        {std::move(frames), std::move(*message), std::chrono::steady_clock::now()});
                    continue;
                }
                if (transaction) {
                    Exchange exchange {std::move(frames[0]), answer(frames, body, *message)};
                    group.push_back(std::move(exchange));
                    continue;
                }
            }
            Exchange exchange {std::move(frames[0]), {}};
            if (!SyncEngine::readsOnly(message->command))
                commitGroup(group, transaction);
            exchange.reply = answer(frames, body, *message);
            send(exchange);
        }
        commitGroup(group, transaction);
        refuseOverduePushes();
    }

    // Commits the pushes applied so far, then sends their replies. When the commit fails
    // nothing of the group is durable, so every one of them is answered INTERNAL instead
    // of its acknowledgement: the devices retry the same batches, and nothing was acked.
    void commitGroup(std::vector<Exchange> &group, std::optional<store::Transaction> &transaction)
    {
        if (!transaction)
            return;
        try {
            transaction->commit();
        } catch (const std::exception &e) {
            qCWarning(lcSync) << "failed to commit" << group.size() << "pushes:" << e.what();
            for (Exchange &exchange : group) {
                exchange.reply = sync::Message::error(exchange.reply.requestId,
                    sync::ErrorCode::Internal, u"the server failed; try again later"_s);
            }
        }
        transaction.reset(); // rolls back what a failed commit left open
        for (Exchange &exchange : group)
            send(exchange);
        group.clear();
        evaluateTouchedPermits();
    }

    // After a committed push (its acknowledgement already sent, so devices do not wait for
    // it), and between requests while that evaluation is behind: the flags of the permits whose
    // data changed since the last evaluation, only those, kFlagWindow changes at a time. A push
    // touches a few permits; an import that has just ended, every permit it wrote (240,000
    // permits are 8 million changes), which on this thread at once kept every device waiting
    // for minutes; a window at a time, requests are served in between.
    void evaluateTouchedPermits()
    {
        if (!flags)
            return;
        try {
            const std::int64_t settled = settledSeq(*db);
            flagsBehind = false;
            if (evaluatedSeq >= settled)
                return;
            const QDate asOf = flagsAsOf.value_or(rules::todayInChina());
            const auto summary = flags->evaluateTouchedSince(evaluatedSeq, asOf, kFlagWindow);
            evaluatedSeq = summary.evaluatedUpTo;
            flagsBehind = evaluatedSeq < settled;
            if (summary.permits > 0) {
                qCDebug(lcSync) << "evaluated" << summary.permits << "permit(s) in"
                                << summary.elapsedMs << "ms:" << summary.flagsRaised()
                                << "flag(s) raised";
            }
        } catch (const std::exception &e) {
            // The push stands; the next evaluation (or `outfall-server evaluate`) catches up.
            qCWarning(lcSync) << "flag evaluation failed:" << e.what();
        }
    }

    sync::Message answer(const std::vector<zmq::message_t> &frames,
        std::span<const zmq::message_t> body, const sync::Message &message)
    {
        try {
            // The routing id frame is made by the ROUTER and carries no metadata; the
            // peer's frames carry the ZAP handler's User-Id.
            const char *userId =
                zmq_msg_gets(frames[frames.size() > 1 ? 1 : 0].handle(), "User-Id");
            const Peer peer = engine.identify(userId ? QByteArray(userId) : QByteArray(), message);
            return engine.handle(peer, message);
        } catch (const sync::ProtocolError &e) {
            qCInfo(lcSync) << "refused a message:" << sync::errorCodeName(e.code()) << e.text();
            return sync::Message::error(sync::Message::requestIdOf(body), e.code(), e.text());
        } catch (const std::exception &e) {
            qCWarning(lcSync) << "failed on a message:" << e.what();
            return sync::Message::error(sync::Message::requestIdOf(body), sync::ErrorCode::Internal,
                u"the server failed; try again later"_s);
        }
    }

    void send(Exchange &exchange)
    {
        std::vector<zmq::message_t> out;
        out.push_back(std::move(exchange.routingId));
        for (auto &frame : exchange.reply.toFrames())
            out.push_back(std::move(frame));
        try {
            zmq::send_multipart(router, out, zmq::send_flags::dontwait);
        } catch (const zmq::error_t &e) {
            // The device went away (ROUTER_MANDATORY) or its queue is full: it will retry.
            qCInfo(lcSync) << "could not answer a device:" << e.what();
        }
    }

    // Bounds the messages served between two polls (and so how long the ZAP handler and
    // the stop flag wait) and the pushes that share one commit.
    static constexpr int kMaxGroup = 64;

    zmq::context_t context;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<store::Database> reader; // HELLO and PULL: committed data only
    SyncEngine engine;
    zmq::socket_t router;
    zmq::socket_t zap;
    sync::Message::Limits limits;
    std::optional<QDate> flagsAsOf;
    std::optional<FlagEvaluator> flags; // unset when Config::evaluateFlags is off
    std::int64_t evaluatedSeq = 0; // the server sequence the flags were last evaluated at
};

SyncServer::SyncServer(Config config)
    : m_config(std::move(config))
{ }

SyncServer::~SyncServer()
{
    stop();
}

void SyncServer::start()
{
    if (m_engine)
        throw std::logic_error("the sync server is running already");
    m_engine = std::make_unique<Engine>(m_config);
    m_endpoint = QString::fromStdString(m_engine->router.get(zmq::sockopt::last_endpoint));
    m_stop = false;
    qCInfo(lcSync) << "serving" << m_endpoint << (m_config.curve ? "with CURVE" : "in plain mode");
    m_thread = std::thread([this] { m_engine->run(m_stop); });
}

void SyncServer::stop()
{
    if (!m_engine)
        return;
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    m_engine.reset();
    qCInfo(lcSync) << "stopped";
}

} // namespace outfall::server
