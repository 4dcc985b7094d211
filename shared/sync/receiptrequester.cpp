#include "sync/receiptrequester.h"

#include "store/database.h"
#include "sync/entityschema.h"
#include "sync/evidencereceipts.h"
#include "sync/message.h"
#include "sync/requestchannel.h"
#include "sync/syncsessioncontext.h"
#include "sync/uuid.h"

#include <QCborArray>
#include <QDateTime>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSyncClient)

namespace outfall::sync {

ReceiptRequester::ReceiptRequester(const SyncSessionContext &session)
    : m_session(session)
{ }

QStringList ReceiptRequester::lacking(const QString &afterId, int limit) const
{
    const auto device = Uuid::fromText(m_session.config.deviceId);
    if (!device)
        return {};
    // The record names its device at byte offset 5 (docs/evidence.md 2): records pulled from
    // the inspector's other devices are theirs to ask for.
    auto statement = m_session.db.cached(
        u"SELECT r.id FROM evidence_record r WHERE substr(r.record, 6, 16) = ?1 AND r.id > "
        u"coalesce(?2, '')"
        u" AND NOT EXISTS (SELECT 1 FROM evidence_receipt c WHERE c.record_id = r.id)"
        u" AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity = ?3 AND o.row_id = r.id)"
        u" AND NOT EXISTS (SELECT 1 FROM sync_rejection j WHERE j.entity = ?3"
        u" AND j.row_id = r.id)"
        // A record signed again (evidence_resign) was cut off or refused: its new record is
        // the one the server logs.
        u" AND NOT EXISTS (SELECT 1 FROM evidence_resign s WHERE s.old_record_id = r.id)"
        u" ORDER BY r.id LIMIT ?4"_s);
    statement.bind(1, device->toByteArray())
        .bind(2, afterId)
        .bind(3, int(Entity::EvidenceRecord))
        .bind(4, limit);
    QStringList ids;
    while (statement.step())
        ids.append(statement.text(0));
    statement.reset();
    return ids;
}

int ReceiptRequester::run()
{
    int kept = 0;
    QStringList notLogged;
    QString after;
    for (QStringList ids = lacking(after, batchIds); !ids.isEmpty();
         ids = lacking(after, batchIds)) {
        after = ids.back();
        Message request;
        request.command = Command::Receipts;
        request.header.insert(u"ids"_s, QCborArray::fromStringList(ids));
        const Message reply = m_session.channel.request(request);
        if (reply.command != Command::ReceiptsReply)
            throw ProtocolError(ErrorCode::Malformed,
                u"the server answered RECEIPTS with "_s
                    + QString::fromLatin1(commandName(reply.command)));
        for (const QCborValue &id : reply.header.value(u"m"_s).toArray())
            notLogged.append(id.toString());
        if (!reply.header.value(u"eb"_s).toBool())
            continue;
        const QCborValue receipt = QCborValue::fromCbor(reply.body);
        store::Transaction transaction(m_session.db);
        const auto outcome = EvidenceReceipts::store(
            m_session.db, receipt.toMap(), std::int64_t(QDateTime::currentMSecsSinceEpoch()));
        transaction.commit();
        kept += outcome.kept;
        m_session.result.problems += outcome.refused;
    }
    if (!notLogged.isEmpty()) {
        m_session.result.problems.append(
            u"%1 signed record(s) pushed from this device are not in the server's evidence log"
            u" (first: %2)"_s.arg(notLogged.size())
                .arg(notLogged.front()));
        qCWarning(lcSyncClient) << m_session.result.problems.back();
    }
    if (kept > 0)
        qCInfo(lcSyncClient) << "kept" << kept << "evidence receipt(s) asked for after the push";
    return kept;
}

} // namespace outfall::sync
