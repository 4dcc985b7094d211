#include "server/deviceregistry.h"

#include "domain/uuidv7.h"
#include "store/database.h"
#include "sync/protocolerror.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using outfall::sync::ErrorCode;
using outfall::sync::ProtocolError;

namespace outfall::server {

namespace {

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

std::int64_t now()
{
    return std::int64_t(QDateTime::currentMSecsSinceEpoch());
}

} // namespace

DeviceRegistry::DeviceRegistry(store::Database &db)
    : m_db(db)
{ }

std::optional<DeviceRegistry::KeyLookup> DeviceRegistry::lookupKey(const QString &publicKey)
{
    auto statement = m_db.cached(u"SELECT id FROM device WHERE public_key = ?"_s);
    statement.bind(1, publicKey);
    if (!statement.step())
        return std::nullopt;
    const QString id = statement.text(0);
    statement.reset();
    return lookupDevice(id);
}

std::optional<DeviceRegistry::KeyLookup> DeviceRegistry::lookupDevice(const QString &deviceId)
{
    auto statement = m_db.cached(
        u"SELECT d.id, d.inspector_id, d.role, i.role, d.public_key, d.revoked_at IS NOT NULL"
        u" FROM device d LEFT JOIN inspector i ON i.id = d.inspector_id WHERE d.id = ?"_s);
    statement.bind(1, deviceId);
    if (!statement.step())
        return std::nullopt;
    KeyLookup lookup;
    lookup.peer.deviceId = statement.text(0);
    lookup.peer.inspectorId = statement.text(1);
    lookup.peer.role = statement.text(2) == u"admin" ? u"admin"_s : statement.text(3);
    lookup.peer.publicKey = statement.text(4);
    lookup.revoked = statement.integer(5) != 0;
    return lookup;
}

std::optional<DeviceRegistry::SigningKey> DeviceRegistry::signingKey(const QString &deviceId)
{
    auto statement = m_db.cached(u"SELECT signing_public_key, revoked_at FROM device"
                                 u" WHERE id = ? AND signing_public_key IS NOT NULL"_s);
    statement.bind(1, deviceId);
    if (!statement.step())
        return std::nullopt;
    SigningKey key {statement.blob(0), std::nullopt};
    if (!statement.isNull(1))
        key.revokedAt = statement.int64(1);
    statement.reset();
    return key;
}

QString DeviceRegistry::registerAdmin(const QString &publicKey)
{
    const QString id = domain::UuidV7Generator().next();
    m_db.cached(
            u"INSERT INTO device (id, role, public_key, enrolled_at) VALUES (?, 'admin', ?, ?)"_s)
        .bind(1, id)
        .bind(2, publicKey)
        .bind(3, now())
        .exec();
    return id;
}

void DeviceRegistry::requireSupervisor(const Peer &caller, const char *what)
{
    if (!caller.maySupervise())
        throw ProtocolError(ErrorCode::Forbidden,
            u"only a supervisor may %1; this device's role is %2"_s.arg(
                QString::fromLatin1(what), caller.role));
}

QString DeviceRegistry::inspectorId(const QString &codeOrId)
{
    auto statement =
        m_db.cached(u"SELECT id FROM inspector WHERE (code = ?1 OR id = ?1) AND active = 1"_s);
    statement.bind(1, codeOrId);
    if (!statement.step())
        throw ProtocolError(
            ErrorCode::NotFound, u"no active inspector with code or id '%1'"_s.arg(codeOrId));
    return statement.text(0);
}

QString DeviceRegistry::permitId(const QString &numberOrId)
{
    auto statement = m_db.cached(u"SELECT id FROM permit WHERE number = ?1 OR id = ?1"_s);
    statement.bind(1, numberOrId);
    if (!statement.step())
        throw ProtocolError(
            ErrorCode::NotFound, u"no permit with number or id '%1'"_s.arg(numberOrId));
    return statement.text(0);
}

QString DeviceRegistry::issueToken(
    const Peer &caller, const QString &inspector, std::int64_t validMs)
{
    requireSupervisor(caller, "issue enrolment tokens");
    const QString id = inspectorId(inspector);
    QByteArray raw(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), 6);
    const QString token = QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_db.cached(u"INSERT INTO enrol_token (token_sha256, inspector_id, issued_by, issued_at,"
                u" expires_at) VALUES (?, ?, ?, ?, ?)"_s)
        .bind(1, tokenHash(token))
        .bind(2, id)
        .bind(3, caller.deviceId)
        .bind(4, now())
        .bind(5, now() + validMs)
        .exec();
    return token;
}

