#pragma once

#include "sync/supervisorcredential.h"

#include <QQuickImageProvider>

namespace outfall::models {

// image://console/<sha256>: an inspection's photo, fetched from the server a chunk at a time
// (FETCH_BLOB) on Qt's image loading thread, checked against its SHA-256, and scaled to the
// size asked for. Each request has its own connection: loading never waits on the console's
// other requests, and the console never waits on a photo.
class ConsolePhotoProvider : public QQuickImageProvider
{
public:
    ConsolePhotoProvider(QString endpoint, sync::SupervisorCredential credential);

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    // The photo's bytes; throws std::runtime_error (or the channel's errors) saying why not.
    static QByteArray fetch(const QString &endpoint, const sync::SupervisorCredential &credential,
        const QString &sha256);

private:
    QString m_endpoint;
    sync::SupervisorCredential m_credential;
};

} // namespace outfall::models
