#pragma once

#include "evidence/canonicalrecord.h"
#include "server/peer.h"
#include "sync/op.h"

#include <vector>

namespace outfall::store {
class Database;
}

namespace outfall::server {

class EvidenceLog;

// The server's check of the signed evidence records in one push (docs/evidence.md 3),
// before anything of the push is applied: each record decodes, is the pushing device's,
// is signed by the key the device registered at enrolment, was not signed after that key
// was revoked, and extends the device's chain (next seq, previous record's SHA-256). The
// first record that fails refuses the whole push with its own reason (ProtocolError:
// BAD_RECORD, WRONG_KEY, BAD_SIGNATURE, KEY_REVOKED, EVIDENCE_GAP, EVIDENCE_FORK,
// EVIDENCE_REPLAY), so nothing of it is stored.
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

    EvidenceAdmission(store::Database &db, EvidenceLog &log);

    // The batch's records in order, all admitted; throws ProtocolError for the first that is
    // not.
    std::vector<Admitted> check(const Peer &peer, const std::vector<sync::Op> &ops);

private:
    store::Database &m_db;
    EvidenceLog &m_log;
};

} // namespace outfall::server
