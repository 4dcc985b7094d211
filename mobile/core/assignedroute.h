#pragma once

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace outfall::store {
class Database;
}

namespace outfall::mobile {

// One active assignment of the inspector, as the Today page and the map show it.
struct AssignedPermit
{
    QString assignmentId;
    QString permitId;
    QString permitNumber;
    QString enterpriseName;
    QString enterpriseNameEn;
    QString address;
    QString phase; // pre_issuance / post_issuance
    std::optional<int> routeOrder; // as the supervisor stored it (gaps allowed)
    int stop = 0; // 1-based position among the ordered assignments; 0 when unordered
    QString dueOn; // 'YYYY-MM-DD' or empty
    std::int64_t assignedAt = 0; // when the supervisor made the assignment (UTC ms)
    std::optional<double> lat; // the enterprise site
    std::optional<double> lon;
};

// One outlet of an assigned permit, for the map.
struct AssignedOutlet
{
    QString outletId;
    QString code; // DA001 / DW001
    QString name;
    QString medium; // air / water
    QString category; // main / general
    // An open or acknowledged flag names this outlet (the flag table's other states,
    // resolved, dismissed or closed, are done with).
    bool flagged = false;
    QString permitId;
    QString permitNumber;
    QString enterpriseName;
    QString enterpriseNameEn; // empty when the reference data has none
    int stop = 0; // its permit's AssignedPermit::stop
    double lat = 0;
    double lon = 0;
};

// The inspector's active assignments in route order (route_order, then due date; unordered
// ones last) and the current outlets of their permits. Reference data: read only.
class AssignedRoute
{
public:
    explicit AssignedRoute(store::Database &db);

    QList<AssignedPermit> permits(const QString &inspectorId) const;
    QList<AssignedOutlet> outlets(const QString &inspectorId) const; // route order, then code

private:
    store::Database &m_db;
};

} // namespace outfall::mobile
