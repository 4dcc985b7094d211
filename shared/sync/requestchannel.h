#pragma once

#include "sync/curvekeypair.h"
#include "sync/limits.h"
#include "sync/message.h"

#include <QString>

#include <memory>
#include <optional>

namespace zmq {
class context_t;
class socket_t;
} // namespace zmq

namespace outfall::sync {

// The device's side of a request: a DEALER with the ZeroMQ guide's Lazy Pirate
// reliability. A request waits timeoutMs for its reply, then is sent again with the same
// request id (the server answers duplicates from its records); after recreateAfter
// silent tries the socket is closed and made anew (a stuck connection goes with it).
// Replies to other request ids (late answers to earlier tries) are dropped.
//
// A socket monitor watches the CURVE handshake: when the server's ZAP handler refuses this
// device's key (a revoked device), libzmq reports HANDSHAKE_FAILED_AUTH with the ZAP status
// code, and the request ends at once with KeyRefused instead of waiting out every attempt.
//
// ZeroMQ heartbeats (PING every heartbeatMs, connection dropped after 3 × heartbeatMs
// without traffic; the same bound for a handshake and, as TTL, for the server's side)
// detect a server that vanished without closing its connection (stopped, cut off). A
// connection dropped while a request waits (the monitor's DISCONNECTED) ends that try
// early: the next one resends on the new connection instead of waiting out timeoutMs.
class RequestChannel
{
public:
    struct Options
    {
        QString endpoint;
        // CURVE: the server's pinned public key and this device's pair. Without, plain.
        QByteArray serverPublicKey;
        CurveKeyPair keys;
        QString plainDeviceId; // plain mode: sent as header "d"
        int timeoutMs = limits::requestTimeoutMs;
        int attempts = 4;
        int recreateAfter = 2;
        int heartbeatMs = 5000; // ZMQ_HEARTBEAT_IVL; timeout, TTL and handshake: 3 × this
        std::int64_t maxMessageBytes = 64 * 1024 * 1024;
        Message::Limits limits {qsizetype(sync::limits::deviceHeaderBytes), 64 * 1024 * 1024};
    };

    // Thrown when no reply came after every attempt.
    class Unreachable : public std::runtime_error
    {
    public:
        using std::runtime_error::runtime_error;
    };

    // Thrown when the server refused this peer's key in the CURVE handshake (ZAP status
    // 300/400/500: for Outfall, a revoked device).
    class KeyRefused : public std::runtime_error
    {
    public:
        KeyRefused(int status, const std::string &what)
            : std::runtime_error(what)
            , m_status(status)
        { }
        int status() const noexcept { return m_status; }

    private:
        int m_status;
    };

    explicit RequestChannel(Options options);
    ~RequestChannel();
    RequestChannel(const RequestChannel &) = delete;
    RequestChannel &operator=(const RequestChannel &) = delete;

    // Sends the request (a new request id unless it has one) and returns the reply. An
    // ERROR reply is thrown as ProtocolError; silence as Unreachable.
    Message request(Message message);
    int retries() const { return m_retries; }

private:
    void connect();
    // Reads the monitor's events: throws KeyRefused on a refused handshake; true when a
    // connection dropped (heartbeat timeout, handshake timeout, peer gone).
    bool readMonitor();

    Options m_options;
    zmq::context_t *m_context; // the process's, shared by every channel
    std::unique_ptr<zmq::socket_t> m_socket;
    std::unique_ptr<zmq::socket_t> m_monitor; // PAIR on the socket's monitor endpoint
    int m_retries = 0;
};

} // namespace outfall::sync
