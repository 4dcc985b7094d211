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

    std::unique_ptr<Connection> m_connection;
    QString m_where;
    int m_changes = 0;
    bool m_inTransaction = false;
    int m_nextStatement = 0;
};

} // namespace outfall::server
