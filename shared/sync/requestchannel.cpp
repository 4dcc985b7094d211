#include "sync/requestchannel.h"

#include <QLoggingCategory>

#include <atomic>
#include <cstring>
#include <zmq.hpp>
#include <zmq_addon.hpp>

Q_LOGGING_CATEGORY(lcRequestChannel, "outfall.sync.channel", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace outfall::sync {

namespace {

// One ZeroMQ context per process, as libzmq advises: a context per channel started (and at
// the end joined) an I/O thread and a reaper thread for every sync. Never destroyed: its
// destructor would wait at exit for any socket still open in another thread.
zmq::context_t &processContext()
{
    static auto *context = [] {
        auto *made = new zmq::context_t();
        // Two sockets a channel (DEALER and its monitor): libzmq's default of 1,023 sockets
        // a context caps a process at about 500 channels, which a simulation of many
        // devices (bench_sync) goes past.
        made->set(zmq::ctxopt::max_sockets, 8192);
        return made;
    }();
    return *context;
}

} // namespace

RequestChannel::RequestChannel(Options options)
    : m_options(std::move(options))
    , m_context(&processContext())
{
    connect();
}

RequestChannel::~RequestChannel()
{
    m_socket.reset();
    m_monitor.reset();
}

void RequestChannel::connect()
{
    m_socket.reset();
    m_monitor.reset();
    m_socket = std::make_unique<zmq::socket_t>(*m_context, zmq::socket_type::dealer);
    auto &socket = *m_socket;
    // The monitor is connected before the socket, so no handshake event is missed.
    static std::atomic<int> monitors {0};
    const std::string monitorEndpoint =
        "inproc://outfall-channel-monitor-" + std::to_string(++monitors);
    if (zmq_socket_monitor(socket.handle(), monitorEndpoint.c_str(),
            ZMQ_EVENT_HANDSHAKE_FAILED_AUTH | ZMQ_EVENT_DISCONNECTED)
        != 0)
        throw zmq::error_t();
    m_monitor = std::make_unique<zmq::socket_t>(*m_context, zmq::socket_type::pair);
    m_monitor->set(zmq::sockopt::linger, 0);
    m_monitor->connect(monitorEndpoint);
    socket.set(zmq::sockopt::linger, 0);
    socket.set(zmq::sockopt::maxmsgsize, m_options.maxMessageBytes);
    const int deadAfterMs = 3 * m_options.heartbeatMs;
    socket.set(zmq::sockopt::heartbeat_ivl, m_options.heartbeatMs);
    socket.set(zmq::sockopt::heartbeat_timeout, deadAfterMs);
    socket.set(zmq::sockopt::heartbeat_ttl, deadAfterMs);
    socket.set(zmq::sockopt::handshake_ivl, deadAfterMs);
    if (m_options.keys.isValid()) {
        socket.set(zmq::sockopt::curve_serverkey, m_options.serverPublicKey.toStdString());
        socket.set(zmq::sockopt::curve_publickey, m_options.keys.publicKey.toStdString());
        socket.set(zmq::sockopt::curve_secretkey, m_options.keys.secretKey.toStdString());
    }
    socket.connect(m_options.endpoint.toStdString());
}

Message RequestChannel::request(Message message)
{
    if (message.requestId.size() != Message::requestIdSize)
        message.requestId = Message::newRequestId();
    if (!m_options.plainDeviceId.isEmpty() && !m_options.keys.isValid())
        message.header.insert(u"d"_s, m_options.plainDeviceId);
    int silent = 0;
    for (int attempt = 0; attempt < m_options.attempts; ++attempt) {
        if (attempt > 0)
            ++m_retries;
        readMonitor(); // drops of earlier connections do not end this try
        auto frames = message.toFrames();
        zmq::send_multipart(*m_socket, frames);
        const auto deadline =
            std::chrono::steady_clock::now() + std::chrono::milliseconds(m_options.timeoutMs);
        while (true) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0)
                break;
            zmq::pollitem_t items[] = {
                {m_socket->handle(), 0, ZMQ_POLLIN, 0}, {m_monitor->handle(), 0, ZMQ_POLLIN, 0}};
            zmq::poll(items, 2, left);
            if ((items[1].revents & ZMQ_POLLIN) && readMonitor()) {
                qCInfo(lcRequestChannel) << "connection to" << m_options.endpoint
                                         << "dropped while waiting; trying again";
                break; // the request went with the connection
            }
            if (!(items[0].revents & ZMQ_POLLIN))
                continue;
            std::vector<zmq::message_t> reply;
            if (!zmq::recv_multipart(*m_socket, std::back_inserter(reply)))
                continue;
            Message decoded;
            try {
                decoded = Message::fromFrames(reply, m_options.limits);
            } catch (const ProtocolError &) {
                continue; // not an answer we can read: keep waiting for one
            }
            if (decoded.requestId != message.requestId)
                continue; // a late answer to an earlier request
            if (decoded.command == Command::Error)
                throw decoded.toError();
            return decoded;
        }
        if (++silent >= m_options.recreateAfter) {
            connect();
            silent = 0;
        }
    }
    throw Unreachable(u"no answer from %1 after %2 tries of %3 ms"_s.arg(m_options.endpoint)
                          .arg(m_options.attempts)
                          .arg(m_options.timeoutMs)
                          .toStdString());
}

bool RequestChannel::readMonitor()
{
    bool disconnected = false;
    // A monitor event is two frames: 2 bytes event, 4 bytes value (host order); endpoint.
    std::vector<zmq::message_t> event;
    while (zmq::recv_multipart(*m_monitor, std::back_inserter(event), zmq::recv_flags::dontwait)) {
        if (event.size() == 2 && event[0].size() == 6) {
            std::uint16_t id = 0;
            std::uint32_t value = 0;
            std::memcpy(&id, event[0].data(), sizeof id);
            std::memcpy(&value, static_cast<const char *>(event[0].data()) + 2, sizeof value);
            disconnected = disconnected || id == ZMQ_EVENT_DISCONNECTED;
            if (id == ZMQ_EVENT_HANDSHAKE_FAILED_AUTH) {
                qCInfo(lcRequestChannel)
                    << "the server refused this key in the handshake, ZAP status" << value;
                throw KeyRefused(int(value),
                    u"%1 refused this device's key in the handshake (ZAP status %2)"_s
                        .arg(m_options.endpoint)
                        .arg(value)
                        .toStdString());
            }
        }
        event.clear();
    }
    return disconnected;
}

} // namespace outfall::sync
