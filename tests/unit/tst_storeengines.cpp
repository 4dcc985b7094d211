// store::Database and store::Statement on both engines (store/engine.h): the same statements,
// values, transactions and failures on SQLite and on PostgreSQL (server/pgengine.h), against a
// throw-away cluster the test starts itself. The server's code runs on either only as far as
// this contract holds.
#include "pgtestcluster.h"
#include "server/pgengine.h"
#include "store/database.h"
#include "store/sqliteerror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace outfall;

class TestStoreEngines : public QObject
{
    Q_OBJECT

    pgtest::Cluster m_cluster;
    QTemporaryDir m_dir;
    int m_opened = 0;
    std::unique_ptr<store::Database> m_db;

    bool onPostgres() const
    {
        QFETCH_GLOBAL(QString, engine);
        return engine == u"postgresql";
    }

    QString m_where; // the store this case opened: a file or a URL

    // A new empty store on the engine of this run.
    std::unique_ptr<store::Database> openFresh()
    {
        const QString name = u"s%1"_s.arg(++m_opened);
        m_where = onPostgres() ? m_cluster.createDatabase(name) : m_dir.filePath(name + u".db"_s);
        return openAgain();
    }

    // A second connection to the same store (another front-end, or the server's reader).
    std::unique_ptr<store::Database> openAgain()
    {
        if (onPostgres())
            return std::make_unique<store::Database>(std::make_unique<server::PgEngine>(m_where));
        return std::make_unique<store::Database>(m_where);
    }

    // SQL both engines read alike: bigint, double precision, text and bytea take SQLite's
    // INTEGER, REAL, TEXT and BLOB affinities.
    void createValues(store::Database &db)
    {
        db.exec(u"CREATE TABLE v (id bigint PRIMARY KEY, r double precision, s text, b bytea,"
                u" n bigint UNIQUE)"_s);
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgresql") << u"postgresql"_s;
    }

    void init()
    {
        if (onPostgres())
            PGTEST_REQUIRE(m_cluster);
        m_db = openFresh();
        createValues(*m_db);
    }

    void cleanup() { m_db.reset(); }

    void valuesComeBackAsTheyWent()
    {
        const QByteArray bytes("\x00\x01\xff binary \x00 end", 17);
        const QString text = u"排污许可 — outlet DA001 🏭"_s;
        constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
        constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
        m_db->prepare(u"INSERT INTO v (id, r, s, b, n) VALUES (?, ?, ?, ?, ?)"_s)
            .bind(1, kMax)
            .bind(2, 0.1)
            .bind(3, text)
            .bind(4, bytes)
            .bind(5, kMin)
            .exec();
        m_db->prepare(u"INSERT INTO v (id, r, s, b, n) VALUES (?, ?, ?, ?, ?)"_s)
            .bind(1, 2)
            .bind(2, -1.5e300)
            .bind(3, u""_s)
            .bind(4, QByteArray())
            .bind(5, std::optional<std::int64_t>())
            .exec();
        auto read = m_db->prepare(u"SELECT id, r, s, b, n FROM v ORDER BY id"_s);
        QVERIFY(read.step());
        QCOMPARE(read.int64(0), 2);
        QCOMPARE(read.real(1), -1.5e300);
        QVERIFY(!read.isNull(2));
        QCOMPARE(read.text(2), u""_s);
        QVERIFY(read.isNull(3));
        QVERIFY(read.isNull(4));
        QCOMPARE(read.optionalInt64(4), std::nullopt);
        QVERIFY(read.step());
        QCOMPARE(read.int64(0), kMax);
        QCOMPARE(read.real(1), 0.1);
        QCOMPARE(read.text(2), text);
        QCOMPARE(read.utf8(2), text.toUtf8());
        QCOMPARE(read.blob(3), bytes);
        QCOMPARE(read.int64(4), kMin);
        QVERIFY(!read.step());
    }

    void placeholdersAreNumberedAsSQLiteNumbersThem()
    {
        m_db->exec(u"INSERT INTO v (id, s) VALUES (1, 'a?b'), (2, 'c'), (3, 'd')"_s);
        // ?1 twice, then a bare ? that is one more than the largest so far; the ? inside the
        // literal is text.
        auto read = m_db->prepare(
            u"SELECT count(*) FROM v WHERE (id = ?1 OR id = ?1 + 1 OR id = ?) AND s <> '?'"_s);
        read.bind(1, 1).bind(2, 3);
        QVERIFY(read.step());
        QCOMPARE(read.int64(0), 3);
        QCOMPARE(QString::fromStdString(server::PgEngine::translate(
                     u"SELECT '?', \"a?\", ? -- why?\n, ?3, ? /* ? */"_s)),
            u"SELECT '?', \"a?\", $1 -- why?\n, $3, $4 /* ? */"_s);
    }

