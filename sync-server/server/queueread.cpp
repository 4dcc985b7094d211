#include "server/queueread.h"

#include "sync/headerfields.h"
#include "sync/jsonbody.h"
#include "sync/protocolerror.h"

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

// A page carries at most this many entries; `more` says there were others.
constexpr int kMaxPerReply = 5000;

} // namespace

sync::Message readQueue(const Peer &peer, const sync::Message &message, const QueueRead &queue)
{
    using sync::HeaderFields;
    using sync::ProtocolError;
    if (!peer.maySupervise() && peer.role != u"enforcement")
        throw ProtocolError(sync::ErrorCode::Forbidden,
            u"only a supervisor or an enforcement officer may read %1; this device's role is %2"_s
                .arg(queue.readWhat, peer.role));
    const HeaderFields fields(message.header);
    QCborMap header;
    if (message.header.contains(u"id"_s)) {
        const QString id = fields.text(u"id"_s, 64);
        const auto shown = queue.show(id);
        if (!shown)
            throw ProtocolError(sync::ErrorCode::NotFound, queue.notFound.arg(id));
        return sync::Message::reply(
            queue.reply, message, header, sync::jsonBody(QJsonObject {{queue.entryKey, *shown}}));
    }
    const QString state = message.header.contains(u"s"_s) ? fields.text(u"s"_s, 16) : QString();
    if (!state.isEmpty() && !queue.isState(state))
        HeaderFields::fail(u"s"_s, queue.states);
    QJsonArray rows = queue.list(state, kMaxPerReply + 1);
    const bool more = rows.size() > kMaxPerReply;
    while (rows.size() > kMaxPerReply)
        rows.removeLast();
    header.insert(u"n"_s, rows.size());
    header.insert(u"more"_s, more);
    return sync::Message::reply(
        queue.reply, message, header, sync::jsonBody(QJsonObject {{queue.listKey, rows}}));
}

QString deciderOf(const Peer &peer)
{
    return peer.inspectorId.isEmpty() ? peer.deviceId : peer.inspectorId;
}

} // namespace outfall::server
