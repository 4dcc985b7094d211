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
               f.raised_at, f.status, coalesce(f.computation, f.compared), coalesce(f.evidence, '')
        FROM flag f JOIN permit p ON p.id = f.permit_id JOIN enterprise e ON e.id = p.enterprise_id
             LEFT JOIN outlet o ON o.id = f.outlet_id
        ORDER BY f.status <> 'open',
                 CASE f.severity WHEN 'violation' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,
                 f.raised_at DESC, f.id
        LIMIT ?1)"_s);
    stmt.bind(1, limit);
    QList<OpenFlag> result;
    while (stmt.step()) {
        result.append({stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.text(4),
            stmt.text(5), stmt.text(6), stmt.text(7), stmt.text(8), stmt.text(9), stmt.text(10),
            stmt.int64(11), stmt.text(12), FlagComputation::parse(stmt.text(13), stmt.text(14)),
            false});
    }
    return result;
}

OpenFlag OpenFlags::provisionalRow(const store::FlagRecord &flag) const
{
    OpenFlag row;
    row.id = flag.id;
    row.ruleId = flag.ruleId;
    row.severity = flag.severity;
    row.messageEn = flag.messageEn;
    row.messageZh = flag.messageZh;
    row.pollutant = flag.pollutant;
    row.period = flag.period;
    row.raisedAt = flag.raisedAt;
    row.status = u"open"_s;
    row.computation = FlagComputation::parse(
        flag.computation.isEmpty() ? flag.compared : flag.computation, flag.evidence);
    row.provisional = true;
    auto names = m_db.cached(u"SELECT p.number, e.name, coalesce(e.name_en, ''),"
                             u" coalesce((SELECT code FROM outlet WHERE id = ?2), '')"
                             u" FROM permit p JOIN enterprise e ON e.id = p.enterprise_id"
                             u" WHERE p.id = ?1"_s);
    names.bind(1, flag.permitId).bind(2, flag.outletId);
    if (names.step()) {
        row.permitNumber = names.text(0);
        row.enterpriseName = names.text(1);
        row.enterpriseNameEn = names.text(2);
        row.outletCode = names.text(3);
    }
    names.reset();
    return row;
}

} // namespace outfall::mobile
