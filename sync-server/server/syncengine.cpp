#include "server/syncengine.h"

#include "server/logsigningkey.h"
#include "store/database.h"
#include "store/sqliteerror.h"
#include "sync/codecerror.h"
#include "sync/headerfields.h"
#include "sync/zstddictionary.h"

#include <QCborArray>
#include <QDateTime>

using namespace Qt::StringLiterals;
using outfall::sync::Command;
using outfall::sync::ErrorCode;
using outfall::sync::HeaderFields;
using outfall::sync::Message;
using outfall::sync::ProtocolError;

// Debug output only when asked for: QT_LOGGING_RULES="outfall.*.debug=true".
Q_LOGGING_CATEGORY(lcSync, "outfall.sync", QtInfoMsg)

namespace outfall::server {

namespace {

constexpr std::int64_t kMaxSeq = std::int64_t(1) << 53;
constexpr std::int64_t kTokenValidMs = 7LL * 24 * 3600 * 1000;
constexpr qsizetype kMaxOpsPerPush = 100'000;

sync::Uuid serverNode()
{
    sync::Uuid::Bytes bytes {};
    bytes[0] = 0x5e; // the server's clock node: not a device id
    return sync::Uuid(bytes);
}

} // namespace

SyncEngine::SyncEngine(store::Database &db, store::Database &reader, const QString &dataDir,
    int maxOpsPerPull, PullBuilder::Limits pullLimits, const QString &blobsUrl)
    : m_db(db)
    , m_reader(reader)
    , m_clock(std::make_unique<sync::HybridLogicalClock>(serverNode()))
    , m_push(db, *m_clock)
    , m_pull(reader, m_codec, pullLimits)
    , m_blobs(db, BlobStore::bytesAt(dataDir, blobsUrl))
    , m_registry(db)
    , m_flags(db)
    , m_routes(db)
    , m_reviews(db)
    , m_applications(db)
    , m_log(db, m_push.logSigner())
    , m_cases(db, m_push.logSigner(), m_blobs, dataDir)
    , m_console(db, m_blobs)
    , m_maxOpsPerPull(maxOpsPerPull)
{
    m_codec.setDictionary(sync::ZstdDictionary::builtin());
    m_push.setLogSigner(evidence::RecordSigner(LogSigningKey::loadOrCreate(dataDir)));
}

bool SyncEngine::readsOnly(sync::Command command)
{
    return command == Command::Hello || command == Command::Pull || command == Command::Heartbeat;
}

Peer SyncEngine::identify(const QByteArray &userId, const Message &message)
{
    Peer peer;
    if (userId.startsWith("key:")) {
        peer.publicKey = QString::fromLatin1(userId.mid(4));
        return peer;
    }
    QString deviceId;
    if (userId.startsWith("dev:"))
        deviceId = QString::fromLatin1(userId.mid(4));
    else if (message.header.value(u"d"_s).isString())
        deviceId = message.header.value(u"d"_s).toString();
    if (deviceId.isEmpty())
        return peer;
    const auto lookup = m_registry.lookupDevice(deviceId);
    if (!lookup)
        return peer;
    if (lookup->revoked)
        throw ProtocolError(ErrorCode::Revoked,
            u"device %1 was revoked; enrol it again with a new token"_s.arg(deviceId));
    return lookup->peer;
}

Message SyncEngine::handle(const Peer &peer, const Message &message)
{
    try {
        if (!peer.enrolled() && message.command != Command::Enroll)
            throw ProtocolError(ErrorCode::NotEnrolled,
                u"this key is not enrolled: run enrolment with a token from a supervisor"_s);
        return dispatch(peer, message);
    } catch (const ProtocolError &e) {
        qCInfo(lcSync) << "refused" << sync::commandName(message.command) << "from device"
                       << peer.deviceId << ":" << sync::errorCodeName(e.code()) << e.text();
        return Message::error(message.requestId, e.code(), e.text());
    } catch (const sync::CodecError &e) {
        // Not the device's body (push() turns those into ProtocolErrors): what the server was
        // encoding for it. The server's fault, said as such.
        qCWarning(lcSync) << "failed to encode the answer to" << sync::commandName(message.command)
                          << "for device" << peer.deviceId << ":" << e.message();
        return Message::error(message.requestId, ErrorCode::Internal,
            u"the server could not encode its answer; try again later"_s);
    } catch (const std::exception &e) {
        qCWarning(lcSync) << "failed" << sync::commandName(message.command) << "from device"
                          << peer.deviceId << ":" << e.what();
        // Another process held the store's write lock past sync::limits::serverLockWaitMs:
        // almost always `outfall-server import`. Said as such, so a supervisor knows to wait
        // rather than to report a fault.
        const auto *sqlite = dynamic_cast<const store::SqliteError *>(&e);
        if (sqlite && sqlite->busy())
            return storeBusy(message);
        return Message::error(message.requestId, ErrorCode::Internal,
            u"the server failed on this request; try again later"_s);
    }
}

Message SyncEngine::storeBusy(const Message &message)
{
    return Message::error(message.requestId, ErrorCode::Internal,
        u"the server's store is busy with another writer (an import, most likely);"
        u" try again when it has finished"_s);
}

Message SyncEngine::dispatch(const Peer &peer, const Message &message)
{
    switch (message.command) {
    case Command::Hello: {
        auto device = m_reader.cached(u"SELECT last_seq FROM device WHERE id = ?"_s);
        device.bind(1, peer.deviceId);
        const std::int64_t last = device.step() ? device.int64(0) : 0;
        device.reset();
        QCborMap header;
        header.insert(u"v"_s, 1);
        header.insert(u"dict"_s, qint64(m_codec.dictionaryId()));
        header.insert(u"t"_s, QDateTime::currentMSecsSinceEpoch());
        header.insert(u"next"_s, qint64(last + 1));
        header.insert(u"dev"_s, peer.deviceId);
        header.insert(u"insp"_s, peer.inspectorId);
        header.insert(u"role"_s, peer.role);
        return Message::reply(Command::Welcome, message, header);
    }
    case Command::Push:
        return push(peer, message);
    case Command::Pull:
        return m_pull.build(peer, message, PullBuilder::parse(message, m_maxOpsPerPull));
    case Command::BlobOffer:
    case Command::BlobChunk:
        return blob(peer, message);
    case Command::Heartbeat:
        return Message::reply(Command::Heartbeat, message);
    case Command::Enroll:
        return enroll(peer, message);
    case Command::IssueToken:
    case Command::Revoke:
    case Command::Assign:
    case Command::Unassign:
        return admin(peer, message);
    case Command::Flags:
        return m_flags.list(peer, message);
    case Command::DecideFlag:
        return m_flags.decide(peer, message);
    case Command::Route:
        return m_routes.handle(peer, message);
    case Command::Reviews:
        return m_reviews.list(peer, message);
    case Command::DecideReview:
        return m_reviews.decide(peer, message);
    case Command::Applications:
        return m_applications.list(peer, message);
    case Command::DecideApplication:
        return m_applications.decide(peer, message);
    case Command::LogHead:
        return m_log.head(peer, message);
    case Command::LogProve:
        return m_log.prove(peer, message);
    case Command::LogConsistency:
        return m_log.consistency(peer, message);
    case Command::Receipts:
        return m_log.receipts(peer, message);
    case Command::Case:
        return m_cases.handle(peer, message);
    case Command::Sites:
        return m_console.sites(peer, message);
    case Command::FetchBlob:
        return m_console.fetchBlob(peer, message);
    default:
        throw ProtocolError(ErrorCode::UnknownCommand,
            u"%1 is a reply, not a request"_s.arg(
                QString::fromLatin1(sync::commandName(message.command))));
    }
}

Message SyncEngine::push(const Peer &peer, const Message &message)
{
    const HeaderFields fields(message.header);
    PushApplier::Batch batch;
    batch.batchId = fields.bytes(u"b"_s, 16);
    batch.firstSeq = std::uint64_t(fields.integer(u"f"_s, 1, kMaxSeq));
    batch.lastSeq = std::uint64_t(fields.integer(u"l"_s, 1, kMaxSeq));
    if (auto ack = PushApplier::storedAck(m_db, batch.batchId))
        return pushAck(message, *ack);
    try {
        batch.ops = m_codec.decode(message.body);
    } catch (const sync::CodecError &e) {
        // The device's body: its fault, said so (and a body over the bound is TOO_LARGE, which
        // a device answers by sending smaller batches).
        throw ProtocolError(e.tooLarge() ? ErrorCode::TooLarge : ErrorCode::Malformed,
            u"push body: "_s + e.message());
    }
    if (std::ssize(batch.ops) > kMaxOpsPerPush)
        throw ProtocolError(ErrorCode::TooLarge, u"a push holds at most 100000 ops"_s);
    const QCborMap ack = m_push.apply(peer, batch);
    qCDebug(lcSync) << "device" << peer.deviceId << "pushed" << batch.ops.size() << "ops, seq"
                    << batch.firstSeq << ".." << batch.lastSeq << ","
                    << ack.value(u"r"_s).toArray().size() << "rejected";
    return pushAck(message, ack);
}

Message SyncEngine::pushAck(const Message &message, QCborMap ack)
{
    // The evidence receipt (a proof a record) outgrows any header bound for a large batch:
    // it goes in the body, and `eb` says so (docs/evidence.md 4).
    QByteArray body;
    if (ack.contains(u"e"_s)) {
        body = ack.value(u"e"_s).toCbor();
        ack.remove(u"e"_s);
        ack.insert(u"eb"_s, true);
    }
    return Message::reply(Command::PushAck, message, ack, body);
}

Message SyncEngine::blob(const Peer &peer, const Message &message)
{
    const HeaderFields fields(message.header);
    const QString sha = fields.text(u"h"_s, 64);
    const std::int64_t size = fields.integer(u"n"_s, 1, BlobStore::maxBlobBytes);
    std::int64_t offset = 0;
    if (message.command == Command::BlobOffer) {
        offset = m_blobs.offer(sha, size, peer.deviceId);
    } else {
        const std::int64_t at = fields.integer(u"o"_s, 0, BlobStore::maxBlobBytes);
        offset = m_blobs.chunk(sha, size, at, message.body, peer.deviceId);
    }
    QCborMap header;
    header.insert(u"h"_s, sha);
    header.insert(u"o"_s, qint64(offset));
    header.insert(u"done"_s, offset == size);
    return Message::reply(Command::BlobAck, message, header);
}

Message SyncEngine::enroll(const Peer &peer, const Message &message)
{
    const HeaderFields fields(message.header);
    const QString token = fields.text(u"t"_s, 200);
    // With CURVE the key is the connection's, proven by the handshake; in plain mode the
    // device names it.
    const QString key = peer.publicKey.isEmpty() ? fields.text(u"k"_s, 40) : peer.publicKey;
    if (peer.enrolled() && peer.publicKey != key)
        throw ProtocolError(ErrorCode::BadToken, u"this connection's key is enrolled already"_s);
    // The device's Ed25519 evidence key (docs/evidence.md 1). Optional: a device of an
    // earlier version enrols without one and captures unsigned.
    QByteArray signingKey;
    if (message.header.contains(u"sk"_s))
        signingKey = fields.bytes(u"sk"_s, 32);
    const auto enrolment = m_registry.enroll(token, key, signingKey);
    qCInfo(lcSync) << "enrolled device" << enrolment.deviceId << "for inspector"
                   << enrolment.inspectorId;
    QCborMap header;
    header.insert(u"dev"_s, enrolment.deviceId);
    header.insert(u"insp"_s, enrolment.inspectorId);
    // The evidence log's public key, for the device to pin (docs/evidence.md 4).
    header.insert(u"lk"_s, m_push.logSigner().publicKey());
    return Message::reply(Command::EnrollReply, message, header);
}

Message SyncEngine::admin(const Peer &peer, const Message &message)
{
    const HeaderFields fields(message.header);
    QCborMap header;
    auto permits = [&] {
        QStringList list;
        for (const QCborValue &value : fields.array(u"p"_s, 10'000))
            list.append(value.toString());
        if (list.isEmpty())
            HeaderFields::fail(u"p"_s, u"a list of permit numbers"_s);
        return list;
    };
    switch (message.command) {
    case Command::IssueToken:
        header.insert(
            u"token"_s, m_registry.issueToken(peer, fields.text(u"i"_s, 200), kTokenValidMs));
        break;
    case Command::Revoke:
        m_registry.revoke(peer, fields.text(u"dev"_s, 200));
        header.insert(u"n"_s, 1);
        break;
    case Command::Assign:
        header.insert(u"n"_s, m_registry.assign(peer, fields.text(u"i"_s, 200), permits()));
        break;
    default:
        header.insert(u"n"_s, m_registry.unassign(peer, fields.text(u"i"_s, 200), permits()));
        break;
    }
    qCInfo(lcSync) << sync::commandName(message.command) << "by" << peer.deviceId << "done";
    return Message::reply(Command::AdminReply, message, header);
}

} // namespace outfall::server
