#include "server/consolecommands.h"

#include "server/blobstore.h"
#include "server/flagcommands.h"
#include "store/database.h"
#include "sync/headerfields.h"
#include "sync/jsonbody.h"
#include "sync/protocolerror.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

using sync::ErrorCode;
using sync::HeaderFields;
using sync::ProtocolError;

QJsonValue optionalReal(store::Statement &row, int column)
{
    return row.isNull(column) ? QJsonValue() : QJsonValue(row.real(column));
}

} // namespace

ConsoleCommands::ConsoleCommands(store::Database &db, BlobStore &blobs)
    : m_db(db)
    , m_blobs(blobs)
{ }

sync::Message ConsoleCommands::sites(const Peer &peer, const sync::Message &message)
{
    FlagCommands::requireDecider(peer, u"read the district's sites"_s);
    // One pass over the permits, then one over their current outlets, joined here: a map of
    // a district is a few thousand rows, a province's stops at maxPermits.
    auto permits = m_db.prepare(uR"(
        SELECT p.id, p.number, p.management, e.id, e.name, coalesce(e.name_en, ''), e.uscc,
               coalesce(e.region, ''), e.lat, e.lon
        FROM permit p JOIN enterprise e ON e.id = p.enterprise_id
        ORDER BY p.number LIMIT ?)"_s);
    permits.bind(1, maxPermits + 1);
    QJsonArray rows;
    QHash<QString, qsizetype> indexOf;
    bool more = false;
    while (permits.step()) {
        if (rows.size() == maxPermits) {
            more = true;
            break;
        }
        indexOf.insert(permits.text(0), rows.size());
        rows.append(QJsonObject {{u"id"_s, permits.text(0)}, {u"number"_s, permits.text(1)},
            {u"management"_s, permits.text(2)}, {u"enterprise_id"_s, permits.text(3)},
            {u"enterprise"_s, permits.text(4)}, {u"enterprise_en"_s, permits.text(5)},
            {u"uscc"_s, permits.text(6)}, {u"region"_s, permits.text(7)},
            {u"lat"_s, optionalReal(permits, 8)}, {u"lon"_s, optionalReal(permits, 9)},
            {u"outlets"_s, QJsonArray()}});
    }
    std::vector<QJsonArray> outlets(std::size_t(rows.size()));
    auto outletRows =
        m_db.prepare(u"SELECT permit_id, id, code, medium, lat, lon FROM outlet"
                     u" WHERE removed_in_revision IS NULL ORDER BY permit_id, code"_s);
    while (outletRows.step()) {
        const auto at = indexOf.constFind(outletRows.text(0));
        if (at == indexOf.cend())
            continue;
        outlets[std::size_t(*at)].append(QJsonObject {{u"id"_s, outletRows.text(1)},
            {u"code"_s, outletRows.text(2)}, {u"medium"_s, outletRows.text(3)},
            {u"lat"_s, outletRows.real(4)}, {u"lon"_s, outletRows.real(5)}});
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject row = rows[i].toObject();
        row.insert(u"outlets"_s, outlets[std::size_t(i)]);
        rows[i] = row;
    }
    QCborMap header;
    header.insert(u"more"_s, more);
    return sync::Message::reply(sync::Command::SitesReply, message, header,
        sync::jsonBody(QJsonObject {{u"permits"_s, rows}}));
}

sync::Message ConsoleCommands::fetchBlob(const Peer &peer, const sync::Message &message)
{
    FlagCommands::requireDecider(peer, u"read photos"_s);
    const HeaderFields fields(message.header);
    const QString sha256 = fields.text(u"h"_s, 64);
    if (!BlobStore::isSha256Hex(sha256))
        HeaderFields::fail(u"h"_s, u"a SHA-256 in 64 lower-case hex digits"_s);
    const std::int64_t offset = fields.integer(u"o"_s, 0, BlobStore::maxBlobBytes);
    if (!m_blobs.has(sha256))
        throw ProtocolError(ErrorCode::NotFound,
            u"the server holds no photo %1 (not uploaded yet, or never taken)"_s.arg(sha256));
    const std::int64_t size = m_blobs.size(sha256);
    if (size < 0)
        throw ProtocolError(ErrorCode::Internal,
            u"photo %1 is recorded but cannot be read on the server"_s.arg(sha256));
    if (offset > size)
        HeaderFields::fail(u"o"_s, u"at most %1, the photo's size"_s.arg(size));
    const QByteArray bytes = m_blobs.read(sha256, offset, std::min(maxChunkBytes, size - offset));
    QCborMap header;
    header.insert(u"h"_s, sha256);
    header.insert(u"n"_s, qint64(size));
    header.insert(u"o"_s, qint64(offset));
    return sync::Message::reply(sync::Command::BlobReply, message, header, bytes);
}

} // namespace outfall::server
