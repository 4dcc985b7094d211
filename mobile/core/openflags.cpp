#include "core/openflags.h"

#include "store/database.h"

using namespace Qt::StringLiterals;

namespace outfall::mobile {

OpenFlags::OpenFlags(store::Database &db)
    : m_db(db)
{ }

QList<OpenFlag> OpenFlags::list(int limit) const
{
    auto stmt = m_db.cached(uR"(
        SELECT f.id, f.rule_id, f.severity, f.message_en, f.message_zh, p.number, e.name,
               coalesce(e.name_en, ''), coalesce(o.code, ''), coalesce(f.pollutant, ''), coalesce(f.period, ''),
               f.raised_at
        FROM flag f JOIN permit p ON p.id = f.permit_id JOIN enterprise e ON e.id = p.enterprise_id
             LEFT JOIN outlet o ON o.id = f.outlet_id
        WHERE f.status = 'open'
        ORDER BY CASE f.severity WHEN 'violation' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,
                 f.raised_at DESC, f.id
        LIMIT ?1)"_s);
    stmt.bind(1, limit);
    QList<OpenFlag> result;
    while (stmt.step()) {
        result.append({stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.text(4),
            stmt.text(5), stmt.text(6), stmt.text(7), stmt.text(8), stmt.text(9), stmt.text(10),
            stmt.int64(11)});
    }
    return result;
}

} // namespace outfall::mobile
