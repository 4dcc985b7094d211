#include "sync/changepuller.h"

#include "store/database.h"
#include "sync/headerfields.h"
#include "sync/message.h"
#include "sync/protocolerror.h"
#include "sync/pullapplier.h"
#include "sync/requestchannel.h"

#include <QCborArray>

using namespace Qt::StringLiterals;

namespace outfall::sync {

ChangePuller::ChangePuller(const SyncSessionContext &session)
    : m_session(session)
{ }

void ChangePuller::run()
{
    store::Database &db = m_session.db;
    PullApplier applier(db, m_session.codec);
    qint64 done = 0;
    while (true) {
        Message pull;
        pull.command = Command::Pull;
        auto cursor = db.cached(u"SELECT pull_cursor FROM sync_state WHERE id = 1"_s);
        pull.header.insert(u"c"_s, cursor.step() ? qint64(cursor.int64(0)) : 0);
        cursor.reset();
        pull.header.insert(u"m"_s, m_session.config.pullMaxOps);
        QCborArray held;
        auto permits = db.cached(u"SELECT permit_id, as_of FROM held_permit"_s);
        while (permits.step())
            held.append(QCborArray {permits.text(0), qint64(permits.int64(1))});
        permits.reset();
        pull.header.insert(u"h"_s, held);
        const Message reply = m_session.channel.request(pull);
        if (reply.command != Command::PullReply)
            throw ProtocolError(ErrorCode::Malformed,
                u"the server answered a pull with "_s
                    + QString::fromLatin1(commandName(reply.command)));
        const auto counts = applier.apply(reply);
        for (const QString &row : counts.withheld)
            m_session.result.problems.append(u"withheld by the server: "_s + row);
        done += counts.ops;
        m_session.result.pulled += counts.ops;
        m_session.result.purged += counts.purged;
        m_session.report(u"pull"_s, done, 0);
        if (!HeaderFields(reply.header).flag(u"more"_s))
            return;
    }
}

} // namespace outfall::sync
