// "Double random" draws and routes over the protocol (CURVE, as deployed): outfallctl route
// draw / draws / show / replay / plan / assign / reassign / withdraw and conflict add with the
// supervisor credential; an inspector's device refused FORBIDDEN; bad command lines exit 2
// naming the argument; a draw is reproducible from its seed and cannot be altered in the
// store; a published route reaches the inspectors' devices in order at their next sync, and
// so do a reassignment and a withdrawal (docs/routes.md).
#include "ctlharness.h"
#include "server/serverkeys.h"
#include "store/sqliteerror.h"
#include "sync/enrolment.h"
#include "sync/requestchannel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace synctest;
using namespace ctltest;
using namespace outfall;

class TestRoutes : public QObject, protected ctltest::CurveHarness
{
    Q_OBJECT

private:
    QStringList m_enterprises; // the district's and five more, each with a permit
    QStringList m_usccs;
    QStringList m_permitNumbers; // one a new enterprise

    QString inspectorCode(const QString &id)
    {
        auto db = serverDb();
        auto row = db->prepare(u"SELECT code FROM inspector WHERE id = ?"_s);
        row.bind(1, id);
        row.step();
        return row.text(0);
    }

    // The permits of the device's active assignments, in route order.
    static QStringList routeOf(Profile &device)
    {
        QStringList permits;
        auto rows = device.db.prepare(u"SELECT p.number FROM assignment a JOIN permit p"
                                      u" ON p.id = a.permit_id WHERE a.status = 'active'"
                                      u" ORDER BY a.route_order"_s);
        while (rows.step())
            permits << rows.text(0);
        return permits;
    }

    // A stop's permits, in the order a route lists them.
    QStringList permitNumbersOf(const QString &enterpriseId)
    {
        auto db = serverDb();
        auto rows =
            db->prepare(u"SELECT number FROM permit WHERE enterprise_id = ? ORDER BY number"_s);
        rows.bind(1, enterpriseId);
        QStringList numbers;
        while (rows.step())
            numbers << rows.text(0);
        return numbers;
    }

private Q_SLOTS:
    void initTestCase()
    {
        initialiseServer();
        {
            auto db = server::ServerStore::open(m_data);
            domain::UuidV7Generator ids;
            m_enterprises << m_district.enterprise;
            m_usccs << u"91350100M000100Y43"_s;
            // Five more enterprises around Shenzhen, in two regions, one simplified permit.
            for (int i = 0; i < 5; ++i) {
                const QString enterprise = ids.next();
                const QString permit = ids.next();
                const QString uscc = u"9144030000000%1X"_s.arg(i, 4, 10, QChar(u'0'));
                db->prepare(u"INSERT INTO enterprise (id, uscc, name, industry_code, region, lat,"
                            u" lon, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0)"_s)
                    .bind(1, enterprise)
                    .bind(2, uscc)
                    .bind(3, u"Plant %1"_s.arg(i))
                    .bind(4, i < 3 ? u"4411"_s : u"2221"_s)
                    .bind(5, i % 2 ? u"D2"_s : u"D1"_s)
                    .bind(6, 22.50 + 0.02 * i)
                    .bind(7, 114.00 + 0.03 * ((i * 3) % 5))
                    .exec();
                const QString number = uscc + u"001P"_s;
                db->prepare(u"INSERT INTO permit (id, number, enterprise_id, revision, valid_from,"
                            u" valid_to, issued_on, authority, industry_code, management,"
                            u" content_hash, updated_at) VALUES (?, ?, ?, 1, '2024-01-01',"
                            u" '2029-01-01', '2024-01-01', 'EPB', ?, ?, 'h', 0)"_s)
                    .bind(1, permit)
                    .bind(2, number)
                    .bind(3, enterprise)
                    .bind(4, i < 3 ? u"4411"_s : u"2221"_s)
                    .bind(5, i == 4 ? u"simplified"_s : u"key"_s)
                    .exec();
                db->prepare(u"INSERT INTO outlet (id, permit_id, code, name, medium, category,"
                            u" lat, lon) VALUES (?, ?, 'DA001', 'Stack', 'air', 'main', ?, ?)"_s)
                    .bind(1, ids.next())
                    .bind(2, permit)
                    .bind(3, 22.50 + 0.02 * i)
                    .bind(4, 114.00 + 0.03 * ((i * 3) % 5))
                    .exec();
                m_enterprises << enterprise;
                m_usccs << uscc;
                m_permitNumbers << number;
            }
            for (const QString &code : {u"C1"_s, u"D1"_s}) {
                db->prepare(u"INSERT INTO inspector (id, code, name, role) VALUES (?, ?, ?,"
                            u" 'inspector')"_s)
                    .bind(1, ids.next())
                    .bind(2, code)
                    .bind(3, code)
                    .exec();
            }
        }
        startServer();
    }

