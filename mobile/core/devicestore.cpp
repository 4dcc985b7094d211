#include "core/devicestore.h"

#include "store/migrator.h"
#include "store/privatefile.h"

#include <QDir>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::mobile {

DeviceStore::DeviceStore(const QString &profileDir)
    : m_profileDir(profileDir)
{
    if (!QDir().mkpath(profileDir))
        throw std::runtime_error(
            "cannot create device profile directory " + profileDir.toStdString());
    // The store holds this device's CURVE secret key: its owner's alone, whatever the umask.
    store::PrivateFile::prepareDatabase(databasePath(profileDir));
    m_db = std::make_unique<store::Database>(databasePath(profileDir));
    store::Migrator::migrate(*m_db, store::StoreRole::Device);
}

QString DeviceStore::databasePath(const QString &profileDir)
{
    return QDir(profileDir).filePath(u"device.db"_s);
}

} // namespace outfall::mobile
