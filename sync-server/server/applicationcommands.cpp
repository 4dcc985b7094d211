#include "server/applicationcommands.h"

#include "server/applicationrecords.h"
#include "server/queueread.h"
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

constexpr int kMaxReasonLength = 2000;

} // namespace

ApplicationCommands::ApplicationCommands(store::Database &db)
    : m_db(db)
{ }

sync::Message ApplicationCommands::list(const Peer &peer, const sync::Message &message)
{
    const ApplicationRecords records(m_db);
    return readQueue(peer, message,
        {sync::Command::ApplicationsReply, u"applications"_s, u"applications"_s, u"application"_s,
            u"pending, returned, approved, refused or issued"_s, &ApplicationRecords::isState,
            [&](const QString &id) { return records.show(id); }, u"no application '%1'"_s,
            [&](const QString &state, int limit) {
                return records.list(state, limit);
            }});
}

sync::Message ApplicationCommands::decide(const Peer &peer, const sync::Message &message)
{
    const HeaderFields fields(message.header);
    const QString verb = fields.text(u"a"_s, 16);
    const auto decision = ApplicationRecords::decisionFromVerb(verb);
    if (!decision)
        HeaderFields::fail(u"a"_s, u"approve, return or refuse"_s);
    if (!peer.maySupervise())
        throw ProtocolError(ErrorCode::Forbidden,
            u"only a supervisor may %1 applications; this device's role is %2"_s.arg(
                verb, peer.role));
    const QString id = fields.text(u"id"_s, 64);
    const QString reason = message.header.contains(u"c"_s)
        ? fields.text(u"c"_s, kMaxReasonLength).trimmed()
        : QString();
    if (reason.isEmpty())
        HeaderFields::fail(u"c"_s, u"a reason for the decision (not blank)"_s);
    store::Transaction transaction(m_db);
    const auto decided = ApplicationRecords(m_db).decide(
        id, *decision, reason, deciderOf(peer), QDateTime::currentMSecsSinceEpoch());
    if (!decided)
        throw ProtocolError(ErrorCode::NotFound, u"no application '%1'"_s.arg(id));
    if (const auto *refused = std::get_if<ApplicationRecords::Refused>(&*decided))
        throw ProtocolError(ErrorCode::InvalidTransition, refused->text);
    transaction.commit();
    const auto &done = std::get<ApplicationRecords::Decided>(*decided);
    QCborMap header;
    header.insert(u"n"_s, 1);
    header.insert(u"s"_s, done.state);
    header.insert(u"did"_s, done.decisionId);
    return sync::Message::reply(sync::Command::AdminReply, message, header);
}

} // namespace outfall::server