    void badCommandLinesExitTwoNamingTheArgument()
    {
        const struct
        {
            QStringList arguments;
            QString problem;
        } cases[] = {
            {{u"route"_s}, u"route needs a command"_s},
            {{u"route"_s, u"shuffle"_s}, u"unknown route command shuffle"_s},
            {{u"route"_s, u"draw"_s, u"--enterprises"_s, u"2"_s, u"--inspectors"_s, u"2"_s},
                u"route draw needs --pool"_s},
            {{u"route"_s, u"draw"_s, u"--pool"_s, u"all"_s, u"--inspectors"_s, u"2"_s},
                u"route draw needs --enterprises"_s},
            {{u"route"_s, u"draw"_s, u"--pool"_s, u"colour=red"_s, u"--enterprises"_s, u"2"_s,
                 u"--inspectors"_s, u"2"_s},
                u"--pool: unknown key 'colour'"_s},
            {{u"route"_s, u"draw"_s, u"--pool"_s, u"class=big"_s, u"--enterprises"_s, u"2"_s,
                 u"--inspectors"_s, u"2"_s},
                u"class 'big' must be key, simplified or registration"_s},
            {{u"route"_s, u"draw"_s, u"--pool"_s, u"all"_s, u"--enterprises"_s, u"two"_s,
                 u"--inspectors"_s, u"2"_s},
                u"--enterprises must be a whole number from 1 to 100000, not 'two'"_s},
            {{u"route"_s, u"draw"_s, u"--pool"_s, u"all"_s, u"--enterprises"_s, u"2"_s,
                 u"--inspectors"_s, u"1"_s},
                u"--inspectors must be a whole number from 2"_s},
            {{u"route"_s, u"draw"_s, u"--pool"_s, u"all"_s, u"--enterprises"_s, u"2"_s,
                 u"--inspectors"_s, u"2"_s, u"--seed"_s, u"-1"_s},
                u"--seed must be a whole number from 0"_s},
            {{u"route"_s, u"draw"_s, u"--pool"_s, u"all"_s, u"--enterprises"_s, u"2"_s,
                 u"--inspectors"_s, u"2"_s, u"--weight"_s, u"heavy"_s},
                u"--weight must be risk or uniform, not 'heavy'"_s},
            {{u"route"_s, u"draw"_s, u"--pool"_s, u"all"_s, u"--enterprises"_s, u"2"_s,
                 u"--inspectors"_s, u"2"_s, u"--team-size"_s, u"1"_s},
                u"--team-size must be a whole number from 2 to 20"_s},
            {{u"route"_s, u"draw"_s, u"--pool"_s, u"all"_s, u"--start"_s, u"1,1"_s},
                u"--start does not belong to route draw"_s},
            {{u"route"_s, u"draws"_s, u"1"_s}, u"route draws needs no arguments"_s},
            {{u"route"_s, u"show"_s}, u"route show needs one DRAW"_s},
            {{u"route"_s, u"replay"_s, u"1"_s, u"2"_s}, u"route replay needs one DRAW"_s},
            {{u"route"_s, u"plan"_s, u"1"_s}, u"route plan needs --start LAT,LON"_s},
            {{u"route"_s, u"plan"_s, u"1"_s, u"--start"_s, u"91,114"_s},
                u"--start must be LAT,LON in degrees"_s},
            {{u"route"_s, u"plan"_s, u"1"_s, u"--start"_s, u"22.5"_s},
                u"--start must be LAT,LON"_s},
            {{u"route"_s, u"assign"_s}, u"route assign needs one DRAW"_s},
            {{u"route"_s, u"reassign"_s, u"1"_s, u"P"_s}, u"route reassign needs --to INSPECTOR"_s},
            {{u"route"_s, u"reassign"_s, u"1"_s, u"--to"_s, u"A1"_s},
                u"route reassign needs a DRAW and a PERMIT"_s},
            {{u"route"_s, u"withdraw"_s, u"1"_s, u"--to"_s, u"A1"_s},
                u"--to does not belong to route withdraw"_s},
            {{u"route"_s, u"withdraw"_s, u"1"_s, u"--inspector"_s}, u"--inspector needs a value"_s},
            {{u"conflict"_s}, u"conflict needs a command: add, list or remove"_s},
            {{u"conflict"_s, u"forget"_s, u"A1"_s, u"E"_s}, u"unknown conflict command forget"_s},
            {{u"conflict"_s, u"remove"_s, u"A1"_s, u"E"_s},
                u"conflict remove needs --reason TEXT"_s},
            {{u"conflict"_s, u"remove"_s, u"A1"_s, u"--reason"_s, u"x"_s},
                u"conflict remove needs an INSPECTOR and an ENTERPRISE"_s},
            {{u"conflict"_s, u"list"_s, u"A1"_s}, u"conflict list needs no arguments"_s},
            {{u"conflict"_s, u"list"_s, u"--reason"_s, u"x"_s},
                u"--reason does not belong to conflict list"_s},
            {{u"route"_s, u"list"_s}, u"unknown route command list"_s},
            {{u"conflict"_s, u"add"_s, u"A1"_s}, u"conflict add needs an INSPECTOR and an"_s},
            {{u"conflict"_s, u"add"_s, u"A1"_s, u"E"_s}, u"conflict add needs --reason TEXT"_s},
            {{u"conflict"_s, u"add"_s, u"A1"_s, u"E"_s, u"--reason"_s, u"  "_s},
                u"conflict add needs --reason TEXT"_s},
        };
        for (const auto &c : cases) {
            QString output;
            QCOMPARE(ctl(c.arguments, &output), 2);
            QVERIFY2(
                output.contains(c.problem), qPrintable(c.arguments.join(u' ') + u" → "_s + output));
        }
        QCOMPARE(count(*serverDb(), u"SELECT count(*) FROM route_draw"_s), 0);
        QCOMPARE(count(*serverDb(), u"SELECT count(*) FROM conflict_of_interest"_s), 0);
    }

