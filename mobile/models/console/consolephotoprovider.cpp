#include "consolephotoprovider.h"

#include "sync/supervisorchannel.h"

#include <QCryptographicHash>
#include <QDebug>

using namespace Qt::StringLiterals;

namespace outfall::models {

ConsolePhotoProvider::ConsolePhotoProvider(QString endpoint, sync::SupervisorCredential credential)
    : QQuickImageProvider(
        QQuickImageProvider::Image, QQmlImageProviderBase::ForceAsynchronousImageLoading)
    , m_endpoint(std::move(endpoint))
    , m_credential(std::move(credential))
{ }

QByteArray ConsolePhotoProvider::fetch(
    const QString &endpoint, const sync::SupervisorCredential &credential, const QString &sha256)
{
    sync::SupervisorChannel channel(endpoint, credential);
    QByteArray bytes;
    for (;;) {
        sync::Message request;
        request.command = sync::Command::FetchBlob;
        request.header.insert(u"h"_s, sha256);
        request.header.insert(u"o"_s, qint64(bytes.size()));
        const sync::Message reply = channel.send(request);
        const qint64 size = reply.header.value(u"n"_s).toInteger();
        if (reply.body.isEmpty() && bytes.size() < size)
            throw std::runtime_error("the server sent an empty chunk before the photo's end");
        bytes.append(reply.body);
        if (bytes.size() >= size)
            break;
    }
    if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != sha256.toLatin1())
        throw std::runtime_error("the photo's bytes do not match its SHA-256");
    return bytes;
}

QImage ConsolePhotoProvider::requestImage(
    const QString &id, QSize *size, const QSize &requestedSize)
{
    QImage image;
    try {
        image = QImage::fromData(fetch(m_endpoint, m_credential, id));
    } catch (const std::exception &e) {
        qWarning().noquote() << "photo" << id << "could not be fetched:" << e.what();
    }
    if (!image.isNull() && requestedSize.isValid())
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (size)
        *size = image.size();
    return image;
}

} // namespace outfall::models
