#pragma once

#include "server/caselog.h"

#include <QList>
#include <QString>

namespace outfall::store {
class Database;
}
namespace outfall::evidence {
class RecordSigner;
}

namespace outfall::server {

class BlobStore;

// Writes a case's package into a directory (docs/cases.md 3): the original photos, every
// record of the case's inspections and of the case itself as canonical JSON with its
// signature and its inclusion proof against the latest signed tree head, the flags as the
// case records hold them, the keys, case.json, the PDF report, and manifest.json (every
// file's size and SHA-256) with manifest.sig, the server's signature over it.
class CasePackageWriter
{
public:
    struct File
    {
        QString path; // relative, with '/'
        qint64 size = 0;
        QString sha256; // hex
    };

    CasePackageWriter(store::Database &db, const evidence::RecordSigner &signer, BlobStore &blobs);

    // Throws std::runtime_error naming what it could not write. language: en or zh.
    QList<File> write(const EnforcementCase &enforcementCase, const QString &dir,
        const QString &language, std::int64_t nowMs);

private:
    store::Database &m_db;
    const evidence::RecordSigner &m_signer;
    BlobStore &m_blobs;
};

} // namespace outfall::server
