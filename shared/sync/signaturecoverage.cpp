#include "sync/signaturecoverage.h"

#include "store/database.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace outfall::sync {

namespace {

// Evidence of an inspection: every row that records what was found (signatures sign these;
// they are not part of what they sign).
const QString kEvidenceIds = uR"(
    SELECT id FROM checklist_answer WHERE inspection_id = ?1
    UNION ALL SELECT id FROM measurement WHERE inspection_id = ?1
    UNION ALL SELECT id FROM position_fix WHERE inspection_id = ?1
    UNION ALL SELECT id FROM observed_outlet WHERE inspection_id = ?1
    UNION ALL SELECT id FROM photo WHERE inspection_id = ?1
    ORDER BY 1)"_s;

// The newest time evidence of the inspection was recorded (0 without evidence).
const QString kLatestEvidence = uR"(
    SELECT max(t) FROM (
        SELECT max(recorded_at) AS t FROM checklist_answer WHERE inspection_id = ?1
        UNION ALL SELECT max(recorded_at) FROM measurement WHERE inspection_id = ?1
        UNION ALL SELECT max(recorded_at) FROM position_fix WHERE inspection_id = ?1
        UNION ALL SELECT max(recorded_at) FROM observed_outlet WHERE inspection_id = ?1
        UNION ALL SELECT max(taken_at) FROM photo WHERE inspection_id = ?1))"_s;

} // namespace

QStringList SignatureCoverage::evidenceIds(store::Database &db, const QString &inspectionId)
{
    auto rows = db.cached(kEvidenceIds);
    rows.bind(1, inspectionId);
    QStringList ids;
    while (rows.step())
        ids << rows.text(0);
    return ids;
}

QString SignatureCoverage::digest(store::Database &db, const QString &inspectionId)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &id : evidenceIds(db, inspectionId)) {
        hash.addData(id.toUtf8());
        hash.addData(QByteArrayView("\n", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

std::vector<SignatureCoverage::Signature> SignatureCoverage::signatures(
    store::Database &db, const QString &inspectionId)
{
    std::vector<Signature> result;
    auto rows = db.cached(u"SELECT id, signer_role, signer_name, refused, signed_at,"
                          u" coalesce(covers_sha256, ''), coalesce(inspector_id, ''),"
                          u" coalesce(certificate_no, ''), coalesce(witness_name, '')"
                          u" FROM signature WHERE inspection_id = ? ORDER BY signed_at, id"_s);
    rows.bind(1, inspectionId);
    while (rows.step()) {
        result.push_back({rows.text(0), rows.text(1), rows.text(2), rows.integer(3) != 0,
            rows.int64(4), rows.text(5), false, rows.text(6), rows.text(7), rows.text(8)});
    }
    rows.reset();
    if (result.empty())
        return result;
    const QString current = digest(db, inspectionId);
    std::int64_t latestEvidence = 0;
    for (Signature &signature : result) {
        if (!signature.coversSha256.isEmpty()) {
            signature.voided = signature.coversSha256 != current;
            continue;
        }
        if (latestEvidence == 0) {
            auto latest = db.cached(kLatestEvidence);
            latest.bind(1, inspectionId);
            latestEvidence = latest.step() ? latest.optionalInt64(0).value_or(0) : 0;
            latest.reset();
        }
        signature.voided = latestEvidence > signature.signedAt;
    }
    return result;
}

SignatureCoverage::InForce SignatureCoverage::inForce(
    store::Database &db, const QString &inspectionId)
{
    InForce result;
    for (const Signature &signature : signatures(db, inspectionId)) {
        if (signature.voided) {
            ++result.voided;
            continue;
        }
        if (signature.role == u"inspector") {
            result.inspector = true;
        } else {
            result.representative = true;
            result.representativeRefused = signature.refused;
        }
    }
    return result;
}

} // namespace outfall::sync
