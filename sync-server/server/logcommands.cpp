#include "server/logcommands.h"

#include "evidence/recordsigner.h"
#include "server/caselog.h"
#include "server/deviceregistry.h"
#include "server/evidencelog.h"
#include "store/database.h"
#include "sync/headerfields.h"
#include "sync/protocolerror.h"

#include <QCborArray>
#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;
using outfall::sync::Command;
using outfall::sync::ErrorCode;
using outfall::sync::HeaderFields;
using outfall::sync::Message;
using outfall::sync::ProtocolError;

namespace outfall::server {

namespace {

constexpr std::int64_t kMaxSize = std::int64_t(1) << 53;

QCborArray headArray(const evidence::TreeHead &head)
{
    return QCborArray {qint64(head.size), head.rootHash, qint64(head.timestampMs), head.signature};
}

QCborArray proofArray(const std::vector<QByteArray> &proof)
{
    QCborArray out;
    for (const QByteArray &hash : proof)
        out.append(hash);
    return out;
}

bool readsAnyRecord(const Peer &peer)
{
    return peer.role == u"admin" || peer.role == u"supervisor" || peer.role == u"enforcement";
}

} // namespace

LogCommands::LogCommands(store::Database &db, const evidence::RecordSigner &signer)
    : m_db(db)
    , m_signer(signer)
{ }

Message LogCommands::head(const Peer &, const Message &message)
{
    EvidenceLog log(m_db);
    // The latest head; an empty log's is signed when first asked for.
    const auto head =
        log.latestHead().value_or(log.signHead(m_signer, QDateTime::currentMSecsSinceEpoch()));
    QCborMap header;
    header.insert(u"th"_s, headArray(head));
    header.insert(u"k"_s, m_signer.publicKey());
    return Message::reply(Command::LogReply, message, header);
}

Message LogCommands::prove(const Peer &peer, const Message &message)
{
    const QString recordId = HeaderFields(message.header).text(u"id"_s, 64);
    EvidenceLog log(m_db);
    const auto entry = log.findRecord(recordId);
    if (!entry)
        throw ProtocolError(
            ErrorCode::NotFound, u"the evidence log holds no record '%1'"_s.arg(recordId));
    if (!readsAnyRecord(peer)) {
        const auto device = DeviceRegistry(m_db).lookupDevice(entry->deviceId);
        if (!device || device->peer.inspectorId != peer.inspectorId)
            throw ProtocolError(ErrorCode::Forbidden,
                u"record %1 was signed by another inspector's device; an inspector proves only"
                u" their own records (supervisors and enforcement officers any)"_s.arg(recordId));
    }
    const auto head = log.latestHead();
    if (!head || head->size <= entry->leafIndex)
        throw ProtocolError(ErrorCode::Internal, u"no signed tree head covers the record yet"_s);
    // A case record (docs/cases.md 2) is the server's own, signed with the log's key.
    const bool byServer = entry->deviceId == CaseLog::serverDeviceId;
    const auto key = byServer ? std::optional<DeviceRegistry::SigningKey>(
                         DeviceRegistry::SigningKey {m_signer.publicKey(), {}})
                              : DeviceRegistry(m_db).signingKey(entry->deviceId);
    QCborMap header;
    header.insert(u"th"_s, headArray(*head));
    header.insert(u"k"_s, m_signer.publicKey());
    header.insert(u"leaf"_s, qint64(entry->leafIndex));
    header.insert(u"p"_s, proofArray(log.inclusionProof(entry->leafIndex, head->size)));
    header.insert(u"rec"_s, entry->record);
    header.insert(u"sig"_s, entry->signature);
    header.insert(u"dev"_s, entry->deviceId);
    header.insert(u"seq"_s, qint64(entry->seq));
    header.insert(u"dk"_s, key ? key->publicKey : QByteArray());
    return Message::reply(Command::LogReply, message, header);
}

Message LogCommands::consistency(const Peer &, const Message &message)
{
    const HeaderFields fields(message.header);
    const auto first = std::uint64_t(fields.integer(u"a"_s, 0, kMaxSize));
    const auto second = std::uint64_t(fields.integer(u"b"_s, 0, kMaxSize));
    EvidenceLog log(m_db);
    const std::uint64_t size = log.size();
    if (first > second || second > size)
        throw ProtocolError(ErrorCode::NotFound,
            u"no consistency proof from size %1 to size %2: the log holds %3 records and the"
            u" old size may not pass the new"_s.arg(first)
                .arg(second)
                .arg(size));
    QCborMap header;
    header.insert(u"p"_s, proofArray(log.consistencyProof(first, second)));
    header.insert(u"ra"_s, log.root(first));
    header.insert(u"rb"_s, log.root(second));
    return Message::reply(Command::LogReply, message, header);
}

Message LogCommands::receipts(const Peer &peer, const Message &message)
{
    const QCborArray ids = HeaderFields(message.header).array(u"ids"_s, maxReceiptIds);
    EvidenceLog log(m_db);
    std::vector<std::pair<QString, std::uint64_t>> leaves;
    QCborArray missing;
    std::uint64_t lastLeaf = 0;
    for (const QCborValue &id : ids) {
        if (!id.isString() || id.toString().size() > 64)
            HeaderFields::fail(u"ids"_s, u"record ids (text of at most 64 characters)"_s);
        const auto entry = log.findRecord(id.toString());
        // Another device's record is answered as one the log does not hold for this device:
        // its existence is no business of this one.
        if (entry && entry->deviceId == peer.deviceId) {
            leaves.emplace_back(entry->recordId, entry->leafIndex);
            lastLeaf = std::max(lastLeaf, entry->leafIndex);
        } else {
            missing.append(id);
        }
    }
    QCborMap header;
    header.insert(u"m"_s, missing);
    QByteArray body;
    if (!leaves.empty()) {
        const auto head = log.latestHead();
        if (!head || head->size <= lastLeaf)
            throw ProtocolError(
                ErrorCode::Internal, u"no signed tree head covers the records yet"_s);
        body = log.receipt(*head, leaves).toCborValue().toCbor();
        header.insert(u"eb"_s, true);
    }
    return Message::reply(Command::ReceiptsReply, message, header, body);
}

} // namespace outfall::server
