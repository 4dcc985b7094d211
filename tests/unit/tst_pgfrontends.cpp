// Two front-ends on one PostgreSQL store (issue 14 part 2), at the level of the device
// registry: what one enrols, assigns or revokes, the other sees at once, and two enrolments
// racing on one token make one device, as SQLite's single writer guarantees on one machine.
#include "pgtestcluster.h"
#include "server/deviceregistry.h"
#include "server/pgengine.h"
#include "server/serverstore.h"
#include "store/database.h"
#include "sync/protocolerror.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace outfall;

class TestPgFrontEnds : public QObject
{
    Q_OBJECT

    pgtest::Cluster m_cluster;
    QTemporaryDir m_dir; // the front-end's own directory (keys), beside the store
    QString m_url;
    server::Peer m_admin;

    // A front-end's own connection to the store.
    std::unique_ptr<store::Database> frontEnd()
    {
        return std::make_unique<store::Database>(std::make_unique<server::PgEngine>(m_url));
    }

    static std::int64_t count(store::Database &db, const QString &sql)
    {
        auto statement = db.prepare(sql);
        return statement.step() ? statement.int64(0) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PGTEST_REQUIRE(m_cluster);
        m_url = m_cluster.createDatabase(u"frontends"_s);
        auto db = server::ServerStore::initialisePostgres(m_dir.path(), m_url);
        db->exec(u"INSERT INTO inspector (id, code, name, role) VALUES"
                 u" ('i1', 'SZ-INS-001', '陈志强', 'inspector')"_s);
        db->exec(u"INSERT INTO enterprise (id, uscc, name, industry_code, updated_at)"
                 u" VALUES ('e1', '91440300MA5FXXXX1X', 'Plant', '4411', 0)"_s);
        db->exec(u"INSERT INTO permit (id, number, enterprise_id, revision, valid_from, valid_to,"
                 u" issued_on, authority, industry_code, content_hash, updated_at) VALUES"
                 u" ('p1', '91440300MA5FXXXX1X001P', 'e1', 1, '2025-01-01', '2030-01-01',"
                 u" '2025-01-01', 'Shenzhen', '4411', 'h', 0)"_s);
        m_admin.role = u"admin"_s;
        m_admin.deviceId = server::DeviceRegistry(*db).registerAdmin(QString(40, u'a'));
    }

    void whatOneFrontEndChangesTheOtherSees()
    {
        auto a = frontEnd();
        auto b = frontEnd();
        server::DeviceRegistry onA(*a);
        server::DeviceRegistry onB(*b);
        const QString key = QString(40, u'k');
        const QString token = onA.issueToken(m_admin, u"SZ-INS-001"_s, 60'000);
        const auto enrolled = onB.enroll(token, key);
        QCOMPARE(enrolled.inspectorId, u"i1"_s);
        const auto seen = onA.lookupKey(key);
        QVERIFY(seen);
        QCOMPARE(seen->peer.deviceId, enrolled.deviceId);
        QCOMPARE(seen->peer.role, u"inspector"_s);
        QVERIFY(!seen->revoked);
        // The device's retry reached the other front-end: the same enrolment, not a second.
        QCOMPARE(onA.enroll(token, key).deviceId, enrolled.deviceId);

        QCOMPARE(onB.assign(m_admin, u"SZ-INS-001"_s, {u"91440300MA5FXXXX1X001P"_s}), 1);
        QCOMPARE(onA.assign(m_admin, u"SZ-INS-001"_s, {u"p1"_s}), 0); // active already
        QCOMPARE(count(*a,
                     u"SELECT count(*) FROM ref_row r JOIN assignment s ON s.id = r.row_id"
                     u" WHERE s.permit_id = 'p1' AND r.scope = 'permit' AND r.owner = 'i1'"_s),
            1); // captured for the inspector's devices to pull

        onA.revoke(m_admin, enrolled.deviceId);
        const auto revoked = onB.lookupKey(key);
        QVERIFY(revoked);
        QVERIFY(revoked->revoked);
    }

    // Both read the token as unused; only one may use it. BEGIN IMMEDIATE takes the store's
    // write lock on PostgreSQL too, so the second waits, then finds it used.
    void twoEnrolmentsRacingOnOneTokenMakeOneDevice()
    {
        constexpr int kRounds = 12;
        server::DeviceRegistry issuer(*frontEnd());
        auto reader = frontEnd();
        const std::int64_t before = count(*reader, u"SELECT count(*) FROM device"_s);
        for (int round = 0; round < kRounds; ++round) {
            const QString token = issuer.issueToken(m_admin, u"SZ-INS-001"_s, 60'000);
            std::atomic<bool> go = false;
            std::atomic<int> enrolled = 0;
            std::atomic<int> refused = 0;
            const auto enrol = [&](QChar keyLetter) {
                auto db = frontEnd();
                server::DeviceRegistry registry(*db);
                while (!go) { }
                try {
                    registry.enroll(
                        token, QString(38, keyLetter) + u"%1"_s.arg(round, 2, 10, QChar(u'0')));
                    ++enrolled;
                } catch (const sync::ProtocolError &e) {
                    if (e.text() == u"the enrolment token was used already")
                        ++refused;
                    else
                        qWarning("refused for another reason: %s", qPrintable(e.text()));
                }
            };
            std::thread first(enrol, u'x');
            std::thread second(enrol, u'y');
            go = true;
            first.join();
            second.join();
            QCOMPARE(enrolled.load(), 1);
            QCOMPARE(refused.load(), 1);
        }
        QCOMPARE(count(*reader, u"SELECT count(*) FROM device"_s), before + kRounds);
    }
};

QTEST_GUILESS_MAIN(TestPgFrontEnds)
#include "tst_pgfrontends.moc"
