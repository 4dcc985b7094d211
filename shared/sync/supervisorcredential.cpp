#include "sync/supervisorcredential.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::sync {

SupervisorCredential SupervisorCredential::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read credential file " + path.toStdString());
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    SupervisorCredential credential {object.value(u"server_public_key"_s).toString().toLatin1(),
        {object.value(u"public_key"_s).toString().toLatin1(),
            object.value(u"secret_key"_s).toString().toLatin1()}};
    if (credential.serverPublicKey.size() != 40 || !credential.keys.isValid())
        throw std::runtime_error(path.toStdString()
            + " is not a supervisor credential (server_public_key, public_key, secret_key)");
    return credential;
}

QByteArray SupervisorCredential::toJson() const
{
    QJsonObject object;
    object.insert(u"server_public_key"_s, QString::fromLatin1(serverPublicKey));
    object.insert(u"public_key"_s, QString::fromLatin1(keys.publicKey));
    object.insert(u"secret_key"_s, QString::fromLatin1(keys.secretKey));
    return QJsonDocument(object).toJson();
}

} // namespace outfall::sync
