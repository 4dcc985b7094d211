#pragma once

#include "sync/syncsessioncontext.h"

#include <QStringList>

#include <cstdint>

namespace outfall::sync {

// The photo step of a sync session: every photo the server has not acknowledged, offered by
// its SHA-256 and sent in chunks from where the server says it has got to, so a cut upload
// resumes. One that cannot go (over the upload bound, refused, unreadable here) is reported
// and the others still go.
class PhotoUploader
{
public:
    explicit PhotoUploader(const SyncSessionContext &session);

    void run();
    // Photos that stayed on the device: the sync is not complete while evidence is missing
    // on the server, even though everything else went through.
    const QStringList &stuckPhotos() const { return m_stuckPhotos; }

private:
    void upload(const QString &sha, std::int64_t size);
    void stuck(const QString &sha, const QString &reason);

    const SyncSessionContext &m_session;
    QStringList m_stuckPhotos;
};

} // namespace outfall::sync