DeviceRegistry::Enrolment DeviceRegistry::enroll(
    const QString &token, const QString &publicKey, const QByteArray &signingKey)
{
    store::Transaction transaction(m_db);
    auto statement = m_db.cached(u"SELECT inspector_id, expires_at, used_at, device_id FROM"
                                 u" enrol_token WHERE token_sha256 = ?"_s);
    statement.bind(1, tokenHash(token));
    if (!statement.step())
        throw ProtocolError(ErrorCode::BadToken, u"the enrolment token is not known"_s);
    const QString inspector = statement.text(0);
    const std::int64_t expires = statement.int64(1);
    const bool used = !statement.isNull(2);
    const QString usedBy = statement.text(3);
    statement.reset();
    if (used) {
        const auto device = lookupDevice(usedBy);
        if (device && device->peer.publicKey == publicKey && !device->revoked)
            return {usedBy, inspector}; // a retry of the same enrolment
        throw ProtocolError(ErrorCode::BadToken, u"the enrolment token was used already"_s);
    }
    if (expires < now())
        throw ProtocolError(ErrorCode::BadToken, u"the enrolment token has expired"_s);
    if (lookupKey(publicKey))
        throw ProtocolError(ErrorCode::BadToken, u"this key is enrolled already"_s);
    const QString id = domain::UuidV7Generator().next();
    m_db.cached(u"INSERT INTO device (id, inspector_id, role, public_key, enrolled_at,"
                u" signing_public_key) VALUES (?, ?, 'device', ?, ?, ?)"_s)
        .bind(1, id)
        .bind(2, inspector)
        .bind(3, publicKey)
        .bind(4, now())
        .bind(5, signingKey.isEmpty() ? QByteArray() : signingKey)
        .exec();
    m_db.cached(u"UPDATE enrol_token SET used_at = ?, device_id = ? WHERE token_sha256 = ?"_s)
        .bind(1, now())
        .bind(2, id)
        .bind(3, tokenHash(token))
        .exec();
    transaction.commit();
    return {id, inspector};
}

void DeviceRegistry::revoke(const Peer &caller, const QString &deviceId)
{
    requireSupervisor(caller, "revoke devices");
    store::Transaction transaction(m_db);
    // The last credential that can supervise (the admin key, or a device of an active
    // supervisor) stays: without it no one could enrol, assign or revoke again.
    const QString supervises = u"(d.role = 'admin' OR (i.role = 'supervisor' AND i.active = 1))"_s;
    auto target = m_db.cached(
        u"SELECT %1 FROM device d LEFT JOIN inspector i"
        u" ON i.id = d.inspector_id WHERE d.id = ? AND d.revoked_at IS NULL"_s.arg(supervises));
    target.bind(1, deviceId);
    const bool lastCandidate = target.step() && target.integer(0) != 0;
    target.reset();
    if (lastCandidate) {
        auto others = m_db.cached(u"SELECT count(*) FROM device d LEFT JOIN inspector i"
                                  u" ON i.id = d.inspector_id WHERE d.revoked_at IS NULL"
                                  u" AND d.id <> ? AND %1"_s.arg(supervises));
        others.bind(1, deviceId);
        others.step();
        const bool last = others.int64(0) == 0;
        others.reset();
        if (last)
            throw ProtocolError(ErrorCode::Forbidden,
                u"device %1 is the last active supervisor credential: revoking it would lock"
                u" every supervisor out. Enrol another supervisor's device first, or make a new"
                u" credential on the server with `outfall-server supervisor-credential --data"
                u" DIR --out FILE`"_s.arg(deviceId));
    }
    const int changed = m_db.cached(u"UPDATE device SET revoked_at = ? WHERE id = ? AND"
                                    u" revoked_at IS NULL"_s)
                            .bind(1, now())
                            .bind(2, deviceId)
                            .exec();
    if (changed == 0 && !lookupDevice(deviceId))
        throw ProtocolError(ErrorCode::NotFound, u"no device with id '%1'"_s.arg(deviceId));
    transaction.commit();
}

int DeviceRegistry::assign(const Peer &caller, const QString &inspector, const QStringList &permits)
{
    requireSupervisor(caller, "assign permits");
    store::Transaction transaction(m_db);
    const QString who = inspectorId(inspector);
    domain::UuidV7Generator ids;
    // The permits are a route in the order given, after the stops already assigned; steps of
    // 10 leave room for a supervisor to slot a stop in later.
    auto last = m_db.cached(u"SELECT coalesce(max(route_order), 0) FROM assignment"
                            u" WHERE inspector_id = ? AND status = 'active'"_s);
    last.bind(1, who);
    last.step();
    std::int64_t routeOrder = last.int64(0);
    last.reset();
    int changed = 0;
    for (const QString &permit : permits) {
        const QString what = permitId(permit);
        auto active = m_db.cached(u"SELECT 1 FROM assignment WHERE inspector_id = ? AND"
                                  u" permit_id = ? AND status = 'active'"_s);
        active.bind(1, who).bind(2, what);
        if (active.step())
            continue;
        active.reset();
        routeOrder += 10;
        // An application is assigned for its inspection before issuance.
        m_db.cached(u"INSERT INTO assignment (id, inspector_id, permit_id, phase, status,"
                    u" route_order, created_at, updated_at)"
                    u" VALUES (?1, ?2, ?3, (SELECT CASE status WHEN 'application' THEN"
                    u" 'pre_issuance' ELSE 'post_issuance' END FROM permit WHERE id = ?3),"
                    u" 'active', ?4, ?5, ?6)"_s)
            .bind(1, ids.next())
            .bind(2, who)
            .bind(3, what)
            .bind(4, routeOrder)
            .bind(5, now())
            .bind(6, now())
            .exec();
        ++changed;
    }
    transaction.commit();
    return changed;
}

int DeviceRegistry::unassign(
    const Peer &caller, const QString &inspector, const QStringList &permits)
{
    requireSupervisor(caller, "withdraw assignments");
    store::Transaction transaction(m_db);
    const QString who = inspectorId(inspector);
    int changed = 0;
    for (const QString &permit : permits) {
        changed += m_db.cached(u"UPDATE assignment SET status = 'withdrawn', updated_at = ?"
                               u" WHERE inspector_id = ? AND permit_id = ? AND status = 'active'"_s)
                       .bind(1, now())
                       .bind(2, who)
                       .bind(3, permitId(permit))
                       .exec();
    }
    transaction.commit();
    return changed;
}

} // namespace outfall::server
