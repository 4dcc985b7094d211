#include "server/flagcommands.h"

#include "server/flagstore.h"
#include "store/flagrecords.h"
#include "sync/headerfields.h"
#include "sync/jsonbody.h"
#include "sync/protocolerror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

using sync::ErrorCode;
using sync::HeaderFields;
using sync::ProtocolError;

// A reply carries at most this many flags; `more` says there were others (narrow the filter).
constexpr int kMaxFlagsPerReply = 5000;
constexpr int kMaxReasonLength = 2000;

QString optionalText(const QCborMap &header, const QString &key, qsizetype maxLength)
{
    if (!header.contains(key))
        return {};
    return HeaderFields(header).text(key, maxLength);
}

} // namespace

FlagCommands::FlagCommands(store::Database &db)
    : m_db(db)
{ }

bool FlagCommands::mayDecide(const Peer &peer)
{
    return peer.role == u"admin" || peer.role == u"supervisor" || peer.role == u"enforcement";
}

void FlagCommands::requireDecider(const Peer &peer, const QString &what)
{
    if (!mayDecide(peer))
        throw ProtocolError(ErrorCode::Forbidden,
            u"only a supervisor or an enforcement officer may %1; this device's role is %2"_s.arg(
                what, peer.role));
}

sync::Message FlagCommands::list(const Peer &peer, const sync::Message &message)
{
    requireDecider(peer, u"list flags"_s);
    store::FlagFilter filter;
    filter.permit = optionalText(message.header, u"p"_s, 200);
    filter.rule = optionalText(message.header, u"r"_s, 16);
    filter.status = optionalText(message.header, u"s"_s, 16);
    if (!filter.status.isEmpty() && !store::FlagRecords::isStatus(filter.status))
        HeaderFields::fail(u"s"_s, u"open, resolved, acknowledged or dismissed"_s);
    filter.limit = kMaxFlagsPerReply + 1;
    QList<store::FlagRecord> rows = store::FlagRecords(m_db).list(filter);
    const bool more = rows.size() > kMaxFlagsPerReply;
    if (more)
        rows.resize(kMaxFlagsPerReply);
    QJsonArray flags;
    for (const store::FlagRecord &row : rows)
        flags.append(row.toJson());
    QCborMap header;
    header.insert(u"n"_s, flags.size());
    header.insert(u"more"_s, more);
    return sync::Message::reply(sync::Command::FlagsReply, message, header,
        sync::jsonBody(QJsonObject {{u"flags"_s, flags}}));
}

sync::Message FlagCommands::decide(const Peer &peer, const sync::Message &message)
{
    const HeaderFields fields(message.header);
    const QString decision = fields.text(u"d"_s, 16);
    if (decision != u"ack" && decision != u"dismiss")
        HeaderFields::fail(u"d"_s, u"ack or dismiss"_s);
    requireDecider(peer, decision == u"ack" ? u"acknowledge flags"_s : u"dismiss flags"_s);
    const QString flagId = fields.text(u"id"_s, 64);
    const QString reason = fields.text(u"why"_s, kMaxReasonLength).trimmed();
    if (reason.isEmpty())
        HeaderFields::fail(u"why"_s, u"the reason for the decision (not blank)"_s);
    // The admin credential has no inspector: its device id stands for it.
    const QString actor = peer.inspectorId.isEmpty() ? peer.deviceId : peer.inspectorId;
    const auto decided = FlagStore(m_db).decide(flagId,
        decision == u"ack" ? FlagStore::Decision::Acknowledge : FlagStore::Decision::Dismiss,
        reason, actor, QDateTime::currentMSecsSinceEpoch());
    if (!decided)
        throw ProtocolError(ErrorCode::NotFound, u"no flag with id '%1'"_s.arg(flagId));
    QCborMap header;
    header.insert(u"n"_s, 1);
    header.insert(u"s"_s, decided->status);
    return sync::Message::reply(sync::Command::AdminReply, message, header);
}

} // namespace outfall::server
