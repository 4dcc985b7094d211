#pragma once
// Signed evidence in tests: a device of the sync world given an Ed25519 signing key, on the
// server (device.signing_public_key) and on the device (sync_identity), as enrolment does.

#include "evidence/signingkeypair.h"
#include "server/logsigningkey.h"
#include "synctesthelpers.h"

#include <QFile>

namespace evidencetest {

using namespace Qt::StringLiterals;
using namespace outfall;

inline evidence::SigningKeyPair giveSigningKey(store::Database &serverDb, synctest::Device &device)
{
    const auto keys = evidence::SigningKeyPair::generate();
    serverDb.prepare(u"UPDATE device SET signing_public_key = ? WHERE id = ?"_s)
        .bind(1, keys.publicKey)
        .bind(2, device.config.deviceId)
        .exec();
    device.db
        .prepare(u"INSERT INTO sync_identity (id, endpoint, server_public_key, public_key,"
                 u" secret_key, device_id, inspector_id, enrolled_at, signing_public_key,"
                 u" signing_secret_key) VALUES (1, 'plain', '', '', '', ?, ?, 0, ?, ?)"_s)
        .bind(1, device.config.deviceId)
        .bind(2, device.author.toText())
        .bind(3, keys.publicKey)
        .bind(4, keys.secretKey)
        .exec();
    return keys;
}

// The server's evidence-log public key (DATA/log-signing.pub), what enrolment pins.
inline QByteArray logPublicKey(synctest::World &world)
{
    QFile file(server::LogSigningKey::publicKeyPath(world.dir.path() + u"/server"_s));
    return file.open(QIODevice::ReadOnly) ? QByteArray::fromHex(file.readAll().trimmed())
                                          : QByteArray();
}

// Pins a log key on the device, as enrolment does from ENROLL_REPLY's `lk`.
inline void pinLogKey(synctest::Device &device, const QByteArray &key)
{
    device.db.prepare(u"UPDATE sync_identity SET log_public_key = ? WHERE id = 1"_s)
        .bind(1, key)
        .exec();
}

} // namespace evidencetest
