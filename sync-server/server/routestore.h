#pragma once

#include "routes/distancematrix.h"
#include "routes/drawrecord.h"
#include "routes/poolfilter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace outfall::store {
class Database;
}

namespace outfall::server {

// The SQL of draws and routes (migration 0016, docs/routes.md): the pool as the store holds
// it, draw records, plans, the assignments a published route makes, conflicts of interest and
// the audit trail. No authorisation here: RouteCommands checks the caller first.
class RouteStore
{
public:
    struct StoredDraw
    {
        QString id;
        int number = 0;
        QString seed;
        QJsonObject content; // routes::DrawRecord::contentJson()
        QString contentHash;
        QString createdBy;
        std::int64_t createdAt = 0;
        QJsonObject plan; // empty until planned
        std::optional<std::int64_t> publishedAt;
        QString publishedBy;
    };

    explicit RouteStore(store::Database &db);

    // Enterprises with at least one permit that pass the filter, each with its risk figures and
    // weight (routes::riskWeight); active inspectors of role inspector; the recorded conflicts
    // between them. Every list sorted by id.
    routes::DrawPool loadPool(const routes::PoolFilter &filter, std::int64_t nowMs);

    StoredDraw saveDraw(const routes::DrawRecord &record, const QString &actor, std::int64_t at);
    std::optional<StoredDraw> find(const QString &numberOrId);
    QList<StoredDraw> list();

    // Where an enterprise is: its own position, else the mean of its permits' outlets.
    std::optional<routes::GeoPoint> site(const QString &enterpriseId);
    QString enterpriseLabel(const QString &enterpriseId); // "name (uscc)"
    QString inspectorCode(const QString &inspectorId);
    // An active inspector's id by code or id; empty when there is none.
    QString inspectorId(const QString &codeOrId);
    QString enterpriseId(const QString &usccOrId);
    QString permitId(const QString &numberOrId);

    void savePlan(
        const QString &drawId, const QJsonObject &plan, const QString &actor, std::int64_t at);
    // Writes the plan's assignments (each team member, each permit of each stop, in order after
    // the member's active stops) and marks the draw published. Returns the rows written.
    int publish(const StoredDraw &draw, const QString &actor, std::int64_t at);
    // The team (1-based) whose route holds the permit now; 0 when no active assignment of the
    // draw holds it.
    int teamOf(const QString &drawId, const QString &permitId);
    // The permit's active assignments of the draw are withdrawn and each member of the team
    // `toTeam` gets it at the end of their route. Returns the rows changed.
    int reassign(const QString &drawId, const QString &permitId, int toTeam,
        const QStringList &toInspectors, const QString &actor, std::int64_t at);
    // Active assignments of the draw (of one inspector when given) become 'withdrawn'.
    int withdraw(
        const StoredDraw &draw, const QString &inspectorId, const QString &actor, std::int64_t at);
    // False when the conflict was recorded already.
    bool addConflict(const QString &inspectorId, const QString &enterpriseId, const QString &reason,
        const QString &actor, std::int64_t at);
    bool hasConflict(const QString &inspectorId, const QString &enterpriseId);
    // The recorded conflicts (of one inspector when given), each with the inspector's code and
    // name and the enterprise's credit code and name, oldest first.
    QJsonArray conflicts(const QString &inspectorId);
    // False when no such conflict was recorded. The removal and its reason are kept in
    // route_event; draws made while it stood keep it in their recorded pool.
    bool removeConflict(const QString &inspectorId, const QString &enterpriseId,
        const QString &reason, const QString &actor, std::int64_t at);

    void audit(const QString &drawId, const QString &action, const QString &actor, std::int64_t at,
        const QJsonObject &detail);

private:
    std::int64_t lastRouteOrder(const QString &inspectorId);
    QString insertAssignment(const QString &inspectorId, const QString &permitId,
        std::int64_t routeOrder, std::int64_t at);

    store::Database &m_db;
};

} // namespace outfall::server
