#pragma once

#include "evidence/recordsigner.h"
#include "server/evidenceadmission.h"
#include "server/peer.h"
#include "store/inspectionreviewstate.h"
#include "sync/hybridlogicalclock.h"
#include "sync/op.h"
#include "sync/protocolerror.h"

#include <QCborMap>

#include <optional>
#include <unordered_map>
#include <vector>

namespace outfall::store {
class Database;
}
namespace outfall::sync {
class RowStore;
class LwwMerger;
} // namespace outfall::sync

namespace outfall::server {

class EvidenceLog;

// Applies one PUSH batch to the server store: checks each op (author, ownership,
// reference data, evidence insert-only, workflow transitions), merges editable fields by
// last-writer-wins, gives every accepted op the next global sequence number, and stores
// the batch with its acknowledgement, all in one transaction. A batch id seen before is
// answered with the stored acknowledgement and nothing is applied again.
class PushApplier
{
public:
    struct Batch
    {
        QByteArray batchId; // 16 bytes
        std::uint64_t firstSeq = 0;
        std::uint64_t lastSeq = 0;
        std::vector<sync::Op> ops;
    };

    PushApplier(store::Database &db, sync::HybridLogicalClock &clock);

    // The key that signs the evidence log's tree heads (LogSigningKey). Until set, a key
    // made for this object alone (tests that need no stable key).
    void setLogSigner(evidence::RecordSigner signer) { m_logSigner = std::move(signer); }
    const evidence::RecordSigner &logSigner() const { return m_logSigner; }

    // The PUSH_ACK header. Throws ProtocolError (SeqGap, Malformed) for a batch that cannot
    // be applied at all; nothing is written then.
    QCborMap apply(const Peer &peer, const Batch &batch);
    static std::optional<QCborMap> storedAck(store::Database &db, const QByteArray &batchId);

private:
    struct Rejection
    {
        sync::ErrorCode code;
        QString text;
    };
    struct Parent
    {
        QString inspectorId;
        QString permitId;
        QString status;
        // Set when its inspector was not assigned the permit when it started (a row stored
        // before the server checked): every record under it is refused the same way.
        std::optional<Rejection> unassigned;
        // Where its review stands (0017): records are refused while it waits or once approved.
        store::InspectionReviewState review;
    };

    std::optional<Rejection> applyOp(const Peer &peer, const sync::Op &op);
    // applyOp, so that the op's failure undoes the op alone on either engine.
    std::optional<Rejection> applyOnItsOwn(const Peer &peer, const sync::Op &op);
    std::optional<Rejection> applyInspectionOp(const Peer &peer, const sync::Op &op,
        sync::RowStore &rows, sync::LwwMerger &merger, std::int64_t now);
    std::optional<Rejection> checkInspectionUpdate(
        const Peer &peer, const sync::Op &op, const Parent &row);
    // Refuses moving an inspection to `next` (submitted, reviewed) while its signatures do
    // not cover its current records; nullopt when they do.
    std::optional<Rejection> unsignedChanges(const QString &inspectionId, const QString &next);
    // A submission or resubmission: findings supported, then signatures in force.
    std::optional<Rejection> checkSubmittable(const QString &inspectionId, const QString &next);
    std::optional<Parent> inspection(const QString &id);
    // NOT_ASSIGNED unless the inspector held an assignment of the permit when the inspection
    // started (docs/protocol.md 4.3): one not withdrawn, or withdrawn after that start
    // (less the clock drift a tablet is allowed). assignmentId, when the inspection names
    // one, must be such an assignment.
    std::optional<Rejection> checkAssigned(const QString &inspectionId, const QString &inspectorId,
        const QString &permitId, std::int64_t startedAt, const QString &assignmentId);
    // A record's references to other rows stay within its inspection: an outlet of the
    // inspection's permit (NOT_ASSIGNED), a superseded row or a fix of the same inspection
    // (NOT_OWNER).
    std::optional<Rejection> checkReferences(
        const sync::Op &op, const QString &inspectionId, const Parent &parent);
    // Why an inspection the server does not hold was refused, if it was.
    std::optional<Rejection> refusal(const QString &inspectionId);
    void recordRefusal(const sync::Op &op, const QString &permitId, const Rejection &rejection);
    QString roleOf(const QString &inspectorId);
    void sequence(const Peer &peer, const sync::Op &op, const Parent &owner);
    // Appends the admitted records to the evidence log, signs its new head, and returns the
    // receipt for the PUSH_ACK (`e`: tree head and each record's inclusion proof).
    QCborMap logRecords(EvidenceLog &log, const std::vector<EvidenceAdmission::Admitted> &admitted);

    store::Database &m_db;
    sync::HybridLogicalClock &m_clock;
    evidence::RecordSigner m_logSigner;
    // Per batch: the last sequence number handed out, and the inspections read so far.
    std::int64_t m_lastSeq = 0;
    std::unordered_map<QString, Parent> m_parents;
};

} // namespace outfall::server
