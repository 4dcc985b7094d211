#include "server/pgblobbytes.h"

#include "server/pgurl.h"
#include "sync/protocolerror.h"

#include <QCryptographicHash>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;
using outfall::sync::ErrorCode;
using outfall::sync::ProtocolError;

namespace outfall::server {

namespace {

// Any number, the same in every front-end: the lock that serialises creating the tables.
constexpr long long kSchemaLock = 0x6f757466616c6c; // "outfall"

constexpr const char *kSchema = R"(
CREATE TABLE IF NOT EXISTS outfall_blob_upload (
  sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  byte_size bigint NOT NULL CHECK (byte_size > 0),
  held bigint NOT NULL DEFAULT 0 CHECK (held >= 0 AND held <= byte_size),
  whole boolean NOT NULL DEFAULT false CHECK (NOT whole OR held = byte_size));
CREATE TABLE IF NOT EXISTS outfall_blob_chunk (
  sha256 text NOT NULL REFERENCES outfall_blob_upload ON DELETE CASCADE,
  at bigint NOT NULL CHECK (at >= 0),
  bytes bytea NOT NULL,
  PRIMARY KEY (sha256, at));
)";

// Chunks read a batch at a time when hashing, so a 256 MiB photo is never in memory at once.
constexpr int kHashBatch = 8;

std::string text(const QString &value)
{
    return value.toStdString();
}

pqxx::binarystring binary(const QByteArray &bytes)
{
    return pqxx::binarystring(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

QByteArray bytesOf(const pqxx::field &field)
{
    const pqxx::binarystring value(field);
    return QByteArray(reinterpret_cast<const char *>(value.data()), qsizetype(value.size()));
}

void prepareStatements(pqxx::connection &c)
{
    c.prepare("claim",
        "INSERT INTO outfall_blob_upload (sha256, byte_size) VALUES ($1, $2)"
        " ON CONFLICT DO NOTHING");
    c.prepare("lock",
        "SELECT byte_size, held, whole FROM outfall_blob_upload WHERE sha256 = $1 FOR UPDATE");
    c.prepare(
        "restart", "UPDATE outfall_blob_upload SET byte_size = $2, held = 0 WHERE sha256 = $1");
    c.prepare("drop_chunks", "DELETE FROM outfall_blob_chunk WHERE sha256 = $1");
    c.prepare(
        "add_chunk", "INSERT INTO outfall_blob_chunk (sha256, at, bytes) VALUES ($1, $2, $3)");
    c.prepare("grow", "UPDATE outfall_blob_upload SET held = $2 WHERE sha256 = $1");
    c.prepare("chunks_from",
        "SELECT at, bytes FROM outfall_blob_chunk WHERE sha256 = $1"
        " AND at >= $2 ORDER BY at LIMIT $3");
    c.prepare("publish",
        "UPDATE outfall_blob_upload SET whole = true"
        " WHERE sha256 = $1 AND held = byte_size");
    c.prepare("discard", "DELETE FROM outfall_blob_upload WHERE sha256 = $1 AND NOT whole");
    c.prepare(
        "whole_size", "SELECT byte_size FROM outfall_blob_upload WHERE sha256 = $1 AND whole");
    c.prepare("range",
        "SELECT at, bytes FROM outfall_blob_chunk WHERE sha256 = $1"
        " AND at < $3 AND at + length(bytes) > $2 ORDER BY at");
}

[[noreturn]] void heldWholeWithAnotherSize(
    const QString &sha256, std::int64_t held, std::int64_t size)
{
    throw ProtocolError(ErrorCode::Malformed,
        u"photo %1 is held whole with %2 bytes, not %3"_s.arg(sha256).arg(held).arg(size));
}

} // namespace

struct PgBlobBytes::Connection
{
    explicit Connection(const std::string &url)
        : pq(url)
    { }
    pqxx::connection pq;
};

template<typename Work>
auto PgBlobBytes::guarded(const char *what, Work &&work)
{
    try {
        if (!m_connection)
            connect();
        return work(m_connection->pq);
    } catch (const pqxx::broken_connection &e) {
        m_connection.reset(); // the next call connects again: the database may be back by then
        throw ProtocolError(ErrorCode::Internal,
            u"PostgreSQL %1: cannot %2: the connection broke: %3"_s.arg(
                m_where, QString::fromUtf8(what), QString::fromUtf8(e.what()).trimmed()));
    } catch (const pqxx::failure &e) {
        throw ProtocolError(ErrorCode::Internal,
            u"PostgreSQL %1: cannot %2: %3"_s.arg(
                m_where, QString::fromUtf8(what), QString::fromUtf8(e.what()).trimmed()));
    }
}

PgBlobBytes::PgBlobBytes(const QString &url)
    : m_url(url)
    , m_where(redactedPgUrl(url))
{
    connect();
}

void PgBlobBytes::connect()
{
    try {
        auto connection = std::make_unique<Connection>(text(m_url));
        pqxx::work w(connection->pq);
        w.exec_params("SELECT pg_advisory_xact_lock($1)", kSchemaLock);
        w.exec(kSchema);
        w.commit();
        prepareStatements(connection->pq);
        m_connection = std::move(connection);
    } catch (const pqxx::failure &e) {
        throw ProtocolError(ErrorCode::Internal,
            u"PostgreSQL %1: cannot connect: %2"_s.arg(
                m_where, QString::fromUtf8(e.what()).trimmed()));
    }
}

PgBlobBytes::~PgBlobBytes() = default;

QString PgBlobBytes::describe() const
{
    return m_where;
}

std::int64_t PgBlobBytes::held(const QString &sha256, std::int64_t size)
{
    return guarded("read an upload", [&](pqxx::connection &c) -> std::int64_t {
        pqxx::work w(c);
        const pqxx::result r = w.exec_prepared("lock", text(sha256));
        if (r.empty())
            return 0;
        const auto byteSize = r[0][0].as<std::int64_t>();
        const auto held = r[0][1].as<std::int64_t>();
        if (r[0][2].as<bool>()) {
            if (byteSize != size)
                heldWholeWithAnotherSize(sha256, byteSize, size);
            return byteSize;
        }
        if (byteSize == size)
            return held;
        w.exec_prepared0("discard", text(sha256)); // an upload of another size: start again
        w.commit();
        return 0;
    });
}

std::int64_t PgBlobBytes::append(
    const QString &sha256, std::int64_t size, std::int64_t offset, const QByteArray &bytes)
{
    return guarded("append to an upload", [&](pqxx::connection &c) -> std::int64_t {
        pqxx::work w(c);
        const std::string sha = text(sha256);
        w.exec_prepared0("claim", sha, size);
        const pqxx::row upload = w.exec_prepared1("lock", sha);
        auto byteSize = upload[0].as<std::int64_t>();
        auto held = upload[1].as<std::int64_t>();
        if (upload[2].as<bool>()) {
            if (byteSize != size)
                heldWholeWithAnotherSize(sha256, byteSize, size);
            return byteSize;
        }
        if (byteSize != size) {
            w.exec_prepared0("drop_chunks", sha);
            w.exec_prepared0("restart", sha, size);
            held = 0;
        }
        if (held != offset) {
            w.commit();
            return held;
        }
        w.exec_prepared0("add_chunk", sha, offset, binary(bytes));
        w.exec_prepared0("grow", sha, offset + std::int64_t(bytes.size()));
        w.commit();
        return offset + bytes.size();
    });
}

QString PgBlobBytes::hashOfUpload(const QString &sha256)
{
    return guarded("read an upload", [&](pqxx::connection &c) {
        pqxx::read_transaction w(c); // one snapshot: the chunks of one moment
        QCryptographicHash hash(QCryptographicHash::Sha256);
        std::int64_t next = 0;
        for (;;) {
            const pqxx::result batch =
                w.exec_prepared("chunks_from", text(sha256), next, kHashBatch);
            for (const auto &row : batch) {
                if (row[0].as<std::int64_t>() != next)
                    throw ProtocolError(ErrorCode::Internal,
                        u"PostgreSQL %1: upload %2 has a gap at byte %3"_s.arg(m_where, sha256)
                            .arg(next));
                const QByteArray bytes = bytesOf(row[1]);
                hash.addData(bytes);
                next += bytes.size();
            }
            if (batch.size() < std::size_t(kHashBatch))
                break;
        }
        return QString::fromLatin1(hash.result().toHex());
    });
}

void PgBlobBytes::publish(const QString &sha256)
{
    guarded("publish an upload", [&](pqxx::connection &c) {
        pqxx::work w(c);
        w.exec_prepared0("publish", text(sha256));
        w.commit();
        return 0;
    });
}

void PgBlobBytes::discardUpload(const QString &sha256)
{
    guarded("discard an upload", [&](pqxx::connection &c) {
        pqxx::work w(c);
        w.exec_prepared0("discard", text(sha256));
        w.commit();
        return 0;
    });
}

std::int64_t PgBlobBytes::size(const QString &sha256)
{
    return guarded("read a photo", [&](pqxx::connection &c) -> std::int64_t {
        pqxx::read_transaction w(c);
        const pqxx::result r = w.exec_prepared("whole_size", text(sha256));
        return r.empty() ? -1 : r[0][0].as<std::int64_t>();
    });
}

QByteArray PgBlobBytes::read(const QString &sha256, std::int64_t offset, std::int64_t maxBytes)
{
    return guarded("read a photo", [&](pqxx::connection &c) {
        pqxx::read_transaction w(c);
        const std::int64_t end = offset + maxBytes;
        const pqxx::result chunks = w.exec_prepared("range", text(sha256), offset, end);
        QByteArray out;
        for (const auto &row : chunks) {
            const auto at = row[0].as<std::int64_t>();
            const QByteArray bytes = bytesOf(row[1]);
            const std::int64_t from = std::max<std::int64_t>(offset, at) - at;
            const std::int64_t to = std::min<std::int64_t>(end, at + bytes.size()) - at;
            out.append(bytes.constData() + from, qsizetype(to - from));
        }
        return out;
    });
}

} // namespace outfall::server
