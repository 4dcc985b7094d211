#pragma once

#include "store/database.h"

#include <QString>

#include <memory>

namespace outfall::server {

// The server's data directory: DIR/outfall.db (SQLite, WAL) and, later, keys.
// Opening migrates the store to the latest schema.
class ServerStore
{
public:
    static QString databasePath(const QString &dataDir);

    // Creates DIR if needed and a fresh, migrated store in it. Fails if one exists.
    static std::unique_ptr<store::Database> initialise(const QString &dataDir);
    // Opens an existing store, migrating it if this program is newer.
    static std::unique_ptr<store::Database> open(const QString &dataDir);
    // The store in a PostgreSQL database (server/pgengine.h), migrated if this program is
    // newer; fails if the database holds no store (issue 14 part 1: init and summary --db).
    static std::unique_ptr<store::Database> openPostgres(const QString &url);
    // The store of a command line: in PostgreSQL at dbUrl when one is given, else in DIR.
    static std::unique_ptr<store::Database> open(const QString &dataDir, const QString &dbUrl);
    // A new store in the PostgreSQL database at `url` (empty: no store there yet), with DIR
    // made for the front-end's keys. Fails if the database holds a store already.
    static std::unique_ptr<store::Database> initialisePostgres(
        const QString &dataDir, const QString &url);
};

} // namespace outfall::server
