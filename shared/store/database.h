#pragma once

#include "store/engine.h"
#include "store/statement.h"

#include <QHashFunctions>
#include <QString>

#include <chrono>
#include <memory>
#include <unordered_map>

struct sqlite3;

namespace outfall::store {

// RAII owner of one SQLite connection. Not thread-safe: one Database per thread.
//
// Statements from cached() are compiled once and lent out; if the same SQL is
// already lent (a nested use), a private statement is prepared instead, so a
// caller never sees another caller's bindings.
class Database
{
public:
    enum class Durability {
        Normal, // WAL + synchronous=NORMAL: survives a crash of the process
        Full, // WAL + synchronous=FULL: also survives power loss (evidence)
    };

    // Opens (creating if needed) the database file. ":memory:" for tests.
    explicit Database(const QString &path, Durability durability = Durability::Full);
    // A store on another engine (store/engine.h): everything below forwards to it; handle()
    // is null.
    explicit Database(std::unique_ptr<Engine> engine);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }

    // Runs one or more statements without results.
    void exec(const QString &sql);
    Statement prepare(const QString &sql);
    Statement cached(const QString &sql);

    std::int64_t lastInsertRowId() const;
    int changes() const;
    // How long a statement waits for another connection's lock before failing with
    // SQLITE_BUSY (5 s unless set).
    void setBusyTimeout(int milliseconds);

    int userVersion();
    void setUserVersion(int version);
    bool inTransaction() const;
    // Whether a failed statement spoils the whole transaction (PostgreSQL), where SQLite
    // undoes that statement alone: code that goes on after a failure takes a savepoint first
    // (Transaction nested), on this engine only, since on SQLite it would be a cost for nothing.
    bool failedStatementAbortsTransaction() const;
    // Whether the store has this table: the server's tables are not on a device, and a store
    // may predate a migration.
    bool hasTable(const QString &name);

    sqlite3 *handle() const { return m_db; }
    // The other engine this store is on; null for SQLite.
    Engine *engine() const { return m_engine.get(); }

private:
    struct CachedStatement
    {
        sqlite3_stmt *stmt = nullptr;
        bool lent = false;
    };

    sqlite3_stmt *compile(const QString &sql);
    static int onBusy(void *self, int tries);

    QString m_path;
    sqlite3 *m_db = nullptr;
    int m_busyTimeoutMs = 0;
    std::chrono::steady_clock::time_point m_busySince;
    struct SqlHash
    {
        std::size_t operator()(const QString &sql) const noexcept { return qHash(sql); }
    };

    // Keyed by the QString itself: callers pass literals, so a lookup hashes the text
    // without converting it to UTF-8 or allocating (this runs several times per synced op).
    std::unordered_map<QString, std::unique_ptr<CachedStatement>, SqlHash> m_cache;

    struct CachedEngineStatement
    {
        std::unique_ptr<EngineStatement> statement;
        bool lent = false;
    };
    std::unique_ptr<Engine> m_engine;
    std::unordered_map<QString, std::unique_ptr<CachedEngineStatement>, SqlHash> m_engineCache;
};

// Scope guard for a transaction: BEGIN IMMEDIATE on construction, ROLLBACK on
// destruction unless commit() was called. IMMEDIATE takes the write lock at once,
// so a writer never fails half-way with SQLITE_BUSY on lock upgrade.
//
// Inside an open transaction it is a SAVEPOINT instead, so that a unit of work made of
// several repository writes (each with its own Transaction) commits as one: the outer
// commit decides, and an inner failure rolls back only its own part.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_db;
    bool m_open = true;
    bool m_nested = false;
};

} // namespace outfall::store
