#include "server/reviewcommands.h"

#include "server/queueread.h"
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

constexpr int kMaxCommentLength = 2000;

} // namespace

ReviewCommands::ReviewCommands(store::Database &db)
    : m_db(db)
{ }

sync::Message ReviewCommands::list(const Peer &peer, const sync::Message &message)
{
    const ReviewRecords records(m_db);
    return readQueue(peer, message,
        {sync::Command::ReviewsReply, u"inspection reviews"_s, u"inspections"_s, u"inspection"_s,
            u"submitted, returned or approved"_s, &ReviewRecords::isState,
            [&](const QString &id) { return records.show(id); }, u"no inspection with id '%1'"_s,
            [&](const QString &state, int limit) {
                return records.list(state, limit);
            }});
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
    store::Transaction transaction(m_db);
    const auto decided = ReviewRecords(m_db).decide(id,
        decision == u"approve" ? ReviewRecords::Decision::Approve : ReviewRecords::Decision::Return,
        comment, deciderOf(peer), QDateTime::currentMSecsSinceEpoch());
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
