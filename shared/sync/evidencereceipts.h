#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QStringList>

namespace outfall::store {
class Database;
}

namespace outfall::sync {

// The device's side of the server's receipts (docs/evidence.md 4): from a PUSH_ACK's body
// (`eb`) or a RECEIPTS_REPLY's, the signed tree head and each record's inclusion proof, kept
// in evidence_tree_head and evidence_receipt once checked here: the head's signature under
// the log key pinned at enrolment (sync_identity.log_public_key), and each proof against
// that head's root and the record this device holds. Call inside a transaction.
class EvidenceReceipts
{
public:
    struct Outcome
    {
        int kept = 0;
        // One sentence a receipt not kept (a head that fails its signature refuses all of
        // its receipts): for the sync's result, so a failure is never silent.
        QStringList refused;
        // False when the device has no pinned log key (enrolled before 0024): the receipts
        // kept were checked against their head's root, not the head against the server.
        bool headChecked = false;
    };

    // The pinned log key; empty when the device was enrolled without one.
    static QByteArray pinnedLogKey(store::Database &db);

    static Outcome store(store::Database &db, const QCborMap &receipt, std::int64_t receivedAt);
};

} // namespace outfall::sync
