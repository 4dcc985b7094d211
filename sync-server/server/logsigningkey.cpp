#include "server/logsigningkey.h"

#include "store/privatefile.h"

#include <QDir>
#include <QFile>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::server {

QString LogSigningKey::secretKeyPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"log-signing.key"_s);
}

QString LogSigningKey::publicKeyPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"log-signing.pub"_s);
}

evidence::SigningKeyPair LogSigningKey::loadOrCreate(const QString &dataDir)
{
    if (dataDir.isEmpty())
        return evidence::SigningKeyPair::generate();
    const QString secretPath = secretKeyPath(dataDir);
    QFile secret(secretPath);
    if (!secret.exists()) {
        const auto keys = evidence::SigningKeyPair::generate();
        store::PrivateFile::write(secretPath, keys.secretKey.toHex() + '\n');
        QFile pub(publicKeyPath(dataDir));
        if (!pub.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || pub.write(keys.publicKey.toHex() + '\n') < 0)
            throw std::runtime_error("cannot write " + publicKeyPath(dataDir).toStdString());
        return keys;
    }
    if (!secret.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + secretPath.toStdString());
    const QByteArray key = QByteArray::fromHex(secret.readAll().trimmed());
    if (key.size() != evidence::SigningKeyPair::secretKeyBytes)
        throw std::runtime_error(
            secretPath.toStdString() + " is not an Ed25519 secret key (64 bytes in hex)");
    return evidence::SigningKeyPair::fromSecretKey(key);
}

} // namespace outfall::server
