#pragma once

#include <QByteArray>
#include <QString>

namespace outfall::sync {

// A CurveZMQ key pair in Z85 text (40 characters each), as libzmq takes them.
struct CurveKeyPair
{
    QByteArray publicKey;
    QByteArray secretKey;

    bool isValid() const { return publicKey.size() == 40 && secretKey.size() == 40; }

    // Throws std::runtime_error when libzmq was built without CURVE.
    static CurveKeyPair generate();
    // The key file format: one Z85 key on a line. Throws std::runtime_error naming the file.
    static QByteArray readKeyFile(const QString &path);
    static void writeKeyFile(const QString &path, const QByteArray &key, bool secret);
};

} // namespace outfall::sync
