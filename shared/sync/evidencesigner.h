#pragma once

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

    const QByteArray &publicKey() const { return m_signer.publicKey(); }

private:
    EvidenceSigner(store::Database &db, evidence::RecordSigner signer, QByteArray deviceId,
        QString deviceIdText);

    store::Database *m_db;
    evidence::RecordSigner m_signer;
    QByteArray m_deviceId; // 16 bytes
    QString m_deviceIdText;
};

} // namespace outfall::sync
