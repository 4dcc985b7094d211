#include "sync/syncclient.h"

#include "store/database.h"
#include "sync/codecerror.h"
#include "sync/entityschema.h"
#include "sync/headerfields.h"
#include "sync/lwwmerger.h"
#include "sync/opbodycodec.h"
#include "sync/opcodec.h"
#include "sync/pullapplier.h"
#include "sync/requestchannel.h"
#include "sync/zstddictionary.h"

#include <QCborArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QtEndian>

#include <optional>
#include <set>
#include <stdexcept>

using namespace Qt::StringLiterals;

// Debug output (every handshake) only when asked for: QT_LOGGING_RULES="outfall.*.debug=true".
Q_LOGGING_CATEGORY(lcSyncClient, "outfall.sync.client", QtInfoMsg)

namespace outfall::sync {

namespace {

// One sync session over one channel: the steps of syncOnce.
class Session
{
public:
    Session(store::Database &db, const SyncClient::Config &config,
        const SyncClient::ProgressCallback &progress, SyncClient::Result &result)
        : m_db(db)
        , m_config(config)
        , m_progress(progress)
        , m_result(result)
        , m_channel(channelOptions(config))
    {
        m_codec.setDictionary(ZstdDictionary::builtin());
    }

    static RequestChannel::Options channelOptions(const SyncClient::Config &config)
    {
        RequestChannel::Options options;
        options.endpoint = config.endpoint;
        options.serverPublicKey = config.serverPublicKey;
        if (!config.serverPublicKey.isEmpty())
            options.keys = config.keys;
        options.plainDeviceId = config.deviceId;
        options.timeoutMs = config.timeoutMs;
        options.attempts = config.attempts;
        options.heartbeatMs = config.heartbeatMs;
        return options;
    }

    void run()
    {
        Message hello;
        hello.command = Command::Hello;
        hello.header.insert(u"v"_s, QCborArray {1});
        hello.header.insert(u"dict"_s, QCborArray {qint64(m_codec.dictionaryId())});
        const Message welcome = m_channel.request(hello);
        qCDebug(lcSyncClient) << "welcome" << welcome.header.toVariantMap();
        m_nextSeq = welcome.header.value(u"next"_s).toInteger();
        // A push the server refuses (a batch it cannot apply) does not keep the photos and
        // the pull (new assignments) from going on; the sync still ends as failed, with it.
        std::optional<ProtocolError> pushRefused;
        if (m_config.push) {
            try {
                push();
            } catch (const ProtocolError &e) {
                if (endsSession(e))
                    throw;
                qCWarning(lcSyncClient)
                    << "push refused, going on with photos and pull:" << errorCodeName(e.code())
                    << e.text();
                pushRefused = e;
            }
            PullApplier(m_db, m_codec).retryPendingPurges();
            uploadPhotos();
        }
        pull();
        if (pushRefused)
            throw *pushRefused;
    }

    // Errors no later step can get past: the key is refused.
    static bool endsSession(const ProtocolError &e)
    {
        return e.code() == ErrorCode::Revoked || e.code() == ErrorCode::NotEnrolled;
    }

    int retries() const { return m_channel.retries(); }

private:
    void report(const QString &phase, qint64 done, qint64 total)
    {
        if (m_progress)
            m_progress({phase, done, total});
    }

    qint64 pendingOps()
    {
        auto count = m_db.cached(u"SELECT count(*) FROM outbox"_s);
        count.step();
        return count.int64(0);
    }

    // The batch in flight, or a new one made from the oldest outbox rows. The frame is
    // stored with its batch id so a retry sends the same bytes. `ops` gets the batch's ops
    // when it is made here (empty for a stored one: decoded only if it is acknowledged).
    bool loadOrMakeBatch(Message &message, std::int64_t &lastSeq, std::vector<Op> &ops)
    {
        ops.clear();
        const QString select =
            u"SELECT batch_id, request_id, first_seq, last_seq, frame FROM push_batch"_s;
        auto stored = m_db.cached(select);
        bool found = stored.step();
        if (found && !fitsServer(stored.blob(4))) {
            // Made before batches were bounded by size: the server reads no frame this large,
            // so it was never applied. It is made again, under the bound.
            qCInfo(lcSyncClient) << "stored push batch of" << stored.blob(4).size()
                                 << "bytes is above the server's bound: made again, smaller";
            stored.reset();
            m_db.cached(u"DELETE FROM push_batch"_s).exec();
            found = false;
        }
        if (!found) {
            stored.reset();
            if (!makeBatch(ops))
                return false;
            stored = m_db.cached(select);
            stored.step();
        }
        message = Message();
        message.command = Command::Push;
        message.requestId = stored.blob(1);
        message.header.insert(u"b"_s, stored.blob(0));
        message.header.insert(u"f"_s, qint64(stored.int64(2)));
        message.header.insert(u"l"_s, qint64(stored.int64(3)));
        message.body = stored.blob(4);
        lastSeq = stored.int64(3);
        return true;
    }

