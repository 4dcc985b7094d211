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
};

} // namespace outfall::server
