#pragma once

#include "server/blobbytes.h"

#include <memory>

namespace outfall::server {

// Photo bytes in PostgreSQL, shared by every front-end of one database: an upload's chunks
// are rows of outfall_blob_chunk, its state one row of outfall_blob_upload (how many bytes are
// held, whether it is whole). Each append locks that row (SELECT ... FOR UPDATE), so a retry
// that reaches another front-end while the first is still writing cannot write the same
// offset twice. A commit is durable (PostgreSQL's synchronous_commit, on by default) before
// the chunk is acknowledged.
//
// The two tables are created on first use, under an advisory lock so that two front-ends
// starting together do not race; they join the PostgreSQL store's numbered migrations when
// the rest of the server store moves there (issue 14 part 1).
class PgBlobBytes final : public BlobBytes
{
public:
    // url: a libpq connection string or URI (postgresql://host/db, or
    // postgresql:///db?host=/socket/dir). Throws sync::ProtocolError (Internal) naming the
    // database and PostgreSQL's own reason when it cannot connect.
    explicit PgBlobBytes(const QString &url);
    ~PgBlobBytes() override;

    std::int64_t held(const QString &sha256, std::int64_t size) override;
    std::int64_t append(const QString &sha256, std::int64_t size, std::int64_t offset,
        const QByteArray &bytes) override;
    QString hashOfUpload(const QString &sha256) override;
    void publish(const QString &sha256) override;
    void discardUpload(const QString &sha256) override;
    std::int64_t size(const QString &sha256) override;
    QByteArray read(const QString &sha256, std::int64_t offset, std::int64_t maxBytes) override;
    QString describe() const override;

private:
    struct Connection; // pqxx's, kept out of this header (pqxx::connection is an alias)
    // Connects, creates the tables if they are missing, prepares the statements.
    void connect();
    // Runs `work` on the connection (connecting again after it broke); PostgreSQL's failures
    // become ProtocolError (Internal) saying what could not be done.
    template<typename Work>
    auto guarded(const char *what, Work &&work);

    QString m_url;
    QString m_where;
    std::unique_ptr<Connection> m_connection;
};

} // namespace outfall::server
