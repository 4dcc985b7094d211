#pragma once

#include "sync/op.h"
#include "sync/outboxqueue.h"
#include "sync/protocolerror.h"
#include "sync/syncsessioncontext.h"

#include <cstdint>
#include <vector>

namespace outfall::sync {

struct Message;

// The push step of a sync session: every pending outbox op, in batches bounded by ops and
// bytes. A batch is stored (push_batch) with its id before it is sent, so a retry after a
// cut sends the same bytes and the server applies it once. An op that can never go (too
// large for any push) is refused here like a server rejection, so it does not hold up the
// ops after it.
class OutboxPusher
{
public:
    // nextSeq: the device seq the server expects next (WELCOME's `next`).
    OutboxPusher(const SyncSessionContext &session, std::int64_t nextSeq);

    void run();

private:
    bool loadOrMakeBatch(Message &message, std::int64_t &lastSeq, std::vector<Op> &ops);
    bool makeBatch(std::vector<Op> &ops);
    static bool fitsServer(const QByteArray &frame);
    void refuseHere(
        std::int64_t seq, const std::vector<Op> &ops, ErrorCode code, const QString &reason);
    void recordRejection(std::int64_t seq, const Op &op, const QString &code, const QString &reason,
        std::int64_t now);
    void shrinkAfterTooLarge(const Message &push, std::vector<Op> &ops, const ProtocolError &e);
    qint64 acknowledge(
        const Message &push, const Message &ack, std::int64_t lastSeq, std::vector<Op> &ops);

    const SyncSessionContext &m_session;
    OutboxQueue m_outbox;
    std::int64_t m_nextSeq;
    // A new batch's bounds: the configured ones, halved after each TOO_LARGE.
    int m_batchOps;
    std::size_t m_batchBytes;
};

} // namespace outfall::sync
