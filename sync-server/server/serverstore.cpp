#include "server/serverstore.h"

#include "server/pgengine.h"
#include "store/migrator.h"
#include "store/privatefile.h"

#include <QDir>
#include <QFileInfo>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::server {

QString ServerStore::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"outfall.db"_s);
}

std::unique_ptr<store::Database> ServerStore::initialise(const QString &dataDir)
{
    // A directory made here is its owner's alone (0700): the store, keys and photos.
    store::PrivateFile::prepareDirectory(dataDir);
    const QString path = databasePath(dataDir);
    if (QFileInfo::exists(path))
        throw std::runtime_error("a store already exists at " + path.toStdString()
            + "; use another --data directory or remove it");
    store::PrivateFile::prepareDatabase(path);
    auto db = std::make_unique<store::Database>(path);
    store::Migrator::migrate(*db, store::StoreRole::Server);
    return db;
}

std::unique_ptr<store::Database> ServerStore::open(const QString &dataDir)
{
    const QString path = databasePath(dataDir);
    if (!QFileInfo::exists(path))
        throw std::runtime_error("no store at " + path.toStdString()
            + "; run `outfall-server init --data " + dataDir.toStdString() + "` first");
    store::PrivateFile::prepareDatabase(path); // narrows a store made before it was 0600
    auto db = std::make_unique<store::Database>(path);
    store::Migrator::migrate(*db, store::StoreRole::Server);
    return db;
}

std::unique_ptr<store::Database> ServerStore::open(const QString &dataDir, const QString &dbUrl)
{
    return dbUrl.isEmpty() ? open(dataDir) : openPostgres(dbUrl);
}

std::unique_ptr<store::Database> ServerStore::initialisePostgres(
    const QString &dataDir, const QString &url)
{
    store::PrivateFile::prepareDirectory(dataDir);
    auto db = std::make_unique<store::Database>(std::make_unique<PgEngine>(url));
    if (const int version = db->userVersion(); version > 0)
        throw std::runtime_error("a store already exists in " + db->path().toStdString()
            + " (schema version " + std::to_string(version)
            + "); use another database, or `summary --db` to see it");
    store::Migrator::migrate(*db, store::StoreRole::Server);
    return db;
}

std::unique_ptr<store::Database> ServerStore::openPostgres(const QString &url)
{
    auto db = std::make_unique<store::Database>(std::make_unique<PgEngine>(url));
    if (db->userVersion() == 0)
        throw std::runtime_error("no store in " + db->path().toStdString()
            + "; run `outfall-server init --data DIR --db URL` first");
    store::Migrator::migrate(*db, store::StoreRole::Server);
    return db;
}

} // namespace outfall::server
