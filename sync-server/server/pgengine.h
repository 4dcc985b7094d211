#pragma once

#include "store/engine.h"

#include <memory>
#include <string>

namespace outfall::server {

// The server's store on PostgreSQL through libpqxx (issue 14 part 1): store::Database and
// store::Statement forward here when opened with Database(std::make_unique<PgEngine>(url)).
//
// SQL is written once for both engines where the two agree, which is most of it; this engine
// changes only what cannot be written alike: placeholders (`?` and `?N` become `$N`, outside
// string literals, quoted names and comments) and `BEGIN IMMEDIATE`, which takes the store's
// one write lock as SQLite's does (an advisory lock shared by every front-end of the
// database, held to commit; waiting longer than the busy timeout fails as SQLITE_BUSY). So the
// server's code, written for one writer at a time, stays correct with several front-ends.
// Parameters go as text (bytes as binary), so PostgreSQL infers each one's type from where it is
// used, as SQLite's affinity does. Failures become store::SqliteError with the nearest SQLite code
// (docs/decisions.md, "PostgreSQL through libpqxx") and "PostgreSQL: " before the server's own
// message.
//
// A connection that breaks (PostgreSQL restarted, a failover to a standby behind a multi-host
// URL, a network cut) fails what was running on it as SQLITE_IOERR, and the transaction it was
// in, if any, is gone: every statement until the caller's ROLLBACK fails the same way, so no
// half of a transaction is ever written as if it were whole. Outside a transaction, a
// connection the server closed while it was idle is found before a statement is sent on it
// (its socket has something to read) and made again, as is one that broke before; each
// statement is prepared again on first use. A front-end goes on serving without a restart.
class PgEngine final : public store::Engine
{
public:
    // Throws store::SqliteError (SQLITE_CANTOPEN) naming the URL without its password and
    // PostgreSQL's reason.
    explicit PgEngine(const QString &url);
    ~PgEngine() override;

    QString describe() const override;
    void exec(const QString &sql) override;
    std::unique_ptr<store::EngineStatement> prepare(const QString &sql) override;
    int changes() const override { return m_changes; }
    bool inTransaction() const override { return m_inTransaction; }
    bool failedStatementAbortsTransaction() const override { return true; }
    void setBusyTimeout(int milliseconds) override;
    bool hasTable(const QString &name) override;
    int userVersion() override;
    void setUserVersion(int version) override;

    // `sql` with SQLite's placeholders as PostgreSQL's; parameters: how many it takes.
    static std::string translate(const QString &sql, int *parameters = nullptr);

private:
    friend class PgStatement;
    struct Connection;

    // Connects (again): the session's settings set, every statement to be prepared again.
    void connect();
    // Whether the server closed the connection since the last statement.
    bool closedWhileIdle() const;
    // A connection that broke is made again here, outside a transaction; inside one, fails.
    void ensureConnected(const QString &sql);
    // Throws the exception in flight as SqliteError; a broken connection is noted first.
    [[noreturn]] void fail(const QString &sql);

    std::unique_ptr<Connection> m_connection;
    std::string m_url;
    QString m_where;
    int m_lockTimeoutMs = 5000; // SQLite's default busy timeout
    bool m_broken = false;
    int m_generation = 0; // which connection: a statement prepared on an earlier one is not here
    int m_changes = 0;
    bool m_inTransaction = false;
    int m_nextStatement = 0;
};

} // namespace outfall::server
