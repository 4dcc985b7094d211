#include "server/serverkeys.h"

#include "server/deviceregistry.h"

#include <QDir>
#include <QFile>
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

    const auto admin = sync::CurveKeyPair::generate();
    DeviceRegistry(db).registerAdmin(QString::fromLatin1(admin.publicKey));
    QJsonObject credential;
    credential.insert(u"server_public_key"_s, QString::fromLatin1(server.publicKey));
    credential.insert(u"public_key"_s, QString::fromLatin1(admin.publicKey));
    credential.insert(u"secret_key"_s, QString::fromLatin1(admin.secretKey));
    QFile file(credentialPath(dataDir));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error("cannot write " + file.fileName().toStdString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(credential).toJson());
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