    // Whether the server reads a frame: its size and its body's (bytes 6-9 of the frame).
    static bool fitsServer(const QByteArray &frame)
    {
        if (std::size_t(frame.size()) > limits::serverBodyBytes)
            return false;
        if (frame.size() < OpCodec::headerSize)
            return true; // the server says what is wrong with it
        const auto *header = reinterpret_cast<const uchar *>(frame.constData());
        return qFromBigEndian<quint32>(header + 6) <= limits::opsBodyBytes;
    }

    // A new batch from the oldest outbox rows, up to m_batchOps ops and m_batchBytes of body
    // (one op alone may pass m_batchBytes, never the configured bound); stored in push_batch.
    // An op too large for any batch (recorded before writes were bounded) is refused here
    // like a server rejection, so it cannot hold up the ops after it.
    bool makeBatch(std::vector<Op> &ops)
    {
        std::size_t bytes = OpBodyCodec::arrayBytes;
        std::vector<std::pair<std::int64_t, std::vector<Op>>> oversized;
        auto rows =
            m_db.cached(u"SELECT device_seq, body FROM outbox ORDER BY device_seq LIMIT ?"_s);
        rows.bind(1, std::int64_t(m_batchOps));
        while (rows.step()) {
            auto decoded = OpBodyCodec::decode(rows.blob(1));
            std::size_t size = 0;
            for (const Op &op : decoded)
                size += OpBodyCodec::sizeBound(op);
            if (OpBodyCodec::arrayBytes + size > m_config.pushBodyBytes) {
                if (!ops.empty())
                    break; // it comes first in the next batch, and is refused then
                oversized.emplace_back(rows.int64(0), std::move(decoded));
                continue;
            }
            if (!ops.empty() && bytes + size > m_batchBytes)
                break;
            bytes += size;
            std::move(decoded.begin(), decoded.end(), std::back_inserter(ops));
        }
        rows.reset();
        for (const auto &[seq, refused] : oversized)
            refuseHere(seq, refused, ErrorCode::TooLarge,
                u"%1 bytes, more than one push may carry (%2)"_s
                    .arg(OpBodyCodec::sizeBound(refused.front()))
                    .arg(m_config.pushBodyBytes));
        if (ops.empty())
            return false;
        // Merged edits leave seqs out of the outbox: the range starts where the server
        // expects it (WELCOME's next, then after each acknowledgement).
        std::int64_t firstSeq = std::int64_t(ops.front().deviceSeq);
        if (m_nextSeq > 0 && m_nextSeq < firstSeq)
            firstSeq = m_nextSeq;
        const QByteArray batchId = Message::newRequestId() + Message::newRequestId();
        store::Transaction transaction(m_db);
        m_db.cached(u"INSERT INTO push_batch (id, batch_id, request_id, first_seq, last_seq,"
                    u" frame) VALUES (1, ?, ?, ?, ?, ?)"_s)
            .bind(1, batchId)
            .bind(2, Message::newRequestId())
            .bind(3, firstSeq)
            .bind(4, std::int64_t(ops.back().deviceSeq))
            .bind(5, m_codec.encode(ops))
            .exec();
        transaction.commit();
        return true;
    }

    // An outbox op that can never be pushed: kept with its reason for the inspector (as a
    // server rejection is), and out of the outbox; the local row stays as written. The
    // seqs it leaves out are covered by the next batch's range, as merged edits are.
    void refuseHere(
        std::int64_t seq, const std::vector<Op> &ops, ErrorCode code, const QString &reason)
    {
        const std::int64_t now = std::int64_t(QDateTime::currentMSecsSinceEpoch());
        store::Transaction transaction(m_db);
        for (const Op &op : ops) {
            m_db.cached(u"INSERT INTO sync_rejection (device_seq, entity, row_id, code, reason,"
                        u" rejected_at) VALUES (?, ?, ?, ?, ?, ?)"_s)
                .bind(1, seq)
                .bind(2, int(op.entity))
                .bind(3, op.rowId.toText())
                .bind(4, QString::fromLatin1(errorCodeName(code)))
                .bind(5, reason)
                .bind(6, now)
                .exec();
            m_result.rejections.append(
                rejectionText(op, QString::fromLatin1(errorCodeName(code)), reason));
            ++m_result.rejected;
        }
        m_db.cached(u"DELETE FROM outbox WHERE device_seq = ?"_s).bind(1, seq).exec();
        transaction.commit();
        qCWarning(lcSyncClient) << "refused outbox op" << seq << ":" << reason;
    }