    // SQLite's scalar min/max, ifnull, json_object and INDEXED BY, which PgEngine spells as
    // PostgreSQL does, give the same answers on both engines; an aggregate min stays one.
    void sqlitesFunctionsAnswerAlikeOnBoth()
    {
        m_db->exec(u"CREATE INDEX v_n ON v(n)"_s);
        m_db->exec(u"INSERT INTO v (id, r, s, n) VALUES (1, 2.5, 'x', 10), (2, NULL, NULL, 20)"_s);
        auto read = m_db->prepare(u"SELECT max(id, ?1), min(n, 15, ?1 + 100), ifnull(s, 'none'),"
                                  u" json_object('id', id, 's', s, 'r', r), (SELECT min(n) FROM v)"
                                  u" FROM v INDEXED BY v_n WHERE n > 0 ORDER BY id"_s);
        read.bind(1, 2);
        QVERIFY(read.step());
        QCOMPARE(read.int64(0), 2);
        QCOMPARE(read.int64(1), 10);
        QCOMPARE(read.text(2), u"x"_s);
        QCOMPARE(QJsonDocument::fromJson(read.text(3).toUtf8()).object(),
            (QJsonObject {{u"id"_s, 1}, {u"s"_s, u"x"_s}, {u"r"_s, 2.5}}));
        QCOMPARE(read.int64(4), 10);
        QVERIFY(read.step());
        QCOMPARE(read.int64(0), 2);
        QCOMPARE(read.int64(1), 15);
        QCOMPARE(read.text(2), u"none"_s);
        QCOMPARE(QJsonDocument::fromJson(read.text(3).toUtf8()).object(),
            (QJsonObject {{u"id"_s, 2}, {u"s"_s, QJsonValue::Null}, {u"r"_s, QJsonValue::Null}}));
        QVERIFY(!read.step());
    }

    // SQLite's IS and IS NOT compare any two values, NULL equal to NULL (PgEngine: IS [NOT]
    // DISTINCT FROM); IS NULL, IS NOT NULL and IS TRUE stay PostgreSQL's own.
    void isAndIsNotCompareAnyTwoValuesAlikeOnBoth()
    {
        m_db->exec(u"INSERT INTO v (id, r, s) VALUES (1, 2.5, 'x'), (2, NULL, NULL)"_s);
        auto read = m_db->prepare(u"SELECT s IS ?1, s IS NOT ?1, r IS ?2, s IS NULL,"
                                  u" s IS NOT NULL, (id = 1) IS TRUE, s IS\n NOT ?1"
                                  u" FROM v ORDER BY id"_s);
        read.bind(1, u"x"_s).bind(2, nullptr);
        const QList<QList<std::int64_t>> expected {{1, 0, 0, 0, 1, 1, 0}, {0, 1, 1, 1, 0, 0, 1}};
        for (const auto &row : expected) {
            QVERIFY(read.step());
            for (int c = 0; c < row.size(); ++c)
                QCOMPARE(read.int64(c), row[c]);
        }
        QVERIFY(!read.step());
        QCOMPARE(
            QString::fromStdString(server::PgEngine::translate(
                u"SELECT a IS b, a IS NOT ?, is_open IS NULL, 'x IS y', this IS  NOT unknown"_s)),
            u"SELECT a IS NOT DISTINCT FROM b, a IS DISTINCT FROM $1, is_open IS NULL, 'x IS y',"
            u" this IS  NOT unknown"_s);
    }

    void aStatementRunsAgainWithNewBindings()
    {
        auto insert = m_db->cached(u"INSERT INTO v (id, s) VALUES (?, ?)"_s);
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(insert.bind(1, i).bind(2, u"row %1"_s.arg(i)).exec(), 1);
        insert.reset();
        auto count = m_db->prepare(u"SELECT count(*), max(s) FROM v"_s);
        QVERIFY(count.step());
        QCOMPARE(count.int64(0), 3);
        QCOMPARE(count.text(1), u"row 3"_s);
        QCOMPARE(m_db->prepare(u"UPDATE v SET r = 1.0 WHERE id >= ?"_s).bind(1, 2).exec(), 2);
        QCOMPARE(m_db->changes(), 2);
    }

    // A cached statement already lent out (a nested use of the same SQL) is not shared: the
    // inner user gets a private one and the outer one's bindings and rows stay as they were.
    void aCachedStatementInUseIsNotSharedWithANestedUser()
    {
        m_db->exec(u"INSERT INTO v (id, s) VALUES (1, 'one'), (2, 'two')"_s);
        const QString sql = u"SELECT s FROM v WHERE id = ?"_s;
        auto outer = m_db->cached(sql);
        outer.bind(1, 1);
        QVERIFY(outer.step());
        {
            auto inner = m_db->cached(sql);
            inner.bind(1, 2);
            QVERIFY(inner.step());
            QCOMPARE(inner.text(0), u"two"_s);
        }
        QCOMPARE(outer.text(0), u"one"_s);
        QVERIFY(!outer.step());
    }

