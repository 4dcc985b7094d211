#include "server/routestore.h"

#include "domain/uuidv7.h"
#include "routes/riskweight.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parsed(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// "?, ?, ?" for an IN list of n bound values.
QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}

const QString kDrawColumns = u"id, number, seed, content, content_hash, created_by, created_at,"
                             u" plan, published_at, published_by"_s;

RouteStore::StoredDraw drawOf(store::Statement &row)
{
    RouteStore::StoredDraw draw;
    draw.id = row.text(0);
    draw.number = row.integer(1);
    draw.seed = row.text(2);
    draw.content = parsed(row.text(3));
    draw.contentHash = row.text(4);
    draw.createdBy = row.text(5);
    draw.createdAt = row.int64(6);
    if (!row.isNull(7))
        draw.plan = parsed(row.text(7));
    draw.publishedAt = row.optionalInt64(8);
    draw.publishedBy = row.text(9);
    return draw;
}

} // namespace

RouteStore::RouteStore(store::Database &db)
    : m_db(db)
{ }

routes::DrawPool RouteStore::loadPool(const routes::PoolFilter &filter, std::int64_t nowMs)
{
    // Filters go in as bound values, never as SQL text.
    QString sql = u"SELECT e.id,"
                  u" (SELECT count(*) FROM flag f JOIN permit p ON p.id = f.permit_id"
                  u"   WHERE p.enterprise_id = e.id AND f.status = 'open'),"
                  u" (SELECT count(*) FROM flag f JOIN permit p ON p.id = f.permit_id"
                  u"   WHERE p.enterprise_id = e.id AND f.status = 'acknowledged'"
                  u"   AND f.severity = 'violation'),"
                  u" (SELECT max(i.started_at) FROM inspection i JOIN permit p"
                  u"   ON p.id = i.permit_id WHERE p.enterprise_id = e.id"
                  u"   AND i.status <> 'in_progress')"
                  u" FROM enterprise e WHERE EXISTS (SELECT 1 FROM permit p"
                  u" WHERE p.enterprise_id = e.id AND p.status = 'issued'"_s;
    QStringList values;
    if (!filter.classes.isEmpty()) {
        sql += u" AND p.management IN (%1)"_s.arg(placeholders(filter.classes.size()));
        values += filter.classes;
    }
    sql += u")"_s;
    if (!filter.regions.isEmpty()) {
        sql += u" AND e.region IN (%1)"_s.arg(placeholders(filter.regions.size()));
        values += filter.regions;
    }
    if (!filter.industries.isEmpty()) {
        sql += u" AND e.industry_code IN (%1)"_s.arg(placeholders(filter.industries.size()));
        values += filter.industries;
    }
    sql += u" ORDER BY e.id"_s;
    auto rows = m_db.prepare(sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        rows.bind(int(i + 1), values[i]);
    routes::DrawPool pool;
    QSet<QString> enterprises;
    while (rows.step()) {
        routes::PoolEnterprise e;
        e.id = rows.text(0);
        e.openFlags = rows.integer(1);
        e.pastViolations = rows.integer(2);
        if (const auto last = rows.optionalInt64(3))
            e.daysSinceInspection = int(std::max<std::int64_t>(0, (nowMs - *last) / kDayMs));
        if (filter.notInspectedDays && e.daysSinceInspection >= 0
            && e.daysSinceInspection < *filter.notInspectedDays)
            continue;
        e.weight = routes::riskWeight(e.openFlags, e.pastViolations, e.daysSinceInspection);
        enterprises.insert(e.id);
        pool.enterprises.append(e);
    }
    auto inspectors = m_db.prepare(u"SELECT id, code FROM inspector WHERE role = 'inspector'"
                                   u" AND active = 1 ORDER BY id"_s);
    QSet<QString> people;
    while (inspectors.step()) {
        pool.inspectors.append({inspectors.text(0), inspectors.text(1)});
        people.insert(inspectors.text(0));
    }
    auto conflicts = m_db.prepare(u"SELECT inspector_id, enterprise_id FROM conflict_of_interest"
                                  u" ORDER BY inspector_id, enterprise_id"_s);
    while (conflicts.step()) {
        if (people.contains(conflicts.text(0)) && enterprises.contains(conflicts.text(1)))
            pool.conflicts.append({conflicts.text(0), conflicts.text(1)});
    }
    return pool;
}

RouteStore::StoredDraw RouteStore::saveDraw(
    const routes::DrawRecord &record, const QString &actor, std::int64_t at)
{
    store::Transaction transaction(m_db);
    auto last = m_db.cached(u"SELECT coalesce(max(number), 0) FROM route_draw"_s);
    last.step();
    StoredDraw draw;
    draw.number = last.integer(0) + 1;
    last.reset();
    draw.id = domain::UuidV7Generator().next();
    draw.seed = QString::number(record.seed);
    draw.content = record.contentJson();
    draw.contentHash = record.contentHash();
    draw.createdBy = actor;
    draw.createdAt = at;
    m_db.cached(u"INSERT INTO route_draw (id, number, seed, content, content_hash, created_by,"
                u" created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(1, draw.id)
        .bind(2, draw.number)
        .bind(3, draw.seed)
        .bind(4, compact(draw.content))
        .bind(5, draw.contentHash)
        .bind(6, actor)
        .bind(7, at)
        .exec();
    audit(draw.id, u"draw"_s, actor, at,
        {{u"number"_s, draw.number}, {u"seed"_s, draw.seed},
            {u"rules"_s, draw.content.value(u"rules"_s)}, {u"content_hash"_s, draw.contentHash}});
    transaction.commit();
    return draw;
}

std::optional<RouteStore::StoredDraw> RouteStore::find(const QString &numberOrId)
{
    bool isNumber = false;
    const int number = numberOrId.toInt(&isNumber);
    auto row = m_db.prepare(u"SELECT %1 FROM route_draw WHERE %2"_s.arg(
        kDrawColumns, isNumber ? u"number = ?"_s : u"id = ?"_s));
    if (isNumber)
        row.bind(1, number);
    else
        row.bind(1, numberOrId);
    if (!row.step())
        return std::nullopt;
    return drawOf(row);
}

QList<RouteStore::StoredDraw> RouteStore::list()
{
    auto rows = m_db.prepare(u"SELECT %1 FROM route_draw ORDER BY number"_s.arg(kDrawColumns));
    QList<StoredDraw> draws;
    while (rows.step())
        draws.append(drawOf(rows));
    return draws;
}

std::optional<routes::GeoPoint> RouteStore::site(const QString &enterpriseId)
{
    auto own = m_db.cached(u"SELECT lat, lon FROM enterprise WHERE id = ? AND lat IS NOT NULL"
                           u" AND lon IS NOT NULL"_s);
    own.bind(1, enterpriseId);
    if (own.step()) {
        const routes::GeoPoint point {own.real(0), own.real(1)};
        own.reset();
        return point;
    }
    own.reset();
    auto outlets = m_db.cached(u"SELECT avg(o.lat), avg(o.lon) FROM outlet o JOIN permit p"
                               u" ON p.id = o.permit_id WHERE p.enterprise_id = ?"
                               u" AND o.removed_in_revision IS NULL"_s);
    outlets.bind(1, enterpriseId);
    std::optional<routes::GeoPoint> point;
    if (outlets.step() && !outlets.isNull(0))
        point = routes::GeoPoint {outlets.real(0), outlets.real(1)};
    outlets.reset();
    return point;
}

QString RouteStore::enterpriseLabel(const QString &enterpriseId)
{
    auto row = m_db.cached(u"SELECT name, uscc FROM enterprise WHERE id = ?"_s);
    row.bind(1, enterpriseId);
    const QString label = row.step() ? u"%1 (%2)"_s.arg(row.text(0), row.text(1)) : enterpriseId;
    row.reset();
    return label;
}

QString RouteStore::inspectorCode(const QString &inspectorId)
{
    auto row = m_db.cached(u"SELECT code FROM inspector WHERE id = ?"_s);
    row.bind(1, inspectorId);
    const QString code = row.step() ? row.text(0) : inspectorId;
    row.reset();
    return code;
}

QString RouteStore::inspectorId(const QString &codeOrId)
{
    auto row =
        m_db.cached(u"SELECT id FROM inspector WHERE (code = ?1 OR id = ?1) AND active = 1"_s);
    row.bind(1, codeOrId);
    const QString id = row.step() ? row.text(0) : QString();
    row.reset();
    return id;
}

QString RouteStore::enterpriseId(const QString &usccOrId)
{
    auto row = m_db.cached(u"SELECT id FROM enterprise WHERE uscc = ?1 OR id = ?1"_s);
    row.bind(1, usccOrId);
    const QString id = row.step() ? row.text(0) : QString();
    row.reset();
    return id;
}

QString RouteStore::permitId(const QString &numberOrId)
{
    auto row = m_db.cached(u"SELECT id FROM permit WHERE number = ?1 OR id = ?1"_s);
    row.bind(1, numberOrId);
    const QString id = row.step() ? row.text(0) : QString();
    row.reset();
    return id;
}

void RouteStore::savePlan(
    const QString &drawId, const QJsonObject &plan, const QString &actor, std::int64_t at)
{
    store::Transaction transaction(m_db);
    m_db.cached(u"UPDATE route_draw SET plan = ?, planned_by = ?, planned_at = ? WHERE id = ?"_s)
        .bind(1, compact(plan))
        .bind(2, actor)
        .bind(3, at)
        .bind(4, drawId)
        .exec();
    audit(drawId, u"plan"_s, actor, at, {{u"start"_s, plan.value(u"start"_s)}});
    transaction.commit();
}

std::int64_t RouteStore::lastRouteOrder(const QString &inspectorId)
{
    auto last = m_db.cached(u"SELECT coalesce(max(route_order), 0) FROM assignment"
                            u" WHERE inspector_id = ? AND status = 'active'"_s);
    last.bind(1, inspectorId);
    last.step();
    const std::int64_t order = last.int64(0);
    last.reset();
    return order;
}

QString RouteStore::insertAssignment(
    const QString &inspectorId, const QString &permitId, std::int64_t routeOrder, std::int64_t at)
{
    auto active = m_db.cached(u"SELECT 1 FROM assignment WHERE inspector_id = ? AND"
                              u" permit_id = ? AND status = 'active'"_s);
    active.bind(1, inspectorId).bind(2, permitId);
    const bool held = active.step();
    active.reset();
    if (held)
        return {}; // assigned already (by hand or by another draw): left as it is
    const QString id = domain::UuidV7Generator().next();
    m_db.cached(u"INSERT INTO assignment (id, inspector_id, permit_id, phase, status,"
                u" route_order, created_at, updated_at)"
                u" VALUES (?, ?, ?, 'post_issuance', 'active', ?, ?, ?)"_s)
        .bind(1, id)
        .bind(2, inspectorId)
        .bind(3, permitId)
        .bind(4, routeOrder)
        .bind(5, at)
        .bind(6, at)
        .exec();
    return id;
}

int RouteStore::publish(const StoredDraw &draw, const QString &actor, std::int64_t at)
{
    store::Transaction transaction(m_db);
    const QJsonArray teams = draw.content.value(u"result"_s).toObject().value(u"teams"_s).toArray();
    const QJsonArray planned = draw.plan.value(u"teams"_s).toArray();
    int written = 0;
    for (qsizetype t = 0; t < teams.size(); ++t) {
        const QJsonArray members = teams[t].toObject().value(u"inspectors"_s).toArray();
        const QJsonArray stops = planned[t].toObject().value(u"enterprises"_s).toArray();
        for (const QJsonValue &member : members) {
            const QString inspector = member.toString();
            // Steps of 10, after the member's active stops, as `outfallctl assign` does.
            std::int64_t order = lastRouteOrder(inspector);
            for (const QJsonValue &stop : stops) {
                auto permits = m_db.prepare(
                    u"SELECT id FROM permit WHERE enterprise_id = ? AND status = 'issued'"
                    u" ORDER BY number"_s);
                permits.bind(1, stop.toString());
                while (permits.step()) {
                    order += 10;
                    const QString id = insertAssignment(inspector, permits.text(0), order, at);
                    if (id.isEmpty())
                        continue;
                    m_db.cached(u"INSERT INTO route_assignment (draw_id, assignment_id,"
                                u" inspector_id, permit_id, enterprise_id, team)"
                                u" VALUES (?, ?, ?, ?, ?, ?)"_s)
                        .bind(1, draw.id)
                        .bind(2, id)
                        .bind(3, inspector)
                        .bind(4, permits.text(0))
                        .bind(5, stop.toString())
                        .bind(6, int(t + 1))
                        .exec();
                    ++written;
                }
            }
        }
    }
    m_db.cached(u"UPDATE route_draw SET published_by = ?, published_at = ? WHERE id = ?"_s)
        .bind(1, actor)
        .bind(2, at)
        .bind(3, draw.id)
        .exec();
    audit(draw.id, u"publish"_s, actor, at, {{u"assignments"_s, written}});
    transaction.commit();
    return written;
}

int RouteStore::teamOf(const QString &drawId, const QString &permitId)
{
    auto row = m_db.cached(u"SELECT ra.team FROM route_assignment ra JOIN assignment a"
                           u" ON a.id = ra.assignment_id WHERE ra.draw_id = ? AND"
                           u" ra.permit_id = ? AND a.status = 'active' LIMIT 1"_s);
    row.bind(1, drawId).bind(2, permitId);
    const int team = row.step() ? row.integer(0) : 0;
    row.reset();
    return team;
}

int RouteStore::reassign(const QString &drawId, const QString &permitId, int toTeam,
    const QStringList &toInspectors, const QString &actor, std::int64_t at)
{
    store::Transaction transaction(m_db);
    auto enterprise = m_db.cached(u"SELECT enterprise_id FROM permit WHERE id = ?"_s);
    enterprise.bind(1, permitId);
    enterprise.step();
    const QString enterpriseId = enterprise.text(0);
    enterprise.reset();
    const int fromTeam = teamOf(drawId, permitId);
    int changed = m_db.cached(u"UPDATE assignment SET status = 'withdrawn', updated_at = ?"
                              u" WHERE status = 'active' AND id IN (SELECT assignment_id FROM"
                              u" route_assignment WHERE draw_id = ? AND permit_id = ?)"_s)
                      .bind(1, at)
                      .bind(2, drawId)
                      .bind(3, permitId)
                      .exec();
    for (const QString &inspector : toInspectors) {
        const QString id =
            insertAssignment(inspector, permitId, lastRouteOrder(inspector) + 10, at);
        if (id.isEmpty())
            continue;
        m_db.cached(u"INSERT INTO route_assignment (draw_id, assignment_id, inspector_id,"
                    u" permit_id, enterprise_id, team) VALUES (?, ?, ?, ?, ?, ?)"_s)
            .bind(1, drawId)
            .bind(2, id)
            .bind(3, inspector)
            .bind(4, permitId)
            .bind(5, enterpriseId)
            .bind(6, toTeam)
            .exec();
        ++changed;
    }
    audit(drawId, u"reassign"_s, actor, at,
        {{u"permit"_s, permitId}, {u"from_team"_s, fromTeam}, {u"to_team"_s, toTeam},
            {u"changed"_s, changed}});
    transaction.commit();
    return changed;
}

int RouteStore::withdraw(
    const StoredDraw &draw, const QString &inspectorId, const QString &actor, std::int64_t at)
{
    store::Transaction transaction(m_db);
    const int changed =
        m_db.prepare(
                u"UPDATE assignment SET status = 'withdrawn', updated_at = ?"
                u" WHERE status = 'active' AND id IN (SELECT assignment_id FROM"
                u" route_assignment WHERE draw_id = ? AND (CAST(?3 AS TEXT) IS NULL OR inspector_id = ?3))"_s)
            .bind(1, at)
            .bind(2, draw.id)
            .bind(3, inspectorId.isEmpty() ? QString() : inspectorId)
            .exec();
    QJsonObject detail {{u"withdrawn"_s, changed}};
    if (!inspectorId.isEmpty())
        detail.insert(u"inspector"_s, inspectorId);
    audit(draw.id, u"withdraw"_s, actor, at, detail);
    transaction.commit();
    return changed;
}

bool RouteStore::hasConflict(const QString &inspectorId, const QString &enterpriseId)
{
    auto row = m_db.cached(u"SELECT 1 FROM conflict_of_interest WHERE inspector_id = ? AND"
                           u" enterprise_id = ?"_s);
    row.bind(1, inspectorId).bind(2, enterpriseId);
    const bool found = row.step();
    row.reset();
    return found;
}

bool RouteStore::addConflict(const QString &inspectorId, const QString &enterpriseId,
    const QString &reason, const QString &actor, std::int64_t at)
{
    store::Transaction transaction(m_db);
    if (hasConflict(inspectorId, enterpriseId))
        return false;
    m_db.cached(u"INSERT INTO conflict_of_interest (id, inspector_id, enterprise_id, reason,"
                u" recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)"_s)
        .bind(1, domain::UuidV7Generator().next())
        .bind(2, inspectorId)
        .bind(3, enterpriseId)
        .bind(4, reason)
        .bind(5, actor)
        .bind(6, at)
        .exec();
    audit({}, u"conflict"_s, actor, at,
        {{u"inspector"_s, inspectorId}, {u"enterprise"_s, enterpriseId}, {u"reason"_s, reason}});
    transaction.commit();
    return true;
}

QJsonArray RouteStore::conflicts(const QString &inspectorId)
{
    auto rows = m_db.prepare(
        u"SELECT c.id, i.code, i.name, e.uscc, e.name, c.reason, c.recorded_by, c.recorded_at"
        u" FROM conflict_of_interest c JOIN inspector i ON i.id = c.inspector_id"
        u" JOIN enterprise e ON e.id = c.enterprise_id WHERE CAST(?1 AS TEXT) IS NULL OR "
        u"c.inspector_id = ?1"
        u" ORDER BY c.recorded_at, c.id"_s);
    rows.bind(1, inspectorId.isEmpty() ? QString() : inspectorId);
    QJsonArray list;
    while (rows.step()) {
        list.append(QJsonObject {{u"id"_s, rows.text(0)}, {u"inspector"_s, rows.text(1)},
            {u"inspector_name"_s, rows.text(2)}, {u"enterprise"_s, rows.text(3)},
            {u"enterprise_name"_s, rows.text(4)}, {u"reason"_s, rows.text(5)},
            {u"recorded_by"_s, rows.text(6)}, {u"recorded_at"_s, qint64(rows.int64(7))}});
    }
    return list;
}

bool RouteStore::removeConflict(const QString &inspectorId, const QString &enterpriseId,
    const QString &reason, const QString &actor, std::int64_t at)
{
    store::Transaction transaction(m_db);
    auto row = m_db.prepare(u"SELECT id, reason FROM conflict_of_interest WHERE inspector_id = ?"
                            u" AND enterprise_id = ?"_s);
    row.bind(1, inspectorId).bind(2, enterpriseId);
    if (!row.step())
        return false;
    const QString id = row.text(0);
    const QString recordedReason = row.text(1);
    row.reset();
    m_db.prepare(u"DELETE FROM conflict_of_interest WHERE id = ?"_s).bind(1, id).exec();
    // route_event's actions are fixed by its CHECK: a removal is a 'conflict' event that says so.
    audit({}, u"conflict"_s, actor, at,
        {{u"inspector"_s, inspectorId}, {u"enterprise"_s, enterpriseId}, {u"removed"_s, true},
            {u"recorded_reason"_s, recordedReason}, {u"reason"_s, reason}});
    transaction.commit();
    return true;
}

void RouteStore::audit(const QString &drawId, const QString &action, const QString &actor,
    std::int64_t at, const QJsonObject &detail)
{
    m_db.cached(u"INSERT INTO route_event (draw_id, action, actor, at, detail)"
                u" VALUES (?, ?, ?, ?, ?)"_s)
        .bind(1, drawId.isEmpty() ? QString() : drawId)
        .bind(2, action)
        .bind(3, actor)
        .bind(4, at)
        .bind(5, compact(detail))
        .exec();
}

} // namespace outfall::server
