#pragma once

#include "sync/message.h"
#include "sync/supervisorcredential.h"

#include <QString>

#include <memory>

namespace outfall::sync {

class RequestChannel;

// A supervisor's conversation with the server (outfallctl's commands, the console's): the
// requests of the supervisor protocol (docs/protocol.md 4.2) sent over CURVE to `endpoint`,
// signed in with the credential's keys and pinning its server key. One connection, opened by
// the first request, carries the rest (a case export's chunks).
class SupervisorChannel
{
public:
    SupervisorChannel(QString endpoint, SupervisorCredential credential);
    ~SupervisorChannel();
    SupervisorChannel(const SupervisorChannel &) = delete;
    SupervisorChannel &operator=(const SupervisorChannel &) = delete;

    // The server's reply; throws sync::ProtocolError when it refuses,
    // RequestChannel::Unreachable or KeyRefused when it cannot be reached or refuses the key.
    Message send(const Message &request);

    const SupervisorCredential &credential() const { return m_credential; }

private:
    QString m_endpoint;
    SupervisorCredential m_credential;
    std::unique_ptr<RequestChannel> m_channel;
};

} // namespace outfall::sync