    void inspectorIsRefused()
    {
        auto a1 = enrolled(u"A1"_s);
        for (const QString &op :
            {u"draw"_s, u"list"_s, u"show"_s, u"plan"_s, u"assign"_s, u"reassign"_s, u"withdraw"_s,
                u"conflict"_s, u"conflicts"_s, u"conflict-remove"_s}) {
            sync::Message message;
            message.command = sync::Command::Route;
            message.header.insert(u"op"_s, op);
            message.header.insert(u"pool"_s, u"all"_s);
            message.header.insert(u"e"_s, 2);
            message.header.insert(u"m"_s, 2);
            try {
                a1->request(message);
                QFAIL(qPrintable(u"an inspector's device was answered route "_s + op));
            } catch (const sync::ProtocolError &e) {
                QCOMPARE(e.code(), sync::ErrorCode::Forbidden);
                QVERIFY2(e.text().contains(u"only a supervisor may"_s)
                        && e.text().contains(u"role is inspector"_s),
                    qPrintable(e.text()));
            }
        }
        QCOMPARE(count(*serverDb(), u"SELECT count(*) FROM route_draw"_s), 0);
    }

    void poolFiltersNarrowThePool()
    {
        const QJsonObject d2 = ctlJson({u"route"_s, u"draw"_s, u"--pool"_s, u"region=D2"_s,
            u"--enterprises"_s, u"1"_s, u"--inspectors"_s, u"2"_s, u"--seed"_s, u"1"_s});
        QCOMPARE(d2.value(u"pool_size"_s).toObject().value(u"enterprises"_s).toInt(), 2);
        const QJsonObject key4411 = ctlJson({u"route"_s, u"draw"_s, u"--pool"_s,
            u"industry=4411,class=key"_s, u"--enterprises"_s, u"1"_s, u"--inspectors"_s, u"2"_s});
        QCOMPARE(key4411.value(u"pool_size"_s).toObject().value(u"enterprises"_s).toInt(), 3);
        // An enterprise inspected yesterday leaves a not-inspected-days=30 pool.
        {
            auto db = serverDb();
            db->prepare(u"INSERT INTO inspection (id, permit_id, inspector_id, phase, status,"
                        u" started_at) VALUES (?, (SELECT id FROM permit WHERE number = ?), ?,"
                        u" 'post_issuance', 'submitted', ?)"_s)
                .bind(1, domain::UuidV7Generator().next())
                .bind(2, m_permitNumbers[0])
                .bind(3, m_district.inspectorA)
                .bind(4, std::int64_t(QDateTime::currentMSecsSinceEpoch() - 24LL * 3600 * 1000))
                .exec();
        }
        const QJsonObject fresh = ctlJson({u"route"_s, u"draw"_s, u"--pool"_s,
            u"not-inspected-days=30"_s, u"--enterprises"_s, u"1"_s, u"--inspectors"_s, u"2"_s});
        QCOMPARE(fresh.value(u"pool_size"_s).toObject().value(u"enterprises"_s).toInt(), 5);
        QString output;
        QCOMPARE(ctl({u"route"_s, u"draw"_s, u"--pool"_s, u"class=registration"_s,
                         u"--enterprises"_s, u"1"_s, u"--inspectors"_s, u"2"_s},
                     &output),
            1);
        QVERIFY2(output.contains(u"--enterprises 1 is more than the 0 enterprises in the pool"
                                 u" (class=registration)"_s),
            qPrintable(output));
        QCOMPARE(ctl({u"route"_s, u"draw"_s, u"--pool"_s, u"all"_s, u"--enterprises"_s, u"1"_s,
                         u"--inspectors"_s, u"6"_s},
                     &output),
            1);
        QVERIFY2(output.contains(u"--inspectors 6 is more than the 4 active inspectors"_s),
            qPrintable(output));
    }

