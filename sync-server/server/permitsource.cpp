#include "server/permitsource.h"

#include "store/database.h"
#include "store/npdessnapshotloader.h"
#include "store/permitsnapshotloader.h"

using namespace Qt::StringLiterals;

namespace outfall::server {

ChinesePermitSource::ChinesePermitSource(store::Database &db)
    : m_db(db)
{ }

ChinesePermitSource::ChinesePermitSource(std::unique_ptr<store::Database> own)
    : m_own(std::move(own))
    , m_db(*m_own)
{ }

ChinesePermitSource::~ChinesePermitSource() = default;

std::unique_ptr<PermitSource> ChinesePermitSource::readerAt(const QString &path) const
{
    return std::make_unique<ChinesePermitSource>(std::make_unique<store::Database>(path));
}

QString ChinesePermitSource::jurisdiction() const
{
    return u"cn"_s;
}

QStringList ChinesePermitSource::allPermits()
{
    auto rows = m_db.cached(u"SELECT id FROM permit ORDER BY number"_s);
    QStringList ids;
    while (rows.step())
        ids.append(rows.text(0));
    return ids;
}

QStringList ChinesePermitSource::touchedSince(std::int64_t seq, std::int64_t upTo)
{
    // ref_row keeps one row a reference row (its latest change), so this reads the rows
    // changed since seq through ref_row_seq; entity 20 is the flag itself. INDEXED BY: the
    // planner otherwise takes ref_row_scope for scope = 'permit' and reads every reported
    // value's row (0.9 s on the demo district instead of microseconds after one push).
    auto rows = m_db.cached(uR"(
        SELECT id FROM permit WHERE id IN (
            SELECT scope_id FROM ref_row INDEXED BY ref_row_seq
            WHERE seq > ?1 AND seq <= ?2 AND scope = 'permit' AND entity <> 20
            UNION
            SELECT p.id FROM ref_row r INDEXED BY ref_row_seq
            JOIN permit p ON p.enterprise_id = r.scope_id
            WHERE r.seq > ?1 AND r.seq <= ?2 AND r.scope = 'enterprise'
            UNION
            SELECT permit_id FROM sync_op WHERE seq > ?1 AND seq <= ?2)
        ORDER BY number)"_s);
    rows.bind(1, seq).bind(2, upTo);
    QStringList ids;
    while (rows.step())
        ids.append(rows.text(0));
    return ids;
}

std::optional<rules::PermitSnapshot> ChinesePermitSource::load(const QString &permitId, QDate asOf)
{
    return store::PermitSnapshotLoader(m_db).load(permitId, asOf);
}

NpdesPermitSource::NpdesPermitSource(store::Database &db)
    : m_db(db)
{ }

QString NpdesPermitSource::jurisdiction() const
{
    return u"us_npdes"_s;
}

QStringList NpdesPermitSource::allPermits()
{
    return store::NpdesSnapshotLoader::permitIds(m_db);
}

QStringList NpdesPermitSource::touchedSince(std::int64_t, std::int64_t)
{
    QStringList permits;
    auto rows = m_db.prepare(u"SELECT id FROM npdes_permit WHERE evaluated_at IS NULL"
                             u" OR evaluated_at < updated_at ORDER BY npdes_id"_s);
    while (rows.step())
        permits.append(rows.text(0));
    return permits;
}

std::optional<rules::PermitSnapshot> NpdesPermitSource::load(const QString &permitId, QDate)
{
    auto snapshot = store::NpdesSnapshotLoader::load(m_db, permitId);
    if (snapshot)
        m_db.prepare(u"UPDATE npdes_permit SET evaluated_at = updated_at WHERE id = ?"_s)
            .bind(1, permitId)
            .exec();
    return snapshot;
}

std::vector<std::unique_ptr<PermitSource>> defaultPermitSources(store::Database &db)
{
    std::vector<std::unique_ptr<PermitSource>> sources;
    sources.push_back(std::make_unique<ChinesePermitSource>(db));
    sources.push_back(std::make_unique<NpdesPermitSource>(db));
    return sources;
}

} // namespace outfall::server
