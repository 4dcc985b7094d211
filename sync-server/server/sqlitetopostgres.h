#pragma once

#include "server/tabledigest.h"
#include "store/database.h"

#include <QList>
#include <QString>

#include <functional>

namespace outfall::server {

class BlobBytes;

// `outfall-server migrate --from-sqlite DIR --db URL` (issue 14 part 3): the server's store
// moved from its SQLite file to a PostgreSQL database that holds a freshly migrated store of
// the same schema version, and then verified.
//
// Every table the SQLite store has is copied, parents before children, in one PostgreSQL
// transaction (a failure leaves no row behind) with the tables' triggers off: the rows are
// carried as they are, and the change log, history and counters they wrote on SQLite come
// with them rather than being written a second time. The identity columns' next numbers are
// set past the copied rows. SQLite is read in one read transaction, so the copy and its check
// see one state of the store even if something writes to it meanwhile (the server should be
// stopped: what it writes after that state is not carried).
//
// Verified by each table's row count and TableDigest on both engines. A value PostgreSQL's
// column cannot hold as it is (text in a bigint column, which SQLite allows) stops the copy,
// naming the table, the row and the column, rather than being changed on the way.
class SqliteToPostgres
{
public:
    struct Result
    {
        QList<TableDigest> sqlite;
        QList<TableDigest> postgres;
        // One line per table whose count or digest differs; empty when the copy is verified.
        QStringList differences;
    };
    // Told as a table is copied (every kProgressRows rows) and once it is done: its name, the
    // rows copied so far and the rows it has.
    using Progress = std::function<void(
        const QString &table, std::int64_t copied, std::int64_t rows, bool done)>;
    static constexpr std::int64_t kProgressRows = 100'000;

    SqliteToPostgres(store::Database &sqlite, store::Database &postgres);

    Result run(const Progress &progress = {});

    // The tables to carry, with their PostgreSQL column kinds, parents before children.
    // Throws naming a table or column one engine has and the other has not.
    QList<TableShape> shapes();

    // The lines naming what differs between two sets of digests of the same tables.
    static QStringList differences(const QList<TableDigest> &a, const QList<TableDigest> &b);

    // Puts every photo the store lists (its `blob` table) into `to`, from `from`; photos `to`
    // holds whole already are left. Returns the photos copied. Throws naming a photo that
    // `from` does not hold, or whose bytes do not hash to its name.
    static std::int64_t copyBlobs(store::Database &sqlite, BlobBytes &from, BlobBytes &to);

private:
    void copyTable(const TableShape &table, const Progress &progress);
    void restartIdentities();

    store::Database &m_sqlite;
    store::Database &m_postgres;
};

} // namespace outfall::server
