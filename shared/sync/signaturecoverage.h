#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace outfall::store {
class Database;
}

namespace outfall::sync {

// What a signature signs: the inspection's evidence as it stood when it was signed
// (docs/decisions.md, "A change after signing voids the signatures").
//
// A signature row carries covers_sha256, the digest of the ids of every evidence row of the
// inspection (checklist answers, measurements, position fixes, observed outlets, photos) at
// signing. Evidence is insert-only and every change is a new row, so any change after
// signing — a correction, a new photo — changes the digest and voids the signature. A voided
// signature stays in the record, marked voided, and the role signs again. The device and
// the server judge it with this same code from the same rows.
//
// Signatures recorded before covers_sha256 existed (NULL) are judged by time instead:
// voided when evidence was recorded after them.
class SignatureCoverage
{
public:
    // SHA-256 (lower-case hex) of the evidence ids of the inspection, sorted, each followed
    // by '\n'. The digest of no evidence is that of the empty string.
    static QString digest(store::Database &db, const QString &inspectionId);
    // The ids of the inspection's evidence rows, sorted: what digest() hashes, and what the
    // server's review record matches flags against.
    static QStringList evidenceIds(store::Database &db, const QString &inspectionId);

    struct Signature
    {
        QString id;
        QString role; // inspector / representative
        QString name;
        bool refused = false;
        std::int64_t signedAt = 0;
        QString coversSha256; // empty for a signature from before coverage was recorded
        bool voided = false; // the evidence changed after it was signed
        // 0015: the team member who signed (role inspector; empty in older rows: the lead,
        // inspection.inspector_id), their certificate number, and the witness of a refusal.
        QString inspectorId;
        QString certificateNo;
        QString witnessName;
    };
    // Every signature (and refusal) of the inspection, oldest first, each judged.
    static std::vector<Signature> signatures(store::Database &db, const QString &inspectionId);

    // The signatures in force: the newest one of each role that is not voided.
    struct InForce
    {
        bool inspector = false;
        bool representative = false; // signed or refused
        bool representativeRefused = false;
        int voided = 0; // signatures of the inspection voided by later changes
        bool complete() const { return inspector && representative; }
    };
    static InForce inForce(store::Database &db, const QString &inspectionId);
};

} // namespace outfall::sync
