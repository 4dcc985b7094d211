#pragma once

#include <QCborMap>

namespace outfall::store {
class Database;
}

namespace outfall::sync {

// The device's side of the server's receipts (docs/evidence.md 4): from a PUSH_ACK's `e`,
// the signed tree head and each record's inclusion proof, kept in evidence_tree_head and
// evidence_receipt once the proof is checked here against the head's root and the record
// this device holds. Call inside the acknowledgement's transaction.
class EvidenceReceipts
{
public:
    // Returns how many receipts were kept; a proof that does not verify is not kept (and
    // logged as a warning): the record then shows as signed but not logged.
    static int store(store::Database &db, const QCborMap &receipt, std::int64_t receivedAt);
};

} // namespace outfall::sync
