#include "sync/photouploader.h"

#include "store/database.h"
#include "sync/limits.h"
#include "sync/message.h"
#include "sync/protocolerror.h"
#include "sync/requestchannel.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSyncClient)

namespace outfall::sync {

PhotoUploader::PhotoUploader(const SyncSessionContext &session)
    : m_session(session)
{ }

void PhotoUploader::run()
{
    QList<QPair<QString, std::int64_t>> queue;
    auto rows = m_session.db.cached(u"SELECT DISTINCT sha256, byte_size FROM photo WHERE sha256"
                                    u" NOT IN (SELECT sha256 FROM blob_ack)"_s);
    while (rows.step()) {
        if (QFile::exists(QDir(m_session.config.photoDir).filePath(rows.text(0))))
            queue.append({rows.text(0), rows.int64(1)});
    }
    rows.reset();
    qint64 done = 0;
    m_session.report(u"photos"_s, 0, queue.size());
    for (const auto &[sha, size] : queue) {
        if (size < 1 || size > limits::blobBytes) {
            stuck(sha,
                u"%1 bytes, more than the %2 bytes (256 MiB) the server accepts;"
                u" it stays on this device"_s.arg(size)
                    .arg(limits::blobBytes));
        } else {
            try {
                upload(sha, size);
            } catch (const RequestChannel::Unreachable &) {
                throw; // the network: nothing else would go either
            } catch (const RequestChannel::KeyRefused &) {
                throw;
            } catch (const ProtocolError &e) {
                if (SyncSessionContext::endsSession(e))
                    throw;
                stuck(sha,
                    u"refused by the server (%1): %2"_s.arg(
                        QString::fromLatin1(errorCodeName(e.code())), e.text()));
            } catch (const std::runtime_error &e) {
                stuck(sha, QString::fromUtf8(e.what()));
            }
        }
        m_session.report(u"photos"_s, ++done, queue.size());
    }
}

void PhotoUploader::stuck(const QString &sha, const QString &reason)
{
    qCWarning(lcSyncClient) << "photo" << sha << "not uploaded:" << reason;
    m_stuckPhotos.append(u"photo %1 not uploaded: %2"_s.arg(sha, reason));
    m_session.result.problems.append(m_stuckPhotos.back());
}

void PhotoUploader::upload(const QString &sha, std::int64_t size)
{
    QFile file(QDir(m_session.config.photoDir).filePath(sha));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read photo " + file.fileName().toStdString());
    Message offer;
    offer.command = Command::BlobOffer;
    offer.header.insert(u"h"_s, sha);
    offer.header.insert(u"n"_s, qint64(size));
    Message ack = m_session.channel.request(offer);
    while (!ack.header.value(u"done"_s).toBool()) {
        const std::int64_t offset = ack.header.value(u"o"_s).toInteger();
        if (!file.seek(offset))
            throw std::runtime_error("cannot seek in photo " + file.fileName().toStdString());
        Message chunk;
        chunk.command = Command::BlobChunk;
        chunk.header.insert(u"h"_s, sha);
        chunk.header.insert(u"n"_s, qint64(size));
        chunk.header.insert(u"o"_s, qint64(offset));
        chunk.body = file.read(m_session.config.chunkBytes);
        if (chunk.body.isEmpty())
            throw std::runtime_error(
                "photo " + sha.toStdString() + " is shorter than its recorded size");
        ack = m_session.channel.request(chunk);
    }
    m_session.db.cached(u"INSERT OR IGNORE INTO blob_ack (sha256, acknowledged_at) VALUES (?, ?)"_s)
        .bind(1, sha)
        .bind(2, std::int64_t(QDateTime::currentMSecsSinceEpoch()))
        .exec();
    ++m_session.result.photosUploaded;
}

} // namespace outfall::sync
