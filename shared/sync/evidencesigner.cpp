#include "sync/evidencesigner.h"

#include "evidence/sha256.h"
#include "store/database.h"
#include "sync/entityschema.h"
#include "sync/evidencerecordbuilder.h"
#include "sync/uuid.h"

#include <stdexcept>

using namespace Qt::StringLiterals;
using outfall::evidence::CanonicalRecord;

namespace outfall::sync {

std::optional<EvidenceSigner> EvidenceSigner::load(store::Database &db)
{
    auto identity = db.prepare(u"SELECT device_id, signing_secret_key FROM sync_identity"
                               u" WHERE id = 1 AND signing_secret_key IS NOT NULL"_s);
    if (!identity.step())
        return std::nullopt;
    const QString deviceText = identity.text(0);
    const auto device = Uuid::fromText(deviceText);
    if (!device)
        throw std::runtime_error(
            "sync_identity.device_id is not a UUID: " + deviceText.toStdString());
    return EvidenceSigner(db,
        evidence::RecordSigner(evidence::SigningKeyPair::fromSecretKey(identity.blob(1))),
        device->toByteArray(), deviceText);
}

EvidenceSigner::EvidenceSigner(
    store::Database &db, evidence::RecordSigner signer, QByteArray deviceId, QString deviceIdText)
    : m_db(&db)
    , m_signer(std::move(signer))
    , m_deviceId(std::move(deviceId))
    , m_deviceIdText(std::move(deviceIdText))
{ }

std::optional<std::vector<Op::Field>> EvidenceSigner::sign(const Op &op)
{
    const auto kind = EvidenceRecordBuilder::kindOf(op);
    if (!kind)
        return std::nullopt;
    CanonicalRecord record = EvidenceRecordBuilder::build(op, *kind);
    record.deviceId = m_deviceId;
    record.signingKey = m_signer.publicKey();
    const QByteArray bytes = chainAndEncode(record);
    const auto &info = EntitySchema::info(Entity::EvidenceRecord);
    return std::vector<Op::Field> {
        {info.fieldNumber(u"inspection_id"), EvidenceRecordBuilder::inspectionOf(op)},
        {info.fieldNumber(u"subject_id"), op.rowId.toText()},
        {info.fieldNumber(u"record"), bytes},
        {info.fieldNumber(u"signature"), m_signer.sign(bytes)},
    };
}

EvidenceSigner::Signed EvidenceSigner::resign(CanonicalRecord record, std::int64_t signedAtMs)
{
    record.deviceId = m_deviceId;
    record.signingKey = m_signer.publicKey();
    record.signedAtMs = signedAtMs;
    Signed result;
    result.bytes = chainAndEncode(record);
    result.signature = m_signer.sign(result.bytes);
    return result;
}

void EvidenceSigner::restartChain(std::uint64_t seq, const QByteArray &sha256)
{
    m_db->cached(u"INSERT INTO evidence_chain (id, device_id, last_seq, last_sha256)"
                 u" VALUES (1, ?1, ?2, ?3) ON CONFLICT (id) DO UPDATE SET last_seq = ?2,"
                 u" last_sha256 = ?3"_s)
        .bind(1, m_deviceIdText)
        .bind(2, static_cast<std::int64_t>(seq))
        .bind(3, sha256)
        .exec();
}

EvidenceSigner::ChainHead EvidenceSigner::chain() const
{
    auto chain = m_db->cached(u"SELECT last_seq, last_sha256 FROM evidence_chain WHERE id = 1"_s);
    ChainHead head {0, QByteArray(evidence::sha256Bytes, '\0')};
    if (chain.step())
        head = {static_cast<std::uint64_t>(chain.int64(0)), chain.blob(1)};
    chain.reset();
    return head;
}

// The record takes the next place in the chain, and the stored chain moves to it.
QByteArray EvidenceSigner::chainAndEncode(CanonicalRecord &record)
{
    const ChainHead head = chain();
    record.seq = head.seq + 1;
    record.previousSha256 = head.sha256;
    const QByteArray bytes = record.encode();
    restartChain(record.seq, evidence::sha256(bytes));
    return bytes;
}

} // namespace outfall::sync
