#include "server/reviewcommands.h"

#include "server/reviewrecords.h"
#include "store/database.h"
#include "sync/headerfields.h"
#include "sync/protocolerror.h"

#include <QCborArray>
#include <QCborValue>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

using sync::ErrorCode;
using sync::HeaderFields;
using sync::ProtocolError;

// A list carries at most this many inspections; `more` says there were others.
constexpr int kMaxPerReply = 5000;
constexpr int kMaxCommentLength = 2000;

bool mayRead(const Peer &peer)
{
    return peer.maySupervise() || peer.role == u"enforcement";
}

} // namespace

ReviewCommands::ReviewCommands(store::Database &db)
    : m_db(db)
{ }

sync::Message ReviewCommands::list(const Peer &peer, const sync::Message &message)
{
    if (!mayRead(peer))
        throw ProtocolError(ErrorCode::Forbidden,
            u"only a supervisor or an enforcement officer may read inspection reviews; this"
            u" device's role is %1"_s.arg(peer.role));
    const HeaderFields fields(message.header);
    QCborMap header;
    if (message.header.contains(u"id"_s)) {
        const QString id = fields.text(u"id"_s, 64);
        const auto shown = ReviewRecords(m_db).show(id);
        if (!shown)
            throw ProtocolError(ErrorCode::NotFound, u"no inspection with id '%1'"_s.arg(id));
        header.insert(u"r"_s, QCborValue::fromJsonValue(*shown));
        return sync::Message::reply(sync::Command::ReviewsReply, message, header);
    }
    const QString state = message.header.contains(u"s"_s) ? fields.text(u"s"_s, 16) : QString();
    if (!state.isEmpty() && !ReviewRecords::isState(state))
        HeaderFields::fail(u"s"_s, u"submitted, returned or approved"_s);
    QJsonArray rows = ReviewRecords(m_db).list(state, kMaxPerReply + 1);
    const bool more = rows.size() > kMaxPerReply;
    while (rows.size() > kMaxPerReply)
        rows.removeLast();
    header.insert(u"i"_s, QCborArray::fromJsonArray(rows));
    header.insert(u"more"_s, more);
    return sync::Message::reply(sync::Command::ReviewsReply, message, header);
}

sync::Message ReviewCommands::decide(const Peer &peer, const sync::Message &message)
{
    const HeaderFields fields(message.header);
    const QString decision = fields.text(u"a"_s, 16);
    if (decision != u"approve" && decision != u"return")
        HeaderFields::fail(u"a"_s, u"approve or return"_s);
    if (!peer.maySupervise())
        throw ProtocolError(ErrorCode::Forbidden,
            u"only a supervisor may %1 inspections; this device's role is %2"_s.arg(
                decision, peer.role));
    const QString id = fields.text(u"id"_s, 64);
    const QString comment = message.header.contains(u"c"_s)
        ? fields.text(u"c"_s, kMaxCommentLength).trimmed()
        : QString();
    if (decision == u"return" && comment.isEmpty())
        HeaderFields::fail(u"c"_s, u"a comment saying what to amend (not blank)"_s);
    // The admin credential has no inspector: its device id stands for it.
    const QString actor = peer.inspectorId.isEmpty() ? peer.deviceId : peer.inspectorId;
    store::Transaction transaction(m_db);
    const auto decided = ReviewRecords(m_db).decide(id,
        decision == u"approve" ? ReviewRecords::Decision::Approve : ReviewRecords::Decision::Return,
        comment, actor, QDateTime::currentMSecsSinceEpoch());
    if (!decided)
        throw ProtocolError(ErrorCode::NotFound, u"no inspection with id '%1'"_s.arg(id));
    if (const auto *refused = std::get_if<ReviewRecords::Refused>(&*decided))
        throw ProtocolError(ErrorCode::InvalidTransition, refused->text);
    transaction.commit();
    const auto &done = std::get<ReviewRecords::Decided>(*decided);
    QCborMap header;
    header.insert(u"n"_s, 1);
    header.insert(u"s"_s, done.state);
    header.insert(u"rid"_s, done.reviewId);
    return sync::Message::reply(sync::Command::AdminReply, message, header);
}

} // namespace outfall::server
