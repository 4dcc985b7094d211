#include "store/database.h"

#include "store/sqliteerror.h"

#include <sqlite3.h>
#include <stdexcept>
#include <thread>

using namespace Qt::StringLiterals;

namespace outfall::store {

namespace {

// SQLite's default memory statistics take a process-wide mutex on every allocation: a few per
// cent of a push. Nothing here reads them. Must run before SQLite initialises; later calls
// return SQLITE_MISUSE and change nothing, which is fine.
void configureSqliteOnce()
{
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    (void)configured;
}

} // namespace

Database::Database(const QString &path, Durability durability)
    : m_path(path)
{
    configureSqliteOnce();
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message =
            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw SqliteError(rc, u"cannot open database "_s + path + u": "_s + message);
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Another connection (the server's readers, a second process) may hold the lock briefly.
    setBusyTimeout(5000);
    exec(u"PRAGMA foreign_keys = ON"_s);
    if (path != u":memory:") {
        exec(u"PRAGMA journal_mode = WAL"_s);
    }
    exec(durability == Durability::Full ? u"PRAGMA synchronous = FULL"_s
                                        : u"PRAGMA synchronous = NORMAL"_s);
    // Up to 32 MiB of page cache (the default is 2 MiB): a 5,000-op push transaction touched
    // more pages than that, and SQLite spilled dirty pages to the WAL mid-transaction, writing
    // many of them twice. The cache grows only as pages are used.
    exec(u"PRAGMA cache_size = -32768"_s);
    // Statement journals and temporary indexes in memory, never in a temporary file.
    exec(u"PRAGMA temp_store = MEMORY"_s);
}

Database::Database(std::unique_ptr<Engine> engine)
    : m_path(engine->describe())
    , m_engine(std::move(engine))
{ }

// SQLite's own busy timeout sleeps longer and longer between tries (up to 100 ms a sleep). A
// writer beside a chunked import (importer/importchunks.h) would then sleep through the
// moment the import lets go of the lock between two chunks, and wait for the next moment, or
// fail. This one looks every millisecond until the timeout.
int Database::onBusy(void *self, int tries)
{
    auto *db = static_cast<Database *>(self);
    const auto now = std::chrono::steady_clock::now();
    if (tries == 0)
        db->m_busySince = now;
    if (now - db->m_busySince >= std::chrono::milliseconds(db->m_busyTimeoutMs))
        return 0;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return 1;
}

void Database::setBusyTimeout(int milliseconds)
{
    if (m_engine)
        return m_engine->setBusyTimeout(milliseconds);
    m_busyTimeoutMs = milliseconds;
    sqlite3_busy_handler(m_db, milliseconds > 0 ? &Database::onBusy : nullptr, this);
}

Database::~Database()
{
    for (auto &[sql, entry] : m_cache)
        sqlite3_finalize(entry->stmt);
    m_cache.clear();
    m_engineCache.clear(); // before the engine they belong to
    m_engine.reset();
    if (m_db)
        sqlite3_close_v2(m_db);
}

sqlite3_stmt *Database::compile(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(
        m_db, utf8.constData(), static_cast<int>(utf8.size()), 0, &stmt, nullptr);
    if (rc != SQLITE_OK)
        throw SqliteError(
            sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)), sql);
    return stmt;
}

void Database::exec(const QString &sql)
{
    if (m_engine)
        return m_engine->exec(sql);
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : sqlite3_errstr(rc));
        sqlite3_free(error);
        throw SqliteError(sqlite3_extended_errcode(m_db), message, sql.left(200));
    }
}

Statement Database::prepare(const QString &sql)
{
    if (m_engine)
        return Statement(m_engine->prepare(sql).release(), true);
    return Statement(m_db, compile(sql));
}

Statement Database::cached(const QString &sql)
{
    if (m_engine) {
        auto found = m_engineCache.find(sql);
        if (found == m_engineCache.end()) {
            auto entry = std::make_unique<CachedEngineStatement>();
            entry->statement = m_engine->prepare(sql);
            found = m_engineCache.emplace(sql, std::move(entry)).first;
        }
        CachedEngineStatement &entry = *found->second;
        if (entry.lent)
            return prepare(sql);
        entry.lent = true;
        return Statement(entry.statement.get(), false, &entry.lent);
    }
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        auto entry = std::make_unique<CachedStatement>();
        entry->stmt = compile(sql);
        it = m_cache.emplace(sql, std::move(entry)).first;
    }
    CachedStatement &entry = *it->second;
    if (entry.lent)
        return prepare(sql);
    entry.lent = true;
    return Statement(m_db, entry.stmt, &entry.lent);
}

std::int64_t Database::lastInsertRowId() const
{
    if (m_engine)
        throw std::logic_error("lastInsertRowId: SQLite only; use RETURNING");
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    if (m_engine)
        return m_engine->changes();
    return sqlite3_changes(m_db);
}

int Database::userVersion()
{
    if (m_engine)
        return m_engine->userVersion();
    Statement stmt = prepare(u"PRAGMA user_version"_s);
    return stmt.step() ? stmt.integer(0) : 0;
}

void Database::setUserVersion(int version)
{
    if (m_engine)
        return m_engine->setUserVersion(version);
    exec(u"PRAGMA user_version = "_s + QString::number(version));
}

bool Database::inTransaction() const
{
    if (m_engine)
        return m_engine->inTransaction();
    return sqlite3_get_autocommit(m_db) == 0;
}

bool Database::failedStatementAbortsTransaction() const
{
    return m_engine && m_engine->failedStatementAbortsTransaction();
}

bool Database::hasTable(const QString &name)
{
    if (m_engine)
        return m_engine->hasTable(name);
    auto table = cached(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
    table.bind(1, name);
    const bool found = table.step();
    table.reset();
    return found;
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_nested(db.inTransaction())
{
    // Savepoints nest by name like a stack, so one name serves every level.
    m_db.exec(m_nested ? u"SAVEPOINT outfall_nested"_s : u"BEGIN IMMEDIATE"_s);
}

Transaction::~Transaction()
{
    if (m_open) {
        try {
            m_db.exec(
                m_nested ? u"ROLLBACK TO outfall_nested; RELEASE outfall_nested"_s : u"ROLLBACK"_s);
        } catch (...) {
            // A failed rollback leaves SQLite to roll back when the connection closes.
        }
    }
}

void Transaction::commit()
{
    m_db.exec(m_nested ? u"RELEASE outfall_nested"_s : u"COMMIT"_s);
    m_open = false;
}

} // namespace outfall::store
