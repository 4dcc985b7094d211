// The SQLite wrapper: binding and reading every type, the statement cache under
// nested use, transactions as scope guards, and errors that name the statement.
#include "domain/uuidv7.h"
#include "store/database.h"
#include "store/sqliteerror.h"

#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace Qt::StringLiterals;
using namespace outfall::store;
using outfall::domain::UuidV7Generator;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    static qint64 countRows(Database &db)
    {
        auto stmt = db.prepare(u"SELECT count(*) FROM t"_s);
        return stmt.step() ? stmt.int64(0) : -1;
    }

private Q_SLOTS:
    void bindAndReadEveryType()
    {
        Database db(u":memory:"_s);
        db.exec(u"CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)"_s);
        const QByteArray blob("\x00\x01\xff", 3);
        db.prepare(u"INSERT INTO t VALUES (?, ?, ?, ?, ?)"_s)
            .bind(1, std::int64_t(1) << 40)
            .bind(2, 2.5)
            .bind(3, u"深圳 ✓"_s)
            .bind(4, blob)
            .bind(5, QString())
            .exec();
        auto stmt = db.prepare(u"SELECT i, r, s, b, n FROM t"_s);
        QVERIFY(stmt.step());
        QCOMPARE(stmt.int64(0), std::int64_t(1) << 40);
        QCOMPARE(stmt.real(1), 2.5);
        QCOMPARE(stmt.text(2), u"深圳 ✓"_s);
        QCOMPARE(stmt.blob(3), blob);
        QVERIFY(stmt.isNull(4));
        QCOMPARE(stmt.optionalReal(4), std::nullopt);
        QVERIFY(!stmt.step());
    }

    void optionalBindsNull()
    {
        Database db(u":memory:"_s);
        db.exec(u"CREATE TABLE t (x REAL)"_s);
        db.prepare(u"INSERT INTO t VALUES (?)"_s).bind(1, std::optional<double>()).exec();
        db.prepare(u"INSERT INTO t VALUES (?)"_s).bind(1, std::optional<double>(4.0)).exec();
        auto stmt = db.prepare(u"SELECT x FROM t ORDER BY rowid"_s);
        QVERIFY(stmt.step());
        QVERIFY(stmt.isNull(0));
        QVERIFY(stmt.step());
        QCOMPARE(stmt.optionalReal(0), std::optional<double>(4.0));
    }

    void cachedStatementIsReusedAndNestedUseGetsItsOwn()
    {
        Database db(u":memory:"_s);
        db.exec(u"CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2), (3)"_s);
        const QString sql = u"SELECT x FROM t WHERE x >= ? ORDER BY x"_s;
        {
            auto outer = db.cached(sql);
            outer.bind(1, 2);
            QVERIFY(outer.step());
            QCOMPARE(outer.integer(0), 2);
            // While `outer` is lent out, the same SQL must not hand back its bindings/cursor.
            auto inner = db.cached(sql);
            inner.bind(1, 1);
            QVERIFY(inner.step());
            QCOMPARE(inner.integer(0), 1);
            QVERIFY(outer.step());
            QCOMPARE(outer.integer(0), 3);
        }
        // Returned to the cache reset and unbound: a fresh use starts from the first row.
        auto again = db.cached(sql);
        again.bind(1, 1);
        QVERIFY(again.step());
        QCOMPARE(again.integer(0), 1);
    }

    void transactionRollsBackUnlessCommitted()
    {
        Database db(u":memory:"_s);
        db.exec(u"CREATE TABLE t (x INTEGER)"_s);
        {
            Transaction tx(db);
            db.exec(u"INSERT INTO t VALUES (1)"_s);
            QVERIFY(db.inTransaction());
        }
        QVERIFY(!db.inTransaction());
        QCOMPARE(countRows(db), 0);
        {
            Transaction tx(db);
            db.exec(u"INSERT INTO t VALUES (1)"_s);
            tx.commit();
        }
        QCOMPARE(countRows(db), 1);
    }

    void nestedTransactionIsPartOfTheOuterOne()
    {
        Database db(u":memory:"_s);
        db.exec(u"CREATE TABLE t (x INTEGER)"_s);
        {
            Transaction outer(db);
            {
                Transaction inner(db);
                db.exec(u"INSERT INTO t VALUES (1)"_s);
                inner.commit();
            }
            {
                Transaction failed(db);
                db.exec(u"INSERT INTO t VALUES (2)"_s);
            }
            QVERIFY(db.inTransaction());
            QCOMPARE(countRows(db), 1); // only the failed inner part is gone
        }
        QCOMPARE(countRows(db), 0); // the outer one was not committed: neither stays
        {
            Transaction outer(db);
            Transaction inner(db);
            db.exec(u"INSERT INTO t VALUES (3)"_s);
            inner.commit();
            outer.commit();
        }
        QCOMPARE(countRows(db), 1);
    }

    void exceptionInsideTransactionLeavesNothing()
    {
        Database db(u":memory:"_s);
        db.exec(u"CREATE TABLE t (x INTEGER NOT NULL)"_s);
        try {
            Transaction tx(db);
            db.exec(u"INSERT INTO t VALUES (1)"_s);
            db.exec(u"INSERT INTO t VALUES (NULL)"_s);
            tx.commit();
            QFAIL("NOT NULL was not enforced");
        } catch (const SqliteError &e) {
            QVERIFY2(e.message().contains(u"NOT NULL"_s), e.what());
        }
        QCOMPARE(countRows(db), 0);
    }

    void errorNamesTheStatement()
    {
        Database db(u":memory:"_s);
        try {
            db.prepare(u"SELECT nope FROM missing_table"_s);
            QFAIL("bad SQL was accepted");
        } catch (const SqliteError &e) {
            QVERIFY(e.message().contains(u"missing_table"_s));
            QCOMPARE(e.sql(), u"SELECT nope FROM missing_table"_s);
        }
    }

    void fileStoreUsesWalAndSurvivesReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.db"_s);
        {
            Database db(path);
            auto mode = db.prepare(u"PRAGMA journal_mode"_s);
            QVERIFY(mode.step());
            QCOMPARE(mode.text(0), u"wal"_s);
            auto sync = db.prepare(u"PRAGMA synchronous"_s);
            QVERIFY(sync.step());
            QCOMPARE(sync.integer(0), 2); // FULL
            db.exec(u"CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (7)"_s);
        }
        Database reopened(path, Database::Durability::Normal);
        QCOMPARE(countRows(reopened), 1);
    }

    void unopenablePathIsAClearError()
    {
        try {
            Database db(u"/nonexistent-dir/x/y.db"_s);
            QFAIL("opened a database in a directory that does not exist");
        } catch (const SqliteError &e) {
            QVERIFY2(e.message().contains(u"/nonexistent-dir/x/y.db"_s), e.what());
        }
    }

    void uuidV7IsValidUniqueAndOrdered()
    {
        std::int64_t now = 1'700'000'000'000;
        UuidV7Generator ids([&now] { return now; }, 42);
        std::set<QString> seen;
        QString previous;
        for (int i = 0; i < 5000; ++i) {
            if (i % 1000 == 0)
                ++now; // many ids share a millisecond; order must still hold
            const QString id = ids.next();
            QVERIFY2(UuidV7Generator::isValid(id), qPrintable(id));
            QVERIFY(seen.insert(id).second);
            QVERIFY2(id > previous, qPrintable(id + u" <= "_s + previous));
            previous = id;
        }
        QCOMPARE(UuidV7Generator::timestampMs(previous), now);
        UuidV7Generator same([] { return std::int64_t(1'700'000'000'000); }, 42);
        UuidV7Generator again([] { return std::int64_t(1'700'000'000'000); }, 42);
        QCOMPARE(same.next(), again.next()); // deterministic from the seed
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