    static QString rejectionText(const Op &op, const QString &code, const QString &reason)
    {
        const auto *info = EntitySchema::find(op.entity);
        return u"%1: %2 (%3 %4)"_s.arg(
            code, reason, info ? info->table : QString(), op.rowId.toText());
    }

    // The server refused the stored batch as TOO_LARGE (its bound is lower than this
    // device's): nothing of it was applied. It is dropped and made again with half the ops
    // and bytes; a batch of one op that is still too large is refused for good.
    void shrinkAfterTooLarge(const Message &push, std::vector<Op> &ops, const ProtocolError &e)
    {
        if (ops.empty()) {
            try {
                ops = m_codec.decode(push.body);
            } catch (const CodecError &) {
                ops.clear(); // a frame this device cannot read back: made again from the outbox
            }
        }
        std::set<std::uint64_t> seqs;
        for (const Op &op : ops)
            seqs.insert(op.deviceSeq);
        store::Transaction transaction(m_db);
        m_db.cached(u"DELETE FROM push_batch"_s).exec();
        if (seqs.size() == 1) {
            refuseHere(std::int64_t(*seqs.begin()), ops, e.code(), e.text());
        } else {
            m_batchOps = std::max<int>(1, int(std::max<std::size_t>(seqs.size(), 2) / 2));
            m_batchBytes = std::max<std::size_t>(
                1024, std::min(m_batchBytes, std::size_t(push.body.size()) / 2));
        }
        transaction.commit();
        ops.clear();
    }

    void push()
    {
        const qint64 total = pendingOps();
        qint64 done = 0;
        report(u"push"_s, 0, total);
        Message message;
        std::int64_t lastSeq = 0;
        std::vector<Op> ops;
        bool pending = loadOrMakeBatch(message, lastSeq, ops);
        while (pending) {
            Message ack;
            try {
                ack = m_channel.request(message);
            } catch (const ProtocolError &e) {
                if (e.code() != ErrorCode::TooLarge)
                    throw;
                // Never resend what the server will not read: smaller, or refused alone.
                qCInfo(lcSyncClient) << "push batch refused as too large:" << e.text();
                store::Transaction transaction(m_db);
                shrinkAfterTooLarge(message, ops, e);
                pending = loadOrMakeBatch(message, lastSeq, ops);
                transaction.commit();
                continue;
            }
            if (ack.command != Command::PushAck)
                throw ProtocolError(ErrorCode::Malformed,
                    u"the server answered a push with "_s
                        + QString::fromLatin1(commandName(ack.command)));
            // The acknowledgement and the next batch share one commit: one flush to disk
            // per batch on the device instead of two.
            store::Transaction transaction(m_db);
            done += acknowledge(message, ack, lastSeq, ops);
            pending = loadOrMakeBatch(message, lastSeq, ops);
            transaction.commit();
            report(u"push"_s, done, total);
        }
    }

    // Deletes the acknowledged outbox rows, keeps the rejections for the inspector and
    // stamps the clocks of accepted edits, in one transaction with dropping the batch.
    qint64 acknowledge(
        const Message &push, const Message &ack, std::int64_t lastSeq, std::vector<Op> &ops)
    {
        QHash<std::int64_t, QPair<QString, QString>> rejected;
        for (const QCborValue &entry : HeaderFields(ack.header).array(u"r"_s, 1'000'000)) {
            const QCborArray rejection = entry.toArray();
            rejected.insert(rejection.at(0).toInteger(),
                {rejection.at(1).toString(), rejection.at(2).toString()});
        }
        if (ops.empty())
            ops = m_codec.decode(push.body);
        const std::int64_t now = std::int64_t(QDateTime::currentMSecsSinceEpoch());
        store::Transaction transaction(m_db);
        LwwMerger merger(m_db);
        for (const Op &op : ops) {
            const auto it = rejected.constFind(std::int64_t(op.deviceSeq));
            if (it == rejected.cend()) {
                merger.stamp(op);
                continue;
            }
            m_db.cached(u"INSERT INTO sync_rejection (device_seq, entity, row_id, code, reason,"
                        u" rejected_at) VALUES (?, ?, ?, ?, ?, ?)"_s)
                .bind(1, std::int64_t(op.deviceSeq))
                .bind(2, int(op.entity))
                .bind(3, op.rowId.toText())
                .bind(4, it->first)
                .bind(5, it->second)
                .bind(6, now)
                .exec();
            m_result.rejections.append(rejectionText(op, it->first, it->second));
        }
        m_db.cached(u"DELETE FROM outbox WHERE device_seq <= ?"_s).bind(1, lastSeq).exec();
        m_db.cached(u"DELETE FROM push_batch"_s).exec();
        transaction.commit();
        m_nextSeq = lastSeq + 1;
        m_result.pushed += qint64(ops.size());
        m_result.rejected += rejected.size();
        return qint64(ops.size());
    }

