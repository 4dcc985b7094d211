#pragma once

#include "sync/command.h"
#include "sync/limits.h"
#include "sync/protocolerror.h"

#include <QByteArray>
#include <QCborMap>

#include <span>
#include <vector>

namespace zmq {
class message_t;
}

namespace outfall::sync {

// One protocol message: the five frames after the ROUTER's routing id,
//   ["OUTFALL1", command name, request id (8 bytes), header (CBOR map), body]
// (docs/protocol.md section 4.1). Decoding is strict so that the server can answer
// anything else with an ERROR naming the problem instead of acting on a guess.
struct Message
{
    static constexpr const char *tag = "OUTFALL1";
    static constexpr qsizetype requestIdSize = 8;

    struct Limits
    {
        qsizetype maxHeaderBytes = qsizetype(limits::deviceHeaderBytes);
        qsizetype maxBodyBytes = qsizetype(limits::serverBodyBytes);
    };

    Command command = Command::Heartbeat;
    QByteArray requestId;
    QCborMap header;
    QByteArray body;

    static QByteArray newRequestId();
    std::vector<zmq::message_t> toFrames() const;
    // Throws ProtocolError (BadFrames, BadTag, UnknownCommand, TooLarge, Malformed). Even
    // then, requestIdOf() recovers the id to answer, when the third frame has one.
    static Message fromFrames(std::span<const zmq::message_t> frames, const Limits &limits);
    static QByteArray requestIdOf(std::span<const zmq::message_t> frames);

    static Message reply(
        Command command, const Message &request, QCborMap header = {}, QByteArray body = {});
    static Message error(const QByteArray &requestId, ErrorCode code, const QString &text);
    // For an ERROR message: its code and text as a ProtocolError.
    ProtocolError toError() const;
};

} // namespace outfall::sync