    void riskFiguresComeFromFlagsAndInspections()
    {
        // Plant 2: one open flag and one violation a supervisor confirmed; never inspected.
        {
            auto db = serverDb();
            const QString flag = u"INSERT INTO flag (id, rule_id, severity, permit_id, compared,"
                                 u" message_en, message_zh, status, raised_at, updated_at) VALUES"
                                 u" (?, 'R3', ?, (SELECT id FROM permit WHERE number = ?), '[]',"
                                 u" 'm', 'm', ?, 0, 0)"_s;
            db->prepare(flag)
                .bind(1, domain::UuidV7Generator().next())
                .bind(2, u"warning"_s)
                .bind(3, m_permitNumbers[2])
                .bind(4, u"open"_s)
                .exec();
            db->prepare(flag)
                .bind(1, domain::UuidV7Generator().next())
                .bind(2, u"violation"_s)
                .bind(3, m_permitNumbers[2])
                .bind(4, u"acknowledged"_s)
                .exec();
        }
        const QJsonObject draw = ctlJson({u"route"_s, u"draw"_s, u"--pool"_s, u"all"_s,
            u"--enterprises"_s, u"2"_s, u"--inspectors"_s, u"2"_s, u"--weight"_s, u"risk"_s});
        auto db = serverDb();
        auto row = db->prepare(u"SELECT content FROM route_draw WHERE number = ?"_s);
        row.bind(1, draw.value(u"number"_s).toInt());
        QVERIFY(row.step());
        const QJsonArray pool = QJsonDocument::fromJson(row.text(0).toUtf8())
                                    .object()
                                    .value(u"pool"_s)
                                    .toObject()
                                    .value(u"enterprises"_s)
                                    .toArray();
        QHash<QString, QJsonArray> byId;
        for (const QJsonValue &e : pool)
            byId.insert(e.toArray()[0].toString(), e.toArray());
        // [id, weight, open flags, past violations, days since inspection]
        QCOMPARE(byId.value(m_enterprises[3]),
            (QJsonArray {m_enterprises[3], 1000 + 1000 + 2000 + 2000, 1, 1, -1}));
        // Plant 0 was inspected yesterday (poolFiltersNarrowThePool): 1 day, 1000 + 1000·1/365.
        QCOMPARE(byId.value(m_enterprises[1]), (QJsonArray {m_enterprises[1], 1002, 0, 0, 1}));
    }