    // Every photo in the queue; one that cannot go (over the upload bound, refused by the
    // server, unreadable here) is reported in problems and the others still go.
    void uploadPhotos()
    {
        QList<QPair<QString, std::int64_t>> queue;
        auto rows = m_db.cached(u"SELECT DISTINCT sha256, byte_size FROM photo WHERE sha256 NOT IN"
                                u" (SELECT sha256 FROM blob_ack)"_s);
        while (rows.step()) {
            if (QFile::exists(QDir(m_config.photoDir).filePath(rows.text(0))))
                queue.append({rows.text(0), rows.int64(1)});
        }
        rows.reset();
        qint64 done = 0;
        report(u"photos"_s, 0, queue.size());
        for (const auto &[sha, size] : queue) {
            if (size < 1 || size > limits::blobBytes) {
                stuckPhoto(sha,
                    u"%1 bytes, more than the %2 bytes (256 MiB) the server accepts;"
                    u" it stays on this device"_s.arg(size)
                        .arg(limits::blobBytes));
            } else {
                try {
                    uploadPhoto(sha, size);
                } catch (const RequestChannel::Unreachable &) {
                    throw; // the network: nothing else would go either
                } catch (const RequestChannel::KeyRefused &) {
                    throw;
                } catch (const ProtocolError &e) {
                    if (endsSession(e))
                        throw;
                    stuckPhoto(sha,
                        u"refused by the server (%1): %2"_s.arg(
                            QString::fromLatin1(errorCodeName(e.code())), e.text()));
                } catch (const std::runtime_error &e) {
                    stuckPhoto(sha, QString::fromUtf8(e.what()));
                }
            }
            report(u"photos"_s, ++done, queue.size());
        }
    }

    void stuckPhoto(const QString &sha, const QString &reason)
    {
        qCWarning(lcSyncClient) << "photo" << sha << "not uploaded:" << reason;
        m_stuckPhotos.append(u"photo %1 not uploaded: %2"_s.arg(sha, reason));
        m_result.problems.append(m_stuckPhotos.back());
    }

public:
    // Photos that stayed on the device: the sync is not complete while evidence is missing
    // on the server, even though everything else went through.
    const QStringList &stuckPhotos() const { return m_stuckPhotos; }

private:
    void uploadPhoto(const QString &sha, std::int64_t size)
    {
        QFile file(QDir(m_config.photoDir).filePath(sha));
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("cannot read photo " + file.fileName().toStdString());
        Message offer;
        offer.command = Command::BlobOffer;
        offer.header.insert(u"h"_s, sha);
        offer.header.insert(u"n"_s, qint64(size));
        Message ack = m_channel.request(offer);
        while (!ack.header.value(u"done"_s).toBool()) {
            const std::int64_t offset = ack.header.value(u"o"_s).toInteger();
            if (!file.seek(offset))
                throw std::runtime_error("cannot seek in photo " + file.fileName().toStdString());
            Message chunk;
            chunk.command = Command::BlobChunk;
            chunk.header.insert(u"h"_s, sha);
            chunk.header.insert(u"n"_s, qint64(size));
            chunk.header.insert(u"o"_s, qint64(offset));
            chunk.body = file.read(m_config.chunkBytes);
            if (chunk.body.isEmpty())
                throw std::runtime_error(
                    "photo " + sha.toStdString() + " is shorter than its recorded size");
            ack = m_channel.request(chunk);
        }
        m_db.cached(u"INSERT OR IGNORE INTO blob_ack (sha256, acknowledged_at) VALUES (?, ?)"_s)
            .bind(1, sha)
            .bind(2, std::int64_t(QDateTime::currentMSecsSinceEpoch()))
            .exec();
        ++m_result.photosUploaded;
    }

