#include "server/serverstore.h"

#include "store/migrator.h"

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
    if (!QDir().mkpath(dataDir))
        throw std::runtime_error("cannot create data directory " + dataDir.toStdString());
    const QString path = databasePath(dataDir);
    if (QFileInfo::exists(path))
        throw std::runtime_error("a store already exists at " + path.toStdString()
            + "; use another --data directory or remove it");
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
    auto db = std::make_unique<store::Database>(path);
    store::Migrator::migrate(*db, store::StoreRole::Server);
    return db;
}

} // namespace outfall::server