    void drawIsReproducibleRecordedAndUnalterable()
    {
        const QStringList draw {u"route"_s, u"draw"_s, u"--pool"_s, u"all"_s, u"--enterprises"_s,
            u"4"_s, u"--inspectors"_s, u"4"_s, u"--seed"_s, u"20261201"_s, u"--weight"_s,
            u"risk"_s};
        QString output;
        QCOMPARE(ctl(draw, &output), 0);
        QVERIFY2(output.contains(u"seed 20261201"_s) && output.contains(u"team 2: "_s)
                && output.contains(u"risk weights"_s),
            qPrintable(output));
        QCOMPARE(ctl(draw, &output), 0);
        auto db = serverDb();
        auto rows = db->prepare(u"SELECT number, content, content_hash, created_by FROM route_draw"
                                u" WHERE seed = '20261201' ORDER BY number"_s);
        QVERIFY(rows.step());
        const int first = rows.integer(0);
        const QJsonObject firstContent = QJsonDocument::fromJson(rows.text(1).toUtf8()).object();
        const QString firstHash = rows.text(2);
        QCOMPARE(rows.text(3), text(*db, u"SELECT id FROM device WHERE role = 'admin'"_s));
        QVERIFY(rows.step());
        // The same seed over the same pool: the same result, the same hash.
        QCOMPARE(QJsonDocument::fromJson(rows.text(1).toUtf8()).object().value(u"result"_s),
            firstContent.value(u"result"_s));
        QCOMPARE(rows.text(2), firstHash);
        rows.reset();

        QCOMPARE(ctl({u"route"_s, u"replay"_s, QString::number(first)}, &output), 0);
        QVERIFY2(output.contains(u"result: matches the recorded result"_s)
                && output.contains(u"content hash: matches "_s + firstHash),
            qPrintable(output));
        const int listed = ctl({u"route"_s, u"draws"_s}, &output);
        QVERIFY2(listed == 0, qPrintable(output));
        QVERIFY2(output.contains(u"seed 20261201"_s), qPrintable(output));
        QCOMPARE(ctl({u"route"_s, u"show"_s, u"999"_s}, &output), 3);
        QVERIFY2(output.contains(u"no route draw with number or id '999'"_s), qPrintable(output));

        // The store refuses to change or delete the record.
        for (const QString &sql : {u"UPDATE route_draw SET seed = '1' WHERE number = %1"_s,
                 u"UPDATE route_draw SET content = '{}' WHERE number = %1"_s,
                 u"DELETE FROM route_draw WHERE number = %1"_s,
                 u"UPDATE route_event SET actor = 'x' WHERE draw_id = (SELECT id FROM route_draw"
                 u" WHERE number = %1)"_s}) {
            try {
                db->exec(sql.arg(first));
                QFAIL(qPrintable(u"the store allowed: "_s + sql));
            } catch (const store::SqliteError &e) {
                QVERIFY2(e.message().contains(u"route_draw: "_s)
                        || e.message().contains(u"route_event: "_s),
                    qPrintable(e.message()));
            }
        }
        QCOMPARE(count(*db,
                     u"SELECT count(*) FROM route_event WHERE action = 'draw' AND detail LIKE"
                     u" '%%20261201%%'"_s),
            2);

        // Someone with the database file drops the trigger and edits the pool: replay says so.
        db->exec(u"DROP TRIGGER route_draw_content_fixed"_s);
        db->exec(u"UPDATE route_draw SET content = replace(content, '\"weight\"', '\"weight\"')"
                 u" WHERE number = %1"_s.arg(first));
        QJsonObject altered = firstContent;
        QJsonObject pool = altered.value(u"pool"_s).toObject();
        QJsonArray enterprises = pool.value(u"enterprises"_s).toArray();
        QJsonArray row = enterprises[0].toArray();
        row[1] = 999999;
        enterprises[0] = row;
        pool[u"enterprises"_s] = enterprises;
        altered[u"pool"_s] = pool;
        db->prepare(u"UPDATE route_draw SET content = ? WHERE number = ?"_s)
            .bind(1, QString::fromUtf8(QJsonDocument(altered).toJson(QJsonDocument::Compact)))
            .bind(2, first)
            .exec();
        QCOMPARE(ctl({u"route"_s, u"replay"_s, QString::number(first)}, &output), 1);
        QVERIFY2(output.contains(u"content hash: DOES NOT MATCH"_s), qPrintable(output));
        db->exec(u"CREATE TRIGGER route_draw_content_fixed BEFORE UPDATE OF id, number, seed,"
                 u" content, content_hash, created_by, created_at ON route_draw BEGIN SELECT"
                 u" RAISE(ABORT, 'route_draw: a draw''s seed, pool, rules and result are never"
                 u" changed'); END"_s);
    }

