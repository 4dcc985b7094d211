#include "server/serverkeys.h"

#include "server/deviceregistry.h"
#include "store/privatefile.h"
#include "sync/supervisorcredential.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::server {

QString ServerKeys::secretKeyPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"server.key"_s);
}

QString ServerKeys::publicKeyPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"server.pub"_s);
}

QString ServerKeys::credentialPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"supervisor.credential"_s);
}

void ServerKeys::create(const QString &dataDir, store::Database &db)
{
    if (QFile::exists(secretKeyPath(dataDir)))
        throw std::runtime_error(secretKeyPath(dataDir).toStdString() + " exists already");
    const auto server = sync::CurveKeyPair::generate();
    sync::CurveKeyPair::writeKeyFile(secretKeyPath(dataDir), server.secretKey, true);
    sync::CurveKeyPair::writeKeyFile(publicKeyPath(dataDir), server.publicKey, false);
    issueCredential(dataDir, db, credentialPath(dataDir));
}

void ServerKeys::issueCredential(const QString &dataDir, store::Database &db, const QString &path)
{
    if (QFileInfo::exists(path))
        throw std::runtime_error(path.toStdString() + " exists already; choose another file");
    const QByteArray serverPublicKey = sync::CurveKeyPair::readKeyFile(publicKeyPath(dataDir));
    const auto admin = sync::CurveKeyPair::generate();
    // The file first: a key registered without its file would be an admin nobody holds.
    store::PrivateFile::write(path, sync::SupervisorCredential {serverPublicKey, admin}.toJson());
    try {
        DeviceRegistry(db).registerAdmin(QString::fromLatin1(admin.publicKey));
    } catch (...) {
        QFile::remove(path);
        throw;
    }
}

sync::CurveKeyPair ServerKeys::load(const QString &dataDir)
{
    return {sync::CurveKeyPair::readKeyFile(publicKeyPath(dataDir)),
        sync::CurveKeyPair::readKeyFile(secretKeyPath(dataDir))};
}

} // namespace outfall::server
