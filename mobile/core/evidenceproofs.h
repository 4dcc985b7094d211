#pragma once

#include "core/evidenceintegrity.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace outfall::store {
class Database;
}

namespace outfall::mobile {

// The signed records this device holds and, for one, its proof as the device can check it
// offline (docs/evidence.md 4, 6): the record's hash and chain position, the receipt's leaf
// index, tree size and root, the server's signature on that tree head under the log key
// pinned at enrolment, and the audit path from the record to the root.
class EvidenceProofs
{
public:
    struct Entry
    {
        QString recordId;
        QString subjectId; // the evidence row (the inspection for a submission)
        int entity = 0; // the evidence row's entity wire number
        int kind = 0; // 1 capture, 2 correction, 3 submission
        std::uint64_t seq = 0;
        std::int64_t signedAtMs = 0;
        EvidenceIntegrity::State state = EvidenceIntegrity::State::Signed;
    };

    enum class HeadCheck {
        Verified, // the tree head's signature verifies under the pinned log key
        Failed, // it does not (a receipt kept before this device pinned the key)
        NotPinned, // the device was enrolled before the server sent its key
    };

    struct Proof
    {
        Entry entry;
        QByteArray recordSha256;
        bool deviceSignatureOk = false; // the record's signature under the key it names
        bool held = false; // a receipt is held; the fields below only then
        std::uint64_t leafIndex = 0;
        std::uint64_t treeSize = 0;
        QByteArray rootHash;
        std::int64_t headTimestampMs = 0;
        HeadCheck head = HeadCheck::NotPinned;
        bool inclusionOk = false; // the audit path leads from the record to the root
        std::vector<QByteArray> auditPath;
    };

    // The records of an inspection (empty id: every record in the store), in chain order of
    // their device (seq), newest last. Records that do not decode are skipped.
    static QList<Entry> list(store::Database &db, const QString &inspectionId);
    static std::optional<Proof> proof(store::Database &db, const QString &recordId);
};

} // namespace outfall::mobile