    void conflictsOfInterestAreRecordedAndRespected()
    {
        QString output;
        QCOMPARE(ctl({u"conflict"_s, u"add"_s, u"A1"_s, m_usccs[1], u"--reason"_s,
                         u"brother-in-law is the plant manager"_s},
                     &output),
            0);
        QVERIFY2(output.contains(u"conflict add: 1 changed"_s), qPrintable(output));
        QCOMPARE(
            ctl({u"conflict"_s, u"add"_s, u"A1"_s, m_usccs[1], u"--reason"_s, u"again"_s}, &output),
            0);
        QVERIFY2(output.contains(u"0 changed"_s), qPrintable(output));
        QCOMPARE(
            ctl({u"conflict"_s, u"add"_s, u"ZZ9"_s, m_usccs[1], u"--reason"_s, u"x"_s}, &output),
            3);
        QVERIFY2(
            output.contains(u"no active inspector with code or id 'ZZ9'"_s), qPrintable(output));
        QCOMPARE(
            ctl({u"conflict"_s, u"add"_s, u"A1"_s, u"91000000000000000X"_s, u"--reason"_s, u"x"_s},
                &output),
            3);
        QVERIFY2(output.contains(u"no enterprise with credit code"_s), qPrintable(output));
        auto db = serverDb();
        QCOMPARE(count(*db,
                     u"SELECT count(*) FROM route_event WHERE action = 'conflict' AND actor ="
                     u" (SELECT id FROM device WHERE role = 'admin')"_s),
            1);
        // Whatever the seed, A1's team never gets that enterprise.
        for (int seed = 100; seed < 115; ++seed) {
            const QJsonObject draw =
                ctlJson({u"route"_s, u"draw"_s, u"--pool"_s, u"all"_s, u"--enterprises"_s, u"6"_s,
                    u"--inspectors"_s, u"4"_s, u"--seed"_s, QString::number(seed)});
            QCOMPARE(draw.value(u"pool_size"_s).toObject().value(u"conflicts"_s).toInt(), 1);
            for (const QJsonValue &team : draw.value(u"content"_s)
                                              .toObject()
                                              .value(u"result"_s)
                                              .toObject()
                                              .value(u"teams"_s)
                                              .toArray()) {
                const auto inspectors = team.toObject().value(u"inspectors"_s).toArray();
                const auto enterprises = team.toObject().value(u"enterprises"_s).toArray();
                QVERIFY(!(inspectors.contains(QJsonValue(m_district.inspectorA))
                    && enterprises.contains(QJsonValue(m_enterprises[1]))));
            }
        }
    }

