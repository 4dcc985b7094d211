#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <memory>

namespace outfall::store {

// A store on an engine other than SQLite: what Database and Statement forward to when they
// were opened on one (the server's PostgreSQL, server/pgengine.h; issue 14). It is declared
// here and implemented outside this library, so the app never links a PostgreSQL client.
//
// The contract is SQLite's, as Database and Statement present it: statements bind by 1-based
// index (`?` in order or `?N`), step row by row, and report failures as SqliteError with the
// nearest SQLite result code (a unique violation is SQLITE_CONSTRAINT_UNIQUE, a lock timeout
// SQLITE_BUSY), so callers that test for them work on both. tst_storeengines runs the same
// cases on each engine.
class EngineStatement
{
public:
    virtual ~EngineStatement() = default;

    virtual void bindNull(int index) = 0;
    virtual void bindInt64(int index, std::int64_t value) = 0;
    virtual void bindReal(int index, double value) = 0;
    virtual void bindText(int index, const QString &value) = 0;
    virtual void bindBlob(int index, const QByteArray &value) = 0;

    // Runs the statement at the first call after a rewind, then moves to the next row.
    virtual bool step() = 0;
    // Rows the last run changed.
    virtual int changes() const = 0;

    virtual bool isNull(int column) const = 0;
    virtual std::int64_t int64(int column) const = 0;
    virtual double real(int column) const = 0;
    // The column's text as UTF-8, valid until the next step or rewind.
    virtual QByteArrayView utf8(int column) const = 0;
    virtual QByteArray blob(int column) const = 0;

    // Ready to run again with the same bindings.
    virtual void rewind() = 0;
    virtual void clearBindings() = 0;
    virtual QString sql() const = 0;
};

class Engine
{
public:
    virtual ~Engine() = default;

    // Where the store is, for messages (a URL without its password).
    virtual QString describe() const = 0;
    // One or more statements without results. BEGIN IMMEDIATE means "begin a transaction that
    // will write": it takes the store's write lock at once, as SQLite's does.
    virtual void exec(const QString &sql) = 0;
    virtual std::unique_ptr<EngineStatement> prepare(const QString &sql) = 0;
    virtual int changes() const = 0;
    virtual bool inTransaction() const = 0;
    // Whether a failed statement spoils its whole transaction (PostgreSQL) rather than undoing
    // itself alone (SQLite): callers that go on after a failure take a savepoint first.
    virtual bool failedStatementAbortsTransaction() const = 0;
    // How long to wait for another connection's write lock before failing as SQLITE_BUSY.
    virtual void setBusyTimeout(int milliseconds) = 0;
    virtual bool hasTable(const QString &name) = 0;
    // The schema version the migrations reached (SQLite's user_version).
    virtual int userVersion() = 0;
    virtual void setUserVersion(int version) = 0;
};

} // namespace outfall::store
