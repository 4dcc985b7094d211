#include "server/evidenceadmission.h"

#include "evidence/recordformaterror.h"
#include "evidence/sha256.h"
#include "server/deviceregistry.h"
#include "server/evidencelog.h"
#include "server/signaturebatch.h"
#include "store/database.h"
#include "sync/entityschema.h"
#include "sync/evidencerecordbuilder.h"
#include "sync/protocolerror.h"
#include "sync/uuid.h"

#include <QDateTime>

#include <map>

using namespace Qt::StringLiterals;
using outfall::evidence::CanonicalRecord;
using outfall::sync::ErrorCode;
using outfall::sync::Op;
using outfall::sync::ProtocolError;

namespace outfall::server {

namespace {

QString instant(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QByteArray fieldBlob(const Op &op, QStringView name, const QString &where)
{
    const auto &info = sync::EntitySchema::info(sync::Entity::EvidenceRecord);
    const auto *value = op.value(info.fieldNumber(name));
    if (!value || value->type() != sync::FieldValue::Type::Blob)
        throw ProtocolError(ErrorCode::BadRecord,
            u"%1: field evidence_record.%2 must be bytes"_s.arg(where, name.toString()));
    return value->blob();
}

std::uint8_t recordField()
{
    return sync::EntitySchema::info(sync::Entity::EvidenceRecord).fieldNumber(u"record");
}

QString fieldText(const Op &op, QStringView name)
{
    const auto &info = sync::EntitySchema::info(sync::Entity::EvidenceRecord);
    const auto *value = op.value(info.fieldNumber(name));
    return value && value->type() == sync::FieldValue::Type::Text ? value->text() : QString();
}

} // namespace

EvidenceAdmission::EvidenceAdmission(store::Database &db, EvidenceLog &log)
    : m_db(db)
    , m_log(log)
{ }

EvidenceAdmission::Outcome EvidenceAdmission::check(const Peer &peer, const std::vector<Op> &ops)
{
    // The batch's signed evidence ops by row id (the latest op of a row: its submission).
    m_subjects.clear();
    for (const Op &op : ops) {
        if (op.entity != sync::Entity::EvidenceRecord && sync::EvidenceRecordBuilder::kindOf(op))
            m_subjects[op.rowId.toByteArray()] = &op;
    }
    m_chain = m_log.chain(peer.deviceId);
    m_refusedOpBySha.clear();
    decodeAndVerify(ops);

    Outcome outcome;
    for (const Op &op : ops) {
        if (op.entity != sync::Entity::EvidenceRecord || op.kind != Op::Kind::Insert)
            continue; // an update of a record is refused per op, as any evidence update
        try {
            Admitted entry = admit(peer, op);
            m_chain = {entry.record.seq, entry.sha256};
            outcome.admitted.push_back(std::move(entry));
        } catch (const ProtocolError &refusal) {
            outcome.refused.push_back({&op, refusal.code(), refusal.text()});
            if (const auto *bytes = op.value(recordField());
                bytes && bytes->type() == sync::FieldValue::Type::Blob)
                m_refusedOpBySha.emplace(evidence::sha256(bytes->blob()), op.deviceSeq);
        }
    }
    outcome.chainSeq = m_chain.seq;
    outcome.chainSha256 = m_chain.sha256;
    return outcome;
}

void EvidenceAdmission::decodeAndVerify(const std::vector<Op> &ops)
{
    m_decoded.clear();
    std::vector<const Op *> checked;
    std::vector<SignatureBatch::Item> items;
    const auto &info = sync::EntitySchema::info(sync::Entity::EvidenceRecord);
    for (const Op &op : ops) {
        if (op.entity != sync::Entity::EvidenceRecord || op.kind != Op::Kind::Insert)
            continue;
        const auto *bytes = op.value(info.fieldNumber(u"record"));
        const auto *signature = op.value(info.fieldNumber(u"signature"));
        if (!bytes || bytes->type() != sync::FieldValue::Type::Blob || !signature
            || signature->type() != sync::FieldValue::Type::Blob)
            continue; // admit() says what is wrong with it (fieldBlob)
        Decoded &decoded = m_decoded[&op];
        try {
            decoded.record = CanonicalRecord::decode(bytes->blob());
        } catch (const evidence::RecordFormatError &e) {
            decoded.formatError = e.text();
            continue;
        }
        items.push_back({decoded.record->signingKey, bytes->blob(), signature->blob()});
        checked.push_back(&op);
    }
    const std::vector<bool> valid = SignatureBatch::verify(items);
    for (std::size_t i = 0; i < checked.size(); ++i)
        m_decoded[checked[i]].signatureValid = valid[i];
}

EvidenceAdmission::Admitted EvidenceAdmission::admit(const Peer &peer, const Op &op)
{
    const auto peerDevice = sync::Uuid::fromText(peer.deviceId);
    const QString where =
        u"evidence record %1 (op seq %2)"_s.arg(op.rowId.toText()).arg(op.deviceSeq);
    Admitted entry;
    entry.op = &op;
    entry.bytes = fieldBlob(op, u"record", where);
    entry.signature = fieldBlob(op, u"signature", where);
    // Both fields are bytes (above), so decodeAndVerify took it.
    const Decoded &decoded = m_decoded.at(&op);
    if (!decoded.record)
        throw ProtocolError(ErrorCode::BadRecord, where + u": "_s + decoded.formatError);
    entry.record = *decoded.record;
    const CanonicalRecord &record = entry.record;
    entry.sha256 = evidence::sha256(entry.bytes);
    // What the device chained after a refused record is refused too, saying so, until the
    // device signs it again from the chain the server holds.
    if (const auto cut = m_refusedOpBySha.find(record.previousSha256);
        cut != m_refusedOpBySha.end())
        throw ProtocolError(ErrorCode::EvidenceGap,
            u"%1: record seq %2 follows the record of op seq %3, which was refused; device"
            u" %4's chain is at %5"_s.arg(where)
                .arg(record.seq)
                .arg(cut->second)
                .arg(peer.deviceId)
                .arg(m_chain.seq));
    const auto subject = sync::Uuid::fromText(fieldText(op, u"subject_id"));
    if (!subject || subject->toByteArray() != record.rowId)
        throw ProtocolError(ErrorCode::BadRecord,
            u"%1: field evidence_record.subject_id does not name the row the record signs"_s.arg(
                where));
    if (!peerDevice || record.deviceId != peerDevice->toByteArray())
        throw ProtocolError(ErrorCode::WrongKey,
            u"%1 names device %2, not the device that pushed it (%3)"_s.arg(
                where, sync::Uuid::fromBytes(record.deviceId)->toText(), peer.deviceId));
    if (!m_keyRead) {
        m_key = DeviceRegistry(m_db).signingKey(peer.deviceId);
        m_keyRead = true;
    }
    if (!m_key)
        throw ProtocolError(ErrorCode::WrongKey,
            u"%1: device %2 registered no signing key at enrolment; enrol it again"_s.arg(
                where, peer.deviceId));
    if (record.signingKey != m_key->publicKey)
        throw ProtocolError(ErrorCode::WrongKey,
            u"%1 is signed with key %2, not device %3's registered key %4"_s.arg(where,
                QString::fromLatin1(record.signingKey.toHex()), peer.deviceId,
                QString::fromLatin1(m_key->publicKey.toHex())));
    // Checked for the whole push already (decodeAndVerify), under the key the record names,
    // which is the registered key (above).
    if (!decoded.signatureValid)
        throw ProtocolError(ErrorCode::BadSignature,
            u"%1: the signature does not verify under device %2's key"_s.arg(where, peer.deviceId));
    if (m_key->revokedAt && record.signedAtMs > *m_key->revokedAt)
        throw ProtocolError(ErrorCode::KeyRevoked,
            u"%1 was signed at %2, after device %3's key was revoked at %4"_s.arg(
                where, instant(record.signedAtMs), peer.deviceId, instant(*m_key->revokedAt)));
    if (record.seq <= m_chain.seq) {
        const auto logged = m_log.findDeviceSeq(peer.deviceId, record.seq);
        if (logged && logged->recordSha256 == entry.sha256)
            throw ProtocolError(ErrorCode::EvidenceReplay,
                u"%1: record seq %2 of device %3 is logged already (leaf %4)"_s.arg(where)
                    .arg(record.seq)
                    .arg(peer.deviceId)
                    .arg(logged->leafIndex));
        throw ProtocolError(ErrorCode::EvidenceFork,
            u"%1: a second, different record seq %2 of device %3 (the chain is at %4)"_s.arg(where)
                .arg(record.seq)
                .arg(peer.deviceId)
                .arg(m_chain.seq));
    }
    if (record.seq > m_chain.seq + 1)
        throw ProtocolError(ErrorCode::EvidenceGap,
            u"%1: record seq %2 of device %3 skips ahead; the next is %4"_s.arg(where)
                .arg(record.seq)
                .arg(peer.deviceId)
                .arg(m_chain.seq + 1));
    if (record.previousSha256 != m_chain.sha256)
        throw ProtocolError(ErrorCode::EvidenceFork,
            u"%1: record seq %2 names previous record %3, but device %4's record %5 is %6"_s
                .arg(where)
                .arg(record.seq)
                .arg(QString::fromLatin1(record.previousSha256.toHex()))
                .arg(peer.deviceId)
                .arg(m_chain.seq)
                .arg(QString::fromLatin1(m_chain.sha256.toHex())));
    // The values signed are the values pushed: when the evidence op is in this batch,
    // its record must say the same.
    if (const auto pushed = m_subjects.find(record.rowId); pushed != m_subjects.end()) {
        const Op &other = *pushed->second;
        const auto kind = sync::EvidenceRecordBuilder::kindOf(other);
        if (static_cast<std::uint8_t>(other.entity) == record.entity && kind && *kind == record.kind
            && sync::EvidenceRecordBuilder::build(other, *kind).values != record.values)
            throw ProtocolError(ErrorCode::BadRecord,
                u"%1: field record.values differ from the %2 row %3 pushed with it"_s.arg(
                    where, sync::EntitySchema::info(other.entity).table, other.rowId.toText()));
    }
    return entry;
}

void EvidenceAdmission::park(
    const Peer &peer, const std::vector<Refused> &refused, std::int64_t nowMs)
{
    const auto &info = sync::EntitySchema::info(sync::Entity::EvidenceRecord);
    const auto blobOrNull = [&](const Op &op, QStringView name) {
        const auto *value = op.value(info.fieldNumber(name));
        return value && value->type() == sync::FieldValue::Type::Blob ? value->blob()
                                                                      : QByteArray();
    };
    for (const Refused &entry : refused) {
        const Op &op = *entry.op;
        m_db.cached(u"INSERT INTO evidence_refusal (device_id, op_seq, record_id, subject_id,"
                    u" record, signature, code, reason, refused_at)"
                    u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
            .bind(1, peer.deviceId)
            .bind(2, static_cast<std::int64_t>(op.deviceSeq))
            .bind(3, op.rowId.toText())
            .bind(4, fieldText(op, u"subject_id"))
            .bind(5, blobOrNull(op, u"record"))
            .bind(6, blobOrNull(op, u"signature"))
            .bind(7, QString::fromLatin1(sync::errorCodeName(entry.code)))
            .bind(8, entry.reason)
            .bind(9, nowMs)
            .exec();
    }
}

} // namespace outfall::server
