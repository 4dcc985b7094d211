#pragma once
// Signed evidence in tests: a device of the sync world given an Ed25519 signing key, on the
// server (device.signing_public_key) and on the device (sync_identity), as enrolment does.

#include "evidence/signingkeypair.h"
#include "synctesthelpers.h"

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

} // namespace evidencetest
