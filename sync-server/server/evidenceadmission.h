#pragma once

#include "evidence/canonicalrecord.h"
#include "server/deviceregistry.h"
#include "server/evidencelog.h"
#include "server/peer.h"
#include "sync/op.h"
#include "sync/protocolerror.h"

#include <map>
#include <optional>
#include <vector>

namespace outfall::store {
class Database;
}

namespace outfall::server {

// The server's check of the signed evidence records in one push (docs/evidence.md 3),
// before anything of the push is applied: each record decodes, is the pushing device's,
// is signed by the key the device registered at enrolment, was not signed after that key
// was revoked, and extends the device's chain (next seq, previous record's SHA-256).
//
// Each record is judged on its own (docs/evidence.md 3.1): one that fails is refused with
// its own reason (BAD_RECORD, WRONG_KEY, BAD_SIGNATURE, KEY_REVOKED, EVIDENCE_GAP,
// EVIDENCE_FORK, EVIDENCE_REPLAY) and the chain stays where it was, so a record chained
// after it is refused too, saying so. The rest of the push is applied: one bad record
// cannot stop a device's sync, and the device, told where its chain stands on the server,
// signs the cut-off records again (sync::EvidenceChainRecovery).
class EvidenceAdmission
{
public:
    struct Admitted
    {
        const sync::Op *op = nullptr; // the evidence_record op
        evidence::CanonicalRecord record;
        QByteArray bytes;
        QByteArray signature;
        QByteArray sha256;
    };

    struct Refused
    {
        const sync::Op *op = nullptr;
        sync::ErrorCode code;
        QString reason;
    };

    struct Outcome
    {
        std::vector<Admitted> admitted; // in push order
        std::vector<Refused> refused; // in push order
        // Where the device's chain stands once the admitted records are logged.
        std::uint64_t chainSeq = 0;
        QByteArray chainSha256;
    };

    EvidenceAdmission(store::Database &db, EvidenceLog &log);

    Outcome check(const Peer &peer, const std::vector<sync::Op> &ops);

    // Parks the refused records with their reasons (evidence_refusal), in the caller's
    // transaction: refused is never lost.
    void park(const Peer &peer, const std::vector<Refused> &refused, std::int64_t nowMs);

private:
    // Decodes the push's records and checks their signatures, into m_decoded.
    void decodeAndVerify(const std::vector<sync::Op> &ops);
    // The record's fields checked; throws ProtocolError with the record's reason.
    Admitted admit(const Peer &peer, const sync::Op &op);

    store::Database &m_db;
    EvidenceLog &m_log;
    std::optional<DeviceRegistry::SigningKey> m_key;
    bool m_keyRead = false;
    EvidenceLog::ChainHead m_chain;
    // The SHA-256 of each record refused in this push, to its op seq: a record naming one
    // as its previous record follows a refusal.
    std::map<QByteArray, std::uint64_t> m_refusedOpBySha;
    std::map<QByteArray, const sync::Op *> m_subjects;
    // Each evidence record of the push (its record and signature fields bytes), decoded, and
    // whether its signature verifies under the key it names: checked for the whole push at
    // once on all cores (SignatureBatch) before the records are judged.
    struct Decoded
    {
        std::optional<evidence::CanonicalRecord> record;
        QString formatError; // why it did not decode
        bool signatureValid = false;
    };
    std::map<const sync::Op *, Decoded> m_decoded;
};

} // namespace outfall::server
