#pragma once

#include "sync/curvekeypair.h"

#include <QString>

namespace outfall::store {
class Database;
}

namespace outfall::server {

// The server's CurveZMQ identity in its data directory: DATA/server.key (secret, mode
// 0600), DATA/server.pub (what devices pin), and DATA/supervisor.credential, the admin
// key pair outfallctl signs in with (JSON: server_public_key, public_key, secret_key).
class ServerKeys
{
public:
    static QString secretKeyPath(const QString &dataDir);
    static QString publicKeyPath(const QString &dataDir);
    static QString credentialPath(const QString &dataDir);

    // Makes both key pairs and registers the admin key in the store. Throws if keys exist.
    static void create(const QString &dataDir, store::Database &db);
    // Throws std::runtime_error naming the missing or bad file.
    static sync::CurveKeyPair load(const QString &dataDir);

    struct Credential
    {
        QByteArray serverPublicKey;
        sync::CurveKeyPair keys;
    };
    static Credential readCredential(const QString &path);
};

} // namespace outfall::server
