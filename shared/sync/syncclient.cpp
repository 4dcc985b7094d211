#include "sync/syncclient.h"

#include "store/database.h"
#include "sync/changepuller.h"
#include "sync/message.h"
#include "sync/opcodec.h"
#include "sync/outboxpusher.h"
#include "sync/photouploader.h"
#include "sync/protocolerror.h"
#include "sync/pullapplier.h"
#include "sync/receiptrequester.h"
#include "sync/requestchannel.h"
#include "sync/syncsessioncontext.h"
#include "sync/zstddictionary.h"

#include <QCborArray>
#include <QDir>
#include <QLoggingCategory>

#include <optional>
#include <stdexcept>

using namespace Qt::StringLiterals;

// Debug output (every handshake) only when asked for: QT_LOGGING_RULES="outfall.*.debug=true".
Q_LOGGING_CATEGORY(lcSyncClient, "outfall.sync.client", QtInfoMsg)

namespace outfall::sync {

namespace {

RequestChannel::Options channelOptions(const SyncClient::Config &config)
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

// Receipts this device lacks for records it pushed (a lost PUSH_ACK, a receipt that failed
// its check). A server that cannot answer (say, a version without RECEIPTS) keeps nothing
// else of the sync from going on; it is reported, and asked again next time.
void askForMissingReceipts(const SyncSessionContext &session)
{
    try {
        ReceiptRequester(session).run();
    } catch (const ProtocolError &e) {
        if (SyncSessionContext::endsSession(e))
            throw;
        session.result.problems.append(
            u"The server did not give the missing evidence receipts"
            u" (%1): %2"_s.arg(QString::fromLatin1(errorCodeName(e.code())), e.text()));
        qCWarning(lcSyncClient) << session.result.problems.back();
    }
}

// HELLO, then push, photos and pull (docs/protocol.md 4.7). A push the server refuses (a
// batch it cannot apply) does not keep the photos and the pull (new assignments) from going
// on; the sync still ends as failed, with it. Returns the photos that stayed on the device.
QStringList runSession(const SyncSessionContext &session)
{
    Message hello;
    hello.command = Command::Hello;
    hello.header.insert(u"v"_s, QCborArray {1});
    hello.header.insert(u"dict"_s, QCborArray {qint64(session.codec.dictionaryId())});
    const Message welcome = session.channel.request(hello);
    qCDebug(lcSyncClient) << "welcome" << welcome.header.toVariantMap();
    std::optional<ProtocolError> pushRefused;
    QStringList stuckPhotos;
    if (session.config.push) {
        try {
            OutboxPusher(session, welcome.header.value(u"next"_s).toInteger()).run();
        } catch (const ProtocolError &e) {
            if (SyncSessionContext::endsSession(e))
                throw;
            qCWarning(lcSyncClient)
                << "push refused, going on with photos and pull:" << errorCodeName(e.code())
                << e.text();
            pushRefused = e;
        }
        askForMissingReceipts(session);
        PullApplier(session.db, session.codec).retryPendingPurges();
        PhotoUploader photos(session);
        photos.run();
        stuckPhotos = photos.stuckPhotos();
    }
    ChangePuller(session).run();
    if (pushRefused)
        throw *pushRefused;
    return stuckPhotos;
}

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
        RequestChannel channel(channelOptions(m_config));
        OpCodec codec;
        codec.setDictionary(ZstdDictionary::builtin());
        const SyncSessionContext session {m_db, m_config, channel, codec, result, progress};
        QStringList stuckPhotos;
        try {
            stuckPhotos = runSession(session);
        } catch (...) {
            result.retries = channel.retries();
            throw;
        }
        result.retries = channel.retries();
        if (stuckPhotos.isEmpty()) {
            result.ok = true;
        } else {
            result.failure = Result::Failure::Stuck;
            result.error =
                u"%1 photo(s) could not be uploaded; everything else was synced. %2"_s.arg(
                    QString::number(stuckPhotos.size()), stuckPhotos.join(u"; "_s));
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