    void conflictsAreListedAndRemovedWithTheirReasonKept()
    {
        const auto listed = [this](const QStringList &narrowing = {}) {
            return ctlJson(QStringList {u"conflict"_s, u"list"_s} + narrowing)
                .value(u"conflicts"_s)
                .toArray();
        };
        const auto poolConflicts = [this] {
            return ctlJson({u"route"_s, u"draw"_s, u"--pool"_s, u"all"_s, u"--enterprises"_s,
                               u"6"_s, u"--inspectors"_s, u"4"_s, u"--seed"_s, u"5"_s})
                .value(u"pool_size"_s)
                .toObject()
                .value(u"conflicts"_s)
                .toInt();
        };
        const qsizetype before = listed().size(); // the other tests' conflicts stay recorded
        QString output;
        QCOMPARE(
            ctl({u"conflict"_s, u"add"_s, u"C1"_s, m_usccs[2], u"--reason"_s, u"holds shares"_s},
                &output),
            0);
        QCOMPARE(
            ctl({u"conflict"_s, u"add"_s, u"D1"_s, m_usccs[3], u"--reason"_s, u"former employer"_s},
                &output),
            0);
        QCOMPARE(ctl({u"conflict"_s, u"list"_s}, &output), 0);
        QVERIFY2(
            output.contains(u"%1 conflict(s) of interest"_s.arg(before + 2)), qPrintable(output));
        QVERIFY2(output.contains(u"D1 D1  ×  "_s + m_usccs[3])
                && output.contains(u"former employer"_s) && output.contains(u"holds shares"_s),
            qPrintable(output));
        const QJsonArray onlyD1 = listed({u"--inspector"_s, u"D1"_s});
        QCOMPARE(onlyD1.size(), 1);
        QCOMPARE(onlyD1[0].toObject().value(u"enterprise"_s).toString(), m_usccs[3]);
        QCOMPARE(onlyD1[0].toObject().value(u"reason"_s).toString(), u"former employer"_s);
        QCOMPARE(ctl({u"conflict"_s, u"list"_s, u"--inspector"_s, u"ZZ9"_s}, &output), 3);
        const int drawnWith = poolConflicts();

        // Removed: gone from the list and from the next draw's pool; the removal is kept.
        const int removed = ctl({u"conflict"_s, u"remove"_s, u"D1"_s, m_usccs[3], u"--reason"_s,
                                    u"left that employer in 2019, checked"_s},
            &output);
        QVERIFY2(removed == 0, qPrintable(output));
        QVERIFY2(output.contains(u"conflict remove: 1 changed"_s), qPrintable(output));
        QCOMPARE(
            ctl({u"conflict"_s, u"remove"_s, u"D1"_s, m_usccs[3], u"--reason"_s, u"x"_s}, &output),
            3);
        QVERIFY2(output.contains(u"no conflict of interest is recorded between D1"_s),
            qPrintable(output));
        QCOMPARE(listed().size(), before + 1);
        QVERIFY(listed({u"--inspector"_s, u"D1"_s}).isEmpty());
        QCOMPARE(count(*serverDb(),
                     u"SELECT count(*) FROM route_event WHERE action = 'conflict'"
                     u" AND json_extract(detail, '$.removed')"
                     u" AND detail LIKE '%left that employer%' AND detail LIKE"
                     u" '%former employer%'"_s),
            1);
        QCOMPARE(poolConflicts(), drawnWith - 1);
    }

