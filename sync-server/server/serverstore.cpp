#include "server/serverstore.h"

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

} // namespace outfall::server
