#pragma once

#include "evidence/canonicalrecord.h"
#include "evidence/recordsigner.h"
#include "sync/op.h"

#include <optional>
#include <vector>

namespace outfall::store {
class Database;
}

namespace outfall::sync {

// The device's signing at capture (docs/evidence.md section 1): the key made at enrolment
// (sync_identity) and the device's chain (evidence_chain). For each evidence change it
// makes the next record in the chain, signs it and returns the fields of its
// evidence_record row; the caller writes that row and its outbox op in the transaction of
// the evidence itself, so a record exists exactly when its evidence does.
class EvidenceSigner
{
public:
    // nullopt when the store has no signing key (not enrolled, or enrolled before 0018):
    // such a device captures unsigned, as before.
    static std::optional<EvidenceSigner> load(store::Database &db);

    // Fields of the evidence_record op for `op`, or nullopt when `op` is not signed evidence.
    // Advances the stored chain: call inside the caller's transaction.
    std::optional<std::vector<Op::Field>> sign(const Op &op);

    // The record signed again, as the next in the chain and at `signedAtMs` (its content,
    // kind and subject as they were): the recovery after a refusal (EvidenceChainRecovery).
    // Advances the stored chain: call inside the caller's transaction.
    struct Signed
    {
        QByteArray bytes;
        QByteArray signature;
    };
    Signed resign(evidence::CanonicalRecord record, std::int64_t signedAtMs);

    // Where the device's chain stands: the last record's seq and SHA-256 (0 and zeros
    // before the first).
    struct ChainHead
    {
        std::uint64_t seq = 0;
        QByteArray sha256;
    };
    ChainHead chain() const;
    // The chain continues from `seq`/`sha256`, the last record the server logged.
    void restartChain(std::uint64_t seq, const QByteArray &sha256);

    const QByteArray &publicKey() const { return m_signer.publicKey(); }

private:
    QByteArray chainAndEncode(evidence::CanonicalRecord &record);

    EvidenceSigner(store::Database &db, evidence::RecordSigner signer, QByteArray deviceId,
        QString deviceIdText);

    store::Database *m_db;
    evidence::RecordSigner m_signer;
    QByteArray m_deviceId; // 16 bytes
    QString m_deviceIdText;
};

} // namespace outfall::sync
