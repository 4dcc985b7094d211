#pragma once

#include <QList>
#include <QString>

namespace outfall::store {

class Database;

// Which program owns a store. The entity schema is shared; each role adds its own
// bookkeeping tables through migrations tagged `.server.sql` or `.device.sql`.
enum class StoreRole { Server, Device };

// Applies the numbered migrations compiled in from shared/store/migrations/.
// A migration file is NNNN_name.sql (both roles), NNNN_name.server.sql or
// NNNN_name.device.sql. The schema version is PRAGMA user_version; every migration
// runs in its own transaction together with the version bump, so a crash leaves
// the store at the previous version, never half-way. A store on another engine
// (store/engine.h: PostgreSQL) runs the same migrations in its dialect (postgresSql).
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
        bool forServer = true;
        bool forDevice = true;
    };

    static QList<Migration> available();
    static int latestVersion();

    // Migrates to `target` (default: latest). Returns the number of migrations run.
    // Throws SqliteError on SQL failure and std::runtime_error when the store is
    // newer than this program.
    static int migrate(Database &db, StoreRole role, int target = -1);

    // A migration as a store on PostgreSQL runs it: its own file in
    // store/migrations-postgresql/ when there is one, else translated (store/pgdialect.h).
    static QString postgresSql(const Migration &migration);

private:
    static QString read(const QString &resourcePath);
};

} // namespace outfall::store