    void pull()
    {
        PullApplier applier(m_db, m_codec);
        qint64 done = 0;
        while (true) {
            Message pull;
            pull.command = Command::Pull;
            auto cursor = m_db.cached(u"SELECT pull_cursor FROM sync_state WHERE id = 1"_s);
            pull.header.insert(u"c"_s, cursor.step() ? qint64(cursor.int64(0)) : 0);
            cursor.reset();
            pull.header.insert(u"m"_s, m_config.pullMaxOps);
            QCborArray held;
            auto permits = m_db.cached(u"SELECT permit_id, as_of FROM held_permit"_s);
            while (permits.step())
                held.append(QCborArray {permits.text(0), qint64(permits.int64(1))});
            permits.reset();
            pull.header.insert(u"h"_s, held);
            const Message reply = m_channel.request(pull);
            if (reply.command != Command::PullReply)
                throw ProtocolError(ErrorCode::Malformed,
                    u"the server answered a pull with "_s
                        + QString::fromLatin1(commandName(reply.command)));
            const auto counts = applier.apply(reply);
            for (const QString &row : counts.withheld)
                m_result.problems.append(u"withheld by the server: "_s + row);
            done += counts.ops;
            m_result.pulled += counts.ops;
            m_result.purged += counts.purged;
            report(u"pull"_s, done, 0);
            if (!HeaderFields(reply.header).flag(u"more"_s))
                return;
        }
    }

    store::Database &m_db;
    const SyncClient::Config &m_config;
    const SyncClient::ProgressCallback &m_progress;
    SyncClient::Result &m_result;
    RequestChannel m_channel;
    OpCodec m_codec;
    std::int64_t m_nextSeq = 0; // the device seq the server expects next
    // A new batch's bounds: the configured ones, halved after each TOO_LARGE.
    int m_batchOps = std::max(1, m_config.pushBatchOps);
    std::size_t m_batchBytes = m_config.pushBodyBytes;
    QStringList m_stuckPhotos;
};

} // namespace

SyncClient::SyncClient(store::Database &deviceDb, Config config)
    : m_db(deviceDb)
    , m_config(std::move(config))
{ }

SyncClient::Config SyncClient::configFromStore(store::Database &deviceDb, const QString &profileDir)
{
    auto statement = deviceDb.prepare(u"SELECT endpoint, server_public_key, public_key,"
                                      u" secret_key, device_id FROM sync_identity WHERE id = 1"_s);
    if (!statement.step())
        throw std::runtime_error("this device is not enrolled: enrol it with a token first");
    Config config;
    config.endpoint = statement.text(0);
    config.serverPublicKey = statement.text(1).toLatin1();
    config.keys = {statement.text(2).toLatin1(), statement.text(3).toLatin1()};
    config.deviceId = statement.text(4);
    config.photoDir = QDir(profileDir).filePath(u"photos"_s);
    return config;
}

SyncClient::Result SyncClient::syncOnce(const ProgressCallback &progress)
{
    Result result;
    try {
        Session session(m_db, m_config, progress, result);
        try {
            session.run();
        } catch (...) {
            result.retries = session.retries();
            throw;
        }
        result.retries = session.retries();
        if (session.stuckPhotos().isEmpty()) {
            result.ok = true;
        } else {
            result.failure = Result::Failure::Stuck;
            result.error =
                u"%1 photo(s) could not be uploaded; everything else was synced. %2"_s.arg(
                    QString::number(session.stuckPhotos().size()),
                    session.stuckPhotos().join(u"; "_s));
        }
    } catch (const RequestChannel::Unreachable &e) {
        result.failure = Result::Failure::Unreachable;
        result.error = u"The server did not answer (%1). Nothing was lost; sync again later."_s.arg(
            QString::fromUtf8(e.what()));
    } catch (const RequestChannel::KeyRefused &e) {
        result.failure = Result::Failure::KeyRefused;
        result.error = u"The server refused this device's key: the device was revoked (%1)."
                       u" Ask your supervisor to enrol it again; nothing was lost."_s.arg(
                           QString::fromUtf8(e.what()));
    } catch (const ProtocolError &e) {
        const bool keyRefused =
            e.code() == ErrorCode::Revoked || e.code() == ErrorCode::NotEnrolled;
        result.failure = keyRefused ? Result::Failure::KeyRefused : Result::Failure::Refused;
        result.error = u"The server refused the sync (%1): %2"_s.arg(
            QString::fromLatin1(errorCodeName(e.code())), e.text());
    } catch (const std::exception &e) {
        result.failure = Result::Failure::Other;
        result.error = u"Sync failed: %1. Nothing was lost; sync again later."_s.arg(
            QString::fromUtf8(e.what()));
    }
    if (!result.ok)
        qCWarning(lcSyncClient) << result.error;
    return result;
}

} // namespace outfall::sync
