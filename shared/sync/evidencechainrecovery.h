#pragma once

#include "sync/op.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace outfall::store {
class Database;
}

namespace outfall::sync {

// The device's side of a refused signed record (docs/evidence.md 3.1). The server refuses a
// record on its own (a bad signature, a fork, a gap...), applies the rest of the push and
// says where the device's chain stands on its side. Every record the device signed after
// the refused one chains through it, so none of them could ever be logged: the chain
// restarts from the server's head, and the records are signed again, in their order, as new
// records with the same content:
// - a refused record, when signing again can help (BAD_SIGNATURE, EVIDENCE_FORK,
//   EVIDENCE_GAP) and it is not itself a record signed again (no loop: that one stays
//   refused, for the inspector to see in the sync's rejections);
// - every record still waiting in the outbox (never sent), whose outbox op is dropped.
// The old records stay in the store; evidence_resign says which new record stands for each.
class EvidenceChainRecovery
{
public:
    struct Refusal
    {
        Op op; // the evidence_record op the server refused
        QString code;
        QString reason;
    };

    explicit EvidenceChainRecovery(store::Database &db);

    // In the caller's transaction, after the acknowledged batch left the outbox. Returns how
    // many records were signed again (0 on a store that does not sign).
    int recover(std::uint64_t serverSeq, const QByteArray &serverSha256,
        const std::vector<Refusal> &refused, std::int64_t nowMs);

    // Whether signing the record again can get it logged.
    static bool worthSigningAgain(const QString &code);

private:
    struct Old
    {
        QString recordId;
        QString code;
        QString reason;
    };
    std::vector<Old> waitingInOutbox();

    store::Database &m_db;
};

} // namespace outfall::sync
