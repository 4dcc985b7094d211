#include "core/assignedroute.h"

#include "store/database.h"

using namespace Qt::StringLiterals;

namespace outfall::mobile {

namespace {

// Route order first; assignments without one after those with one, by due date.
const QString kOrder = u" ORDER BY a.route_order IS NULL, a.route_order,"
                       u" a.due_on IS NULL, a.due_on, e.name"_s;

} // namespace

AssignedRoute::AssignedRoute(store::Database &db)
    : m_db(db)
{ }

QList<AssignedPermit> AssignedRoute::permits(const QString &inspectorId) const
{
    auto stmt = m_db.cached(uR"(
        SELECT a.id, p.id, p.number, e.name, coalesce(e.name_en, ''), coalesce(e.address, ''),
               a.phase, a.route_order, coalesce(a.due_on, ''), e.lat, e.lon, a.created_at
        FROM assignment a JOIN permit p ON p.id = a.permit_id
             JOIN enterprise e ON e.id = p.enterprise_id
        WHERE a.inspector_id = ?1 AND a.status = 'active')"_s
        + kOrder);
    stmt.bind(1, inspectorId);
    QList<AssignedPermit> result;
    while (stmt.step()) {
        AssignedPermit row;
        row.assignmentId = stmt.text(0);
        row.permitId = stmt.text(1);
        row.permitNumber = stmt.text(2);
        row.enterpriseName = stmt.text(3);
        row.enterpriseNameEn = stmt.text(4);
        row.address = stmt.text(5);
        row.phase = stmt.text(6);
        if (const auto order = stmt.optionalInt64(7))
            row.routeOrder = static_cast<int>(*order);
        // Ordered rows come first, so their positions are 1, 2, 3...
        row.stop = row.routeOrder ? static_cast<int>(result.size()) + 1 : 0;
        row.dueOn = stmt.text(8);
        row.lat = stmt.optionalReal(9);
        row.lon = stmt.optionalReal(10);
        row.assignedAt = stmt.int64(11);
        result.append(row);
    }
    return result;
}

QList<AssignedOutlet> AssignedRoute::outlets(const QString &inspectorId) const
{
    const QList<AssignedPermit> route = permits(inspectorId);
    auto stmt = m_db.cached(uR"(
        SELECT o.id, o.code, o.name, o.medium, o.lat, o.lon, o.category,
               EXISTS (SELECT 1 FROM flag f WHERE f.outlet_id = o.id
                       AND f.status IN ('open', 'acknowledged'))
        FROM outlet o
        WHERE o.permit_id = ?1 AND o.removed_in_revision IS NULL ORDER BY o.code)"_s);
    QList<AssignedOutlet> result;
    for (qsizetype i = 0; i < route.size(); ++i) {
        const AssignedPermit &permit = route[i];
        stmt.reset();
        stmt.bind(1, permit.permitId);
        while (stmt.step()) {
            AssignedOutlet outlet;
            outlet.outletId = stmt.text(0);
            outlet.code = stmt.text(1);
            outlet.name = stmt.text(2);
            outlet.medium = stmt.text(3);
            outlet.lat = stmt.real(4);
            outlet.lon = stmt.real(5);
            outlet.category = stmt.text(6);
            outlet.flagged = stmt.int64(7) != 0;
            outlet.permitId = permit.permitId;
            outlet.permitNumber = permit.permitNumber;
            outlet.enterpriseName = permit.enterpriseName;
            outlet.enterpriseNameEn = permit.enterpriseNameEn;
            outlet.stop = permit.stop;
            result.append(outlet);
        }
    }
    return result;
}

} // namespace outfall::mobile
