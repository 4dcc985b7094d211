#include "core/permitdirectory.h"

#include "store/database.h"

using namespace Qt::StringLiterals;

namespace outfall::mobile {

namespace {

const QString kSelect = uR"(
    SELECT p.id, p.number, e.name, coalesce(e.name_en, ''), p.industry_code,
           coalesce(e.address, ''), p.valid_to, coalesce(e.lat, 0), coalesce(e.lon, 0),
           (SELECT count(*) FROM outlet o WHERE o.permit_id = p.id)
    FROM permit p JOIN enterprise e ON e.id = p.enterprise_id
)"_s;

PermitSummary readSummary(const store::Statement &stmt)
{
    PermitSummary summary;
    summary.id = stmt.text(0);
    summary.number = stmt.text(1);
    summary.enterpriseName = stmt.text(2);
    summary.enterpriseNameEn = stmt.text(3);
    summary.industryCode = stmt.text(4);
    summary.address = stmt.text(5);
    summary.validTo = stmt.text(6);
    summary.lat = stmt.real(7);
    summary.lon = stmt.real(8);
    summary.outletCount = stmt.integer(9);
    return summary;
}

} // namespace

PermitDirectory::PermitDirectory(store::Database &db)
    : m_db(db)
{ }

QList<PermitSummary> PermitDirectory::search(const QString &query, int limit) const
{
    // instr() on lower() rather than LIKE so that % and _ typed by the user match literally.
    auto stmt = m_db.cached(kSelect + uR"(
        WHERE ?1 = '' OR instr(lower(p.number), ?1) > 0 OR instr(lower(e.uscc), ?1) > 0
              OR instr(lower(e.name), ?1) > 0 OR instr(lower(coalesce(e.name_en, '')), ?1) > 0
        ORDER BY e.name LIMIT ?2)"_s);
    // Bind a non-null string: a null QString binds SQL NULL, and NULL = '' is not true.
    const QString needle = query.isNull() ? u""_s : query.trimmed().toLower();
    stmt.bind(1, needle).bind(2, limit);
    QList<PermitSummary> result;
    while (stmt.step())
        result.append(readSummary(stmt));
    return result;
}

std::optional<PermitSummary> PermitDirectory::byId(const QString &permitId) const
{
    return first(u" WHERE p.id = ?1"_s, permitId);
}

std::optional<PermitSummary> PermitDirectory::byNumber(const QString &number) const
{
    return first(u" WHERE p.number = ?1"_s, number);
}

std::optional<PermitSummary> PermitDirectory::first(
    const QString &where, const QString &value) const
{
    auto stmt = m_db.cached(kSelect + where);
    stmt.bind(1, value);
    if (!stmt.step())
        return std::nullopt;
    return readSummary(stmt);
}

int PermitDirectory::count() const
{
    auto stmt = m_db.cached(u"SELECT count(*) FROM permit"_s);
    return stmt.step() ? stmt.integer(0) : 0;
}

} // namespace outfall::mobile
