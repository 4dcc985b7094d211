#include "sync/message.h"

#include "sync/headerfields.h"

#include <QCborStreamReader>
#include <QCborValue>
#include <QRandomGenerator>

#include <zmq.hpp>

using namespace Qt::StringLiterals;

namespace outfall::sync {

namespace {

QByteArrayView view(const zmq::message_t &frame)
{
    return QByteArrayView(static_cast<const char *>(frame.data()), qsizetype(frame.size()));
}

zmq::message_t frameOf(QByteArrayView bytes)
{
    return zmq::message_t(bytes.data(), std::size_t(bytes.size()));
}

} // namespace

QByteArray Message::newRequestId()
{
    QByteArray id(requestIdSize, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(id.data()), 2);
    return id;
}

std::vector<zmq::message_t> Message::toFrames() const
{
    std::vector<zmq::message_t> frames;
    frames.reserve(5);
    frames.push_back(frameOf(QByteArrayView(tag)));
    frames.push_back(frameOf(commandName(command)));
    frames.push_back(frameOf(requestId));
    frames.push_back(frameOf(header.isEmpty() ? QByteArray() : header.toCborValue().toCbor()));
    frames.push_back(frameOf(body));
    return frames;
}

QByteArray Message::requestIdOf(std::span<const zmq::message_t> frames)
{
    if (frames.size() < 3 || frames[2].size() != std::size_t(requestIdSize))
        return QByteArray(requestIdSize, '\0');
    return view(frames[2]).toByteArray();
}

Message Message::fromFrames(std::span<const zmq::message_t> frames, const Limits &limits)
{
    if (frames.size() != 5)
        throw ProtocolError(ErrorCode::BadFrames,
            u"a message has 5 frames (tag, command, request id, header, body), this one %1"_s.arg(
                frames.size()));
    if (view(frames[0]) != QByteArrayView(tag))
        throw ProtocolError(ErrorCode::BadTag,
            u"the first frame must be the protocol tag OUTFALL1; this server speaks only it"_s);
    Message message;
    const auto command = commandFromName(view(frames[1]));
    if (!command)
        throw ProtocolError(ErrorCode::UnknownCommand,
            u"unknown command \"%1\""_s.arg(QString::fromLatin1(
                view(frames[1]).first(std::min<qsizetype>(32, view(frames[1]).size())))));
    message.command = *command;
    if (frames[2].size() != std::size_t(requestIdSize))
        throw ProtocolError(ErrorCode::Malformed, u"the request id must be 8 bytes"_s);
    message.requestId = view(frames[2]).toByteArray();
    if (qsizetype(frames[3].size()) > limits.maxHeaderBytes)
        throw ProtocolError(ErrorCode::TooLarge,
            u"header of %1 bytes is above the bound of %2"_s.arg(frames[3].size())
                .arg(limits.maxHeaderBytes));
    if (qsizetype(frames[4].size()) > limits.maxBodyBytes)
        throw ProtocolError(ErrorCode::TooLarge,
            u"body of %1 bytes is above the bound of %2"_s.arg(frames[4].size())
                .arg(limits.maxBodyBytes));
    if (frames[3].size() > 0) {
        const QByteArray bytes = view(frames[3]).toByteArray();
        QCborStreamReader reader(bytes);
        const QCborValue value = QCborValue::fromCbor(reader);
        if (reader.lastError() != QCborError::NoError || !value.isMap()
            || reader.currentOffset() != bytes.size())
            throw ProtocolError(ErrorCode::Malformed, u"the header is not one CBOR map"_s);
        message.header = value.toMap();
    }
    message.body = view(frames[4]).toByteArray();
    return message;
}

Message Message::reply(Command command, const Message &request, QCborMap header, QByteArray body)
{
    Message message;
    message.command = command;
    message.requestId = request.requestId;
    message.header = std::move(header);
    message.body = std::move(body);
    return message;
}

Message Message::error(const QByteArray &requestId, ErrorCode code, const QString &text)
{
    Message message;
    message.command = Command::Error;
    message.requestId = requestId;
    message.header.insert(u"code"_s, QString::fromLatin1(errorCodeName(code)));
    message.header.insert(u"text"_s, text);
    return message;
}

ProtocolError Message::toError() const
{
    const auto code = errorCodeFromName(header.value(u"code"_s).toString().toLatin1())
                          .value_or(ErrorCode::Internal);
    return ProtocolError(code, header.value(u"text"_s).toString());
}

} // namespace outfall::sync
