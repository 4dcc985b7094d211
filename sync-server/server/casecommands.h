#pragma once

#include "server/peer.h"
#include "sync/message.h"

#include <QJsonObject>
#include <QString>

namespace outfall::store {
class Database;
}
namespace outfall::evidence {
class RecordSigner;
}

namespace outfall::server {

class BlobStore;

// The CASE command (docs/cases.md 1): enforcement cases and their packages, for the admin
// credential, supervisors and enforcement officers; an inspector's device is refused
// FORBIDDEN. `op` says what:
// - create (`p` permit number or id, `t` title, `f` [flag ids], `i` [inspection ids]),
//   add (`id` case, `f`, `i`), list, show (`id`): each action appended to the evidence log
//   as a server-signed record (CaseLog); the reply's body is JSON (sync/jsonbody.h), its
//   `case` the case as `case show` prints it (`cases` for list).
// - export (`id`, `lang` en or zh): the action is logged, then the package is written to the
//   server's staging directory (DATA/case-exports/<x>); the reply's body lists its files
//   [[path, size, sha256]] under `files` and names the export `x`.
// - file (`x`, `n` path, `o` offset): up to 4 MiB of one file of an export, in the body (the
//   transfer stays under every frame bound however large a photo is).
class CaseCommands
{
public:
    CaseCommands(store::Database &db, const evidence::RecordSigner &signer, BlobStore &blobs,
        const QString &dataDir);

    sync::Message handle(const Peer &peer, const sync::Message &message);

    static constexpr qint64 chunkBytes = 4 * 1024 * 1024;

private:
    sync::Message reply(
        const sync::Message &request, const QString &op, const QByteArray &body) const;
    QJsonObject create(const Peer &peer, const QCborMap &header);
    QJsonObject add(const Peer &peer, const QCborMap &header);
    QJsonObject exportCase(const Peer &peer, const QCborMap &header);
    QByteArray fileChunk(const QCborMap &header) const;
    QString exportDir(const QString &exportId) const;

    store::Database &m_db;
    const evidence::RecordSigner &m_signer;
    BlobStore &m_blobs;
    QString m_exportRoot;
};

} // namespace outfall::server
