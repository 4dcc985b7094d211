#include "server/serverkeys.h"

#include "server/deviceregistry.h"
#include "store/privatefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

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
    QJsonObject credential;
    credential.insert(u"server_public_key"_s, QString::fromLatin1(serverPublicKey));
    credential.insert(u"public_key"_s, QString::fromLatin1(admin.publicKey));
    credential.insert(u"secret_key"_s, QString::fromLatin1(admin.secretKey));
    // The file first: a key registered without its file would be an admin nobody holds.
    store::PrivateFile::write(path, QJsonDocument(credential).toJson());
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

ServerKeys::Credential ServerKeys::readCredential(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read credential file " + path.toStdString());
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    Credential credential {object.value(u"server_public_key"_s).toString().toLatin1(),
        {object.value(u"public_key"_s).toString().toLatin1(),
            object.value(u"secret_key"_s).toString().toLatin1()}};
    if (credential.serverPublicKey.size() != 40 || !credential.keys.isValid())
        throw std::runtime_error(path.toStdString()
            + " is not a supervisor credential (server_public_key, public_key, secret_key)");
    return credential;
}

} // namespace outfall::server
