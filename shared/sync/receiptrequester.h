#pragma once

#include <QString>
#include <QStringList>

namespace outfall::sync {

struct SyncSessionContext;

// After the push: asks the server (RECEIPTS) for the receipts this device lacks for its own
// signed records — its PUSH_ACK was lost, or its receipt failed the check — and keeps those
// that pass EvidenceReceipts' check (docs/evidence.md 4). A record still in the outbox or
// refused by the server is not asked for. Batches of at most batchIds ids, each record asked
// once a sync, so the step is bounded by the records lacking receipts; asking twice is
// harmless (the receipt is replaced by an equally valid one).
class ReceiptRequester
{
public:
    static constexpr int batchIds = 200;

    explicit ReceiptRequester(const SyncSessionContext &session);

    // Receipts kept in this sync. Receipts not kept and records the log does not hold go to
    // the session result's problems.
    int run();

    // This device's signed records that have no receipt and are no longer pending or
    // refused, after `afterId` in id order, at most `limit`.
    QStringList lacking(const QString &afterId, int limit) const;

private:
    const SyncSessionContext &m_session;
};

} // namespace outfall::sync