    void transactionsCommitRollBackAndNest()
    {
        {
            store::Transaction t(*m_db);
            QVERIFY(m_db->inTransaction());
            m_db->exec(u"INSERT INTO v (id) VALUES (1)"_s);
            t.commit();
        }
        QVERIFY(!m_db->inTransaction());
        {
            store::Transaction abandoned(*m_db);
            m_db->exec(u"INSERT INTO v (id) VALUES (2)"_s);
        }
        {
            store::Transaction outer(*m_db);
            m_db->exec(u"INSERT INTO v (id) VALUES (3)"_s);
            {
                store::Transaction inner(*m_db); // a savepoint
                m_db->exec(u"INSERT INTO v (id) VALUES (4)"_s);
            } // rolled back: only the inner part
            {
                store::Transaction inner(*m_db);
                m_db->exec(u"INSERT INTO v (id) VALUES (5)"_s);
                inner.commit();
            }
            outer.commit();
        }
        auto ids = m_db->prepare(u"SELECT id FROM v ORDER BY id"_s);
        QList<std::int64_t> found;
        while (ids.step())
            found.append(ids.int64(0));
        QCOMPARE(found, (QList<std::int64_t> {1, 3, 5}));
    }

    // A failure names the engine's reason and the statement, with SQLite's code for what
    // callers test (a unique violation); the transaction it happened in can still roll back
    // and what was committed before stays.
    void failuresNameTheStatementAndKeepWhatWasCommitted()
    {
        m_db->exec(u"INSERT INTO v (id, n) VALUES (1, 7)"_s);
        const QString insert = u"INSERT INTO v (id, n) VALUES (?, ?)"_s;
        try {
            store::Transaction t(*m_db);
            m_db->prepare(insert).bind(1, 2).bind(2, 7).exec();
            QFAIL("a duplicate n was accepted");
        } catch (const store::SqliteError &e) {
            QCOMPARE(e.code(), SQLITE_CONSTRAINT_UNIQUE);
            QCOMPARE(e.sql(), insert);
            QVERIFY2(e.message().contains(onPostgres() ? u"duplicate key value"_s : u"UNIQUE"_s),
                qPrintable(e.message()));
        }
        try {
            m_db->prepare(u"SELECT nosuchcolumn FROM v"_s).step();
            QFAIL("a bad statement ran");
        } catch (const store::SqliteError &e) {
            QCOMPARE(e.code(), SQLITE_ERROR);
            QVERIFY2(e.message().contains(u"nosuchcolumn"_s), qPrintable(e.message()));
        }
        QVERIFY(!m_db->inTransaction());
        auto count = m_db->prepare(u"SELECT count(*) FROM v"_s);
        QVERIFY(count.step());
        QCOMPARE(count.int64(0), 1);
    }

    // Writers take turns, as on SQLite: a second connection's write transaction waits for the
    // first's, and past its busy timeout fails as busy, leaving no transaction behind; once
    // the first commits, it goes through. Readers never wait.
    void writersTakeTurnsAndAWriterThatWaitsTooLongIsBusy()
    {
        auto other = openAgain();
        other->setBusyTimeout(200);
        {
            store::Transaction holding(*m_db);
            m_db->exec(u"INSERT INTO v (id) VALUES (1)"_s);
            try {
                store::Transaction waiting(*other);
                QFAIL("a second writer got the write lock");
            } catch (const store::SqliteError &e) {
                QVERIFY2(e.busy(), qPrintable(e.message()));
            }
            QVERIFY(!other->inTransaction());
            auto read = other->prepare(u"SELECT count(*) FROM v"_s);
            QVERIFY(read.step());
            QCOMPARE(read.int64(0), 0); // not committed yet
            holding.commit();
        }
        {
            store::Transaction next(*other);
            other->exec(u"INSERT INTO v (id) VALUES (2)"_s);
            next.commit();
        }
        auto count = m_db->prepare(u"SELECT count(*) FROM v"_s);
        QVERIFY(count.step());
        QCOMPARE(count.int64(0), 2);
    }

    void theSchemaVersionAndTablesAreKnown()
    {
        QVERIFY(m_db->hasTable(u"v"_s));
        QVERIFY(!m_db->hasTable(u"nosuch"_s));
        QCOMPARE(m_db->userVersion(), 0);
        m_db->setUserVersion(28);
        QCOMPARE(m_db->userVersion(), 28);
        m_db->setUserVersion(29);
        QCOMPARE(m_db->userVersion(), 29);
    }

    // A store that cannot be opened says which and why, on either engine (a PostgreSQL URL
    // without its password).
    void aDatabaseThatCannotBeOpenedSaysWhy()
    {
        QTemporaryDir nowhere;
        const QString where = onPostgres()
            ? u"postgresql://u:pw@/none?host=%1&connect_timeout=2"_s.arg(nowhere.path())
            : nowhere.filePath(u"no/such/dir/store.db"_s);
        try {
            if (onPostgres())
                server::PgEngine engine(where);
            else
                store::Database db(where);
            QFAIL("opened nothing");
        } catch (const store::SqliteError &e) {
            QCOMPARE(e.code(), SQLITE_CANTOPEN);
            const QString shown = onPostgres()
                ? u"cannot open PostgreSQL postgresql://u:***@/none?host=%1"_s.arg(nowhere.path())
                : u"cannot open database "_s + where;
            QVERIFY2(e.message().startsWith(shown), qPrintable(e.message()));
            QVERIFY(!e.message().contains(u"pw@"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreEngines)
#include "tst_storeengines.moc"
