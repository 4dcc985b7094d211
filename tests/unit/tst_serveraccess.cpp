// Who can reach the server's secrets and who can supervise: the data directory, store, keys
// and credentials are the owner's alone whatever the umask; the last supervisor credential
// cannot be revoked; and whoever can read the data directory can make a new one
// (`outfall-server supervisor-credential`).
#include "filemodetesthelpers.h"
#include "server/deviceregistry.h"
#include "server/serverkeys.h"
#include "server/serverstore.h"
#include "servertesthelpers.h"
#include "store/database.h"
#include "sync/enrolment.h"
#include "sync/protocolerror.h"
#include "sync/supervisorcredential.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall;
using namespace filemodetest;
using servertest::Run;
using servertest::run;

namespace {

server::Peer adminPeer()
{
    server::Peer peer;
    peer.role = u"admin"_s;
    peer.deviceId = u"caller"_s;
    return peer;
}

QString adminDevice(store::Database &db)
{
    auto statement = db.prepare(u"SELECT id FROM device WHERE role = 'admin' LIMIT 1"_s);
    return statement.step() ? statement.text(0) : QString();
}

} // namespace

class TestServerAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initMakesEverySecretOwnerOnly()
    {
        const Umask umask(022);
        QTemporaryDir dir;
        const QString data = dir.filePath(u"data"_s);
        QCOMPARE(run({u"init"_s, u"--data"_s, data}).exitCode, 0);
        QCOMPARE(modeOf(data), mode_t(0700));
        const QString db = server::ServerStore::databasePath(data);
        QCOMPARE(modeOf(db), mode_t(0600));
        QCOMPARE(modeOf(server::ServerKeys::secretKeyPath(data)), mode_t(0600));
        QCOMPARE(modeOf(server::ServerKeys::credentialPath(data)), mode_t(0600));
        QCOMPARE(modeOf(server::ServerKeys::publicKeyPath(data)), mode_t(0644)); // public
        // The enrolment file carries a one-time token.
        const QString enrolment = dir.filePath(u"tablet.enrol"_s);
        sync::Enrolment::writeFile(
            enrolment, u"tcp://127.0.0.1:1"_s, QByteArray(40, 'k'), u"token"_s);
        QCOMPARE(modeOf(enrolment), mode_t(0600));
        // A store made world-readable by an earlier version is narrowed when opened.
        QVERIFY(QFile::setPermissions(
            db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        auto store = server::ServerStore::open(data);
        QCOMPARE(modeOf(db), mode_t(0600));
        // SQLite gives the WAL the store's mode.
        store->exec(u"CREATE TABLE t (x); INSERT INTO t VALUES (1)"_s);
        QCOMPARE(modeOf(db + u"-wal"_s), mode_t(0600));
    }

    void lastSupervisorCredentialCannotBeRevoked()
    {
        QTemporaryDir dir;
        auto db = server::ServerStore::initialise(dir.path());
        server::ServerKeys::create(dir.path(), *db);
        server::DeviceRegistry registry(*db);
        const QString admin = adminDevice(*db);
        try {
            registry.revoke(adminPeer(), admin);
            QFAIL("the only supervisor credential was revoked");
        } catch (const sync::ProtocolError &e) {
            QCOMPARE(e.code(), sync::ErrorCode::Forbidden);
            QVERIFY2(
                e.text().contains(u"last active supervisor credential"_s), qPrintable(e.text()));
            QVERIFY2(e.text().contains(u"supervisor-credential"_s), qPrintable(e.text()));
        }
        QCOMPARE(registry.lookupDevice(admin)->revoked, false);

        // With a supervisor's device enrolled, the admin key may go; then that device is the
        // last one, and stays.
        db->exec(u"INSERT INTO inspector (id, code, name, role) VALUES ('s1', 'S1', 'S', "
                 u"'supervisor'), ('i1', 'I1', 'I', 'inspector')"_s);
        const QString token = registry.issueToken(adminPeer(), u"S1"_s, 60'000);
        const QString supervisorDevice =
            registry.enroll(token, u"supervisor-key-0000000000000000000000000"_s).deviceId;
        const QString inspectorDevice =
            registry
                .enroll(registry.issueToken(adminPeer(), u"I1"_s, 60'000),
                    u"inspector-key-00000000000000000000000000"_s)
                .deviceId;
        registry.revoke(adminPeer(), admin);
        QCOMPARE(registry.lookupDevice(admin)->revoked, true);
        registry.revoke(adminPeer(), inspectorDevice); // not a supervisor: no limit
        QVERIFY_THROWS_EXCEPTION(
            sync::ProtocolError, registry.revoke(adminPeer(), supervisorDevice));
        QCOMPARE(registry.lookupDevice(supervisorDevice)->revoked, false);
    }

    void supervisorCredentialIsRecoveredFromTheDataDirectory()
    {
        const Umask umask(022);
        QTemporaryDir dir;
        const QString data = dir.filePath(u"data"_s);
        QCOMPARE(run({u"init"_s, u"--data"_s, data}).exitCode, 0);
        const QString file = dir.filePath(u"recovered.credential"_s);
        const Run made = run({u"supervisor-credential"_s, u"--data"_s, data, u"--out"_s, file});
        QCOMPARE(made.err, QString());
        QCOMPARE(made.exitCode, 0);
        QVERIFY2(made.out.contains(file), qPrintable(made.out));
        QCOMPARE(modeOf(file), mode_t(0600));
        // A credential for this server, registered as an admin key, unrevoked.
        const auto credential = sync::SupervisorCredential::read(file);
        QCOMPARE(credential.serverPublicKey, server::ServerKeys::load(data).publicKey);
        auto db = server::ServerStore::open(data);
        const auto lookup =
            server::DeviceRegistry(*db).lookupKey(QString::fromLatin1(credential.keys.publicKey));
        QVERIFY(lookup);
        QCOMPARE(lookup->peer.role, u"admin"_s);
        QVERIFY(!lookup->revoked);
        // The original admin credential can go now: the recovered one remains.
        server::DeviceRegistry(*db).revoke(adminPeer(), adminDevice(*db));

        // An existing file is never overwritten; --out is required.
        const Run again = run({u"supervisor-credential"_s, u"--data"_s, data, u"--out"_s, file});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"exists already"_s), qPrintable(again.err));
        QCOMPARE(run({u"supervisor-credential"_s, u"--data"_s, data}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestServerAccess)
#include "tst_serveraccess.moc"
