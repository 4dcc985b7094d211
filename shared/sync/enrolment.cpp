#include "sync/enrolment.h"

#include "evidence/signingkeypair.h"
#include "store/database.h"
#include "store/privatefile.h"
#include "sync/curvekeypair.h"
#include "sync/headerfields.h"
#include "sync/requestchannel.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::sync {

void Enrolment::writeFile(const QString &path, const QString &endpoint,
    const QByteArray &serverPublicKey, const QString &token)
{
    QJsonObject object;
    object.insert(u"endpoint"_s, endpoint);
    object.insert(u"server_public_key"_s, QString::fromLatin1(serverPublicKey));
    object.insert(u"token"_s, token);
    // The token enrols a device: the file is its owner's alone from the first byte.
    store::PrivateFile::write(path, QJsonDocument(object).toJson());
}

EnrolmentCode Enrolment::readFile(const QString &path)
{
    const auto fail = [&path](const QString &why) {
        return std::runtime_error((path + u": "_s + why).toStdString());
    };
    const QFileInfo info(path);
    if (!info.exists())
        throw fail(u"no such file"_s);
    if (info.isDir())
        throw fail(u"is a directory, not an enrolment file"_s);
    if (!info.isFile())
        throw fail(u"is not a regular file (a device, FIFO or socket), not an enrolment file"_s);
    if (info.size() > EnrolmentCode::maxBytes)
        throw fail(u"too large for an enrolment code (%1 bytes > %2)"_s.arg(info.size())
                       .arg(EnrolmentCode::maxBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw fail(u"cannot read: "_s + file.errorString());
    // One byte more than allowed: a file that grew since it was looked at is still refused
    // without being read whole.
    const QByteArray bytes = file.read(EnrolmentCode::maxBytes + 1);
    EnrolmentCode::Problem problem;
    const auto code = EnrolmentCode::parse(bytes, &problem);
    if (!code)
        throw fail(problem.english());
    return *code;
}

Enrolment::Result Enrolment::enroll(
    store::Database &deviceDb, const QString &enrolmentFile, int timeoutMs)
{
    return enroll(deviceDb, readFile(enrolmentFile), timeoutMs);
}

Enrolment::Result Enrolment::enroll(
    store::Database &deviceDb, const EnrolmentCode &code, int timeoutMs)
{
    const QString endpoint = code.endpoint;
    const QByteArray serverKey = code.serverPublicKey.toLatin1();
    const QString token = code.token;
    auto enrolled = deviceDb.prepare(u"SELECT device_id FROM sync_identity WHERE id = 1"_s);
    if (enrolled.step())
        throw std::runtime_error(
            "this device is enrolled already as " + enrolled.text(0).toStdString());

    RequestChannel::Options options;
    options.endpoint = endpoint;
    options.serverPublicKey = serverKey;
    options.keys = CurveKeyPair::generate();
    options.timeoutMs = timeoutMs;
    options.attempts = 3;
    RequestChannel channel(options);
    // The evidence signing key pair, made beside the CurveZMQ pair: the public key is
    // registered with the server, the secret stays in this store (docs/evidence.md 1).
    const auto signing = evidence::SigningKeyPair::generate();
    Message request;
    request.command = Command::Enroll;
    request.header.insert(u"t"_s, token);
    request.header.insert(u"sk"_s, signing.publicKey);
    Message reply;
    try {
        reply = channel.request(request);
    } catch (const ProtocolError &e) {
        throw std::runtime_error("the server refused the enrolment: " + e.text().toStdString());
    } catch (const RequestChannel::Unreachable &e) {
        throw std::runtime_error(std::string(e.what())
            + " (check the endpoint and that the enrolment file is for this server)");
    }
    const HeaderFields fields(reply.header);
    Result result {fields.text(u"dev"_s, 64), fields.text(u"insp"_s, 64)};
    // The server's evidence-log key, pinned here as the CurveZMQ key is: every receipt's tree
    // head must verify under it (docs/evidence.md 4). A server of an earlier version sends
    // none; the device then keeps receipts whose heads it cannot check, and says so.
    QByteArray logKey;
    if (reply.header.contains(u"lk"_s))
        logKey = fields.bytes(u"lk"_s, 32);

    store::Transaction transaction(deviceDb);
    deviceDb
        .prepare(u"INSERT INTO sync_identity (id, endpoint, server_public_key, public_key,"
                 u" secret_key, device_id, inspector_id, enrolled_at, signing_public_key,"
                 u" signing_secret_key, log_public_key) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(1, endpoint)
        .bind(2, QString::fromLatin1(serverKey))
        .bind(3, QString::fromLatin1(options.keys.publicKey))
        .bind(4, QString::fromLatin1(options.keys.secretKey))
        .bind(5, result.deviceId)
        .bind(6, result.inspectorId)
        .bind(7, std::int64_t(QDateTime::currentMSecsSinceEpoch()))
        .bind(8, signing.publicKey)
        .bind(9, signing.secretKey)
        .bind(10, logKey) // null: NULL
        .exec();
    // A profile opened before enrolment has a provisional device id. It becomes the server's
    // as long as no op was made under it; after that, ops already carry the old id.
    auto state = deviceDb.prepare(u"SELECT device_id, last_seq FROM sync_state WHERE id = 1"_s);
    if (state.step() && state.text(0) != result.deviceId && state.int64(1) != 0)
        throw std::runtime_error("this store already made changes as device "
            + state.text(0).toStdString() + "; enrol a fresh profile");
    state.reset();
    deviceDb
        .prepare(u"INSERT INTO sync_state (id, device_id) VALUES (1, ?1)"
                 u" ON CONFLICT (id) DO UPDATE SET device_id = ?1"_s)
        .bind(1, result.deviceId)
        .exec();
    transaction.commit();
    return result;
}

} // namespace outfall::sync
