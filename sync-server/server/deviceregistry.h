#pragma once

#include "server/peer.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace outfall::store {
class Database;
}

namespace outfall::server {

// Devices, their keys and enrolment tokens, and the supervisor's assignment commands.
// Every function that changes who may do what checks the caller's role first, so that
// the protocol commands and any other caller share one rule.
class DeviceRegistry
{
public:
    struct Enrolment
    {
        QString deviceId;
        QString inspectorId;
    };

    explicit DeviceRegistry(store::Database &db);

    // The peer a public key stands for: nullopt when unknown; revoked keys too, with
    // revoked set (the ZAP handler refuses them).
    struct KeyLookup
    {
        Peer peer;
        bool revoked = false;
    };
    std::optional<KeyLookup> lookupKey(const QString &publicKey);
    std::optional<KeyLookup> lookupDevice(const QString &deviceId);

    // A device's Ed25519 evidence key and when it was revoked, kept after revocation so old
    // evidence still verifies (docs/evidence.md 1). nullopt: no such device, or none
    // registered (the admin credential, a device enrolled before 0018).
    struct SigningKey
    {
        QByteArray publicKey;
        std::optional<std::int64_t> revokedAt;
    };
    std::optional<SigningKey> signingKey(const QString &deviceId);

    // The admin credential `outfall-server init` makes: a key with the admin role.
    QString registerAdmin(const QString &publicKey);

    // A one-time token for enrolling one device of the inspector (code or id).
    QString issueToken(const Peer &caller, const QString &inspector, std::int64_t validMs);
    // Registers publicKey (and the device's Ed25519 evidence key, when given: 32 bytes) for
    // the token's inspector. Retrying with the same key and token returns the same device.
    // Throws ProtocolError (BadToken).
    Enrolment enroll(
        const QString &token, const QString &publicKey, const QByteArray &signingKey = {});
    void revoke(const Peer &caller, const QString &deviceId);
    // Returns how many assignments changed.
    int assign(const Peer &caller, const QString &inspector, const QStringList &permits);
    int unassign(const Peer &caller, const QString &inspector, const QStringList &permits);

private:
    void requireSupervisor(const Peer &caller, const char *what);
    QString inspectorId(const QString &codeOrId);
    QString permitId(const QString &numberOrId);

    store::Database &m_db;
};

} // namespace outfall::server
