#include "sync/curvekeypair.h"

#include "store/privatefile.h"

#include <QFile>

#include <stdexcept>
#include <zmq.h>

namespace outfall::sync {

CurveKeyPair CurveKeyPair::generate()
{
    char publicKey[41] = {};
    char secretKey[41] = {};
    if (zmq_curve_keypair(publicKey, secretKey) != 0)
        throw std::runtime_error("libzmq cannot make CURVE keys (built without libsodium?)");
    return {QByteArray(publicKey, 40), QByteArray(secretKey, 40)};
}

QByteArray CurveKeyPair::readKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read key file " + path.toStdString());
    const QByteArray key = file.readAll().trimmed();
    if (key.size() != 40)
        throw std::runtime_error(path.toStdString() + " does not hold a 40-character Z85 key");
    return key;
}

void CurveKeyPair::writeKeyFile(const QString &path, const QByteArray &key, bool secret)
{
    if (secret) {
        store::PrivateFile::write(path, key + '\n'); // 0600 before the first byte
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(key + '\n') != 41)
        throw std::runtime_error("cannot write key file " + path.toStdString());
}

} // namespace outfall::sync
