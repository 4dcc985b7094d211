#pragma once

#include "sync/curvekeypair.h"

#include <QString>

namespace outfall::store {
class Database;
}

namespace outfall::server {

// The server's CurveZMQ identity in its data directory: DATA/server.key (secret, mode
// 0600), DATA/server.pub (what devices pin), and DATA/supervisor.credential, the admin
// key pair outfallctl signs in with (sync::SupervisorCredential).
class ServerKeys
{
public:
    static QString secretKeyPath(const QString &dataDir);
    static QString publicKeyPath(const QString &dataDir);
    static QString credentialPath(const QString &dataDir);

    // Makes both key pairs and registers the admin key in the store. Throws if keys exist.
    static void create(const QString &dataDir, store::Database &db);
    // A new admin key pair registered in the store and written as a credential file (0600)
    // at `path` (which must not exist): how someone with access to the data directory
    // recovers supervisor access, e.g. after the last supervisor credential was lost. Throws
    // std::runtime_error naming the file.
    static void issueCredential(const QString &dataDir, store::Database &db, const QString &path);
    // Throws std::runtime_error naming the missing or bad file.
    static sync::CurveKeyPair load(const QString &dataDir);
};

} // namespace outfall::server