    void planPublishReassignWithdrawReachTheDevices()
    {
        // Five enterprises of region D1 and D2 with key permits; all four inspectors drawn.
        const QJsonObject draw =
            ctlJson({u"route"_s, u"draw"_s, u"--pool"_s, u"industry=4411|2221"_s,
                u"--enterprises"_s, u"5"_s, u"--inspectors"_s, u"4"_s, u"--seed"_s, u"77"_s});
        const QString number = QString::number(draw.value(u"number"_s).toInt());
        QString output;
        QCOMPARE(ctl({u"route"_s, u"assign"_s, number}, &output), 1);
        QVERIFY2(output.contains(u"has no plan yet"_s), qPrintable(output));
        QCOMPARE(ctl({u"route"_s, u"plan"_s, number, u"--start"_s, u"22.54,114.05"_s}, &output), 0);
        QVERIFY2(output.contains(u"planned, "_s) && output.contains(u"in draw order"_s)
                && output.contains(u"total: "_s),
            qPrintable(output));
        const QJsonObject planned = ctlJson({u"route"_s, u"show"_s, number});
        const QJsonObject plan = planned.value(u"plan"_s).toObject();
        QVERIFY(plan.value(u"planned_m"_s).toDouble() <= plan.value(u"draw_order_m"_s).toDouble());
        const QJsonArray teams = draw.value(u"content"_s)
                                     .toObject()
                                     .value(u"result"_s)
                                     .toObject()
                                     .value(u"teams"_s)
                                     .toArray();
        QCOMPARE(teams.size(), 2);

        QCOMPARE(ctl({u"route"_s, u"assign"_s, number}, &output), 0);
        // Two members a team, each given every permit of the team's enterprises (the paper mill
        // has three).
        QVERIFY2(output.contains(u"published: 14 assignment(s) written"_s), qPrintable(output));
        QCOMPARE(ctl({u"route"_s, u"assign"_s, number}, &output), 1);
        QVERIFY2(output.contains(u"was published on"_s), qPrintable(output));
        QCOMPARE(ctl({u"route"_s, u"plan"_s, number, u"--start"_s, u"22.5,114"_s}, &output), 1);

        // Each member of each team receives the team's sites in the planned order.
        std::vector<std::unique_ptr<Profile>> devices; // one a team: its first member
        QList<QStringList> expected;
        for (qsizetype t = 0; t < teams.size(); ++t) {
            const QString member =
                inspectorCode(teams[t].toObject().value(u"inspectors"_s).toArray()[0].toString());
            devices.push_back(enrolled(member));
            const auto result = devices.back()->sync();
            QVERIFY2(result.ok, qPrintable(result.error));
            QStringList order;
            for (const QJsonValue &e :
                plan.value(u"teams"_s).toArray()[t].toObject().value(u"enterprises"_s).toArray())
                order << permitNumbersOf(e.toString());
            expected << order;
            QCOMPARE(routeOf(*devices.back()), order);
        }

        // Reassign the last site of team 1 to team 2: it leaves one device and reaches the other.
        const QString moved = expected[0].last();
        const QString toInspector =
            inspectorCode(teams[1].toObject().value(u"inspectors"_s).toArray()[1].toString());
        QCOMPARE(
            ctl({u"route"_s, u"reassign"_s, number, moved, u"--to"_s, toInspector}, &output), 0);
        QVERIFY2(
            output.contains(u"4 assignment(s) changed (team 1 to team 2)"_s), qPrintable(output));
        QCOMPARE(
            ctl({u"route"_s, u"reassign"_s, number, moved, u"--to"_s, toInspector}, &output), 1);
        QVERIFY2(output.contains(u"on the route of"_s), qPrintable(output));
        QCOMPARE(
            ctl({u"route"_s, u"reassign"_s, number, u"NOPE"_s, u"--to"_s, toInspector}, &output),
            3);
        for (auto &device : devices)
            QVERIFY(device->sync().ok);
        QCOMPARE(routeOf(*devices[0]), expected[0].mid(0, expected[0].size() - 1));
        QCOMPARE(routeOf(*devices[1]), expected[1] + QStringList {moved});

        // Withdraw team 2's first member's route, then the whole draw.
        const QString second =
            inspectorCode(teams[1].toObject().value(u"inspectors"_s).toArray()[0].toString());
        QCOMPARE(ctl({u"route"_s, u"withdraw"_s, number, u"--inspector"_s, second}, &output), 0);
        QVERIFY(devices[1]->sync().ok);
        QCOMPARE(routeOf(*devices[1]), QStringList());
        QCOMPARE(count(devices[1]->db, u"SELECT count(*) FROM permit"_s), 0);
        QVERIFY(devices[0]->sync().ok);
        QCOMPARE(routeOf(*devices[0]).size(), expected[0].size() - 1);
        QCOMPARE(ctl({u"route"_s, u"withdraw"_s, number}, &output), 0);
        QVERIFY(devices[0]->sync().ok);
        QCOMPARE(routeOf(*devices[0]), QStringList());

        // Every supervisor action is on record with who and when.
        auto db = serverDb();
        auto events = db->prepare(u"SELECT action FROM route_event WHERE draw_id = (SELECT id FROM"
                                  u" route_draw WHERE number = ?) ORDER BY id"_s);
        events.bind(1, number.toInt());
        QStringList actions;
        while (events.step())
            actions << events.text(0);
        QCOMPARE(actions,
            (QStringList {
                u"draw"_s, u"plan"_s, u"publish"_s, u"reassign"_s, u"withdraw"_s, u"withdraw"_s}));
        QCOMPARE(count(*db, u"SELECT count(*) FROM route_event WHERE at <= 0 OR actor = ''"_s), 0);
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestRoutes)
#include "tst_routes.moc"
