#include "server/routecommands.h"

#include "routes/routedraw.h"
#include "routes/tourplanner.h"
#include "server/routestore.h"
#include "store/database.h"
#include "sync/headerfields.h"
#include "sync/jsonbody.h"
#include "sync/protocolerror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

using sync::ErrorCode;
using sync::HeaderFields;
using sync::ProtocolError;

constexpr int kMaxDrawn = 100'000;
constexpr int kMaxReasonLength = 2000;

// The admin credential has no inspector: its device id stands for it (as for flag decisions).
QString actorOf(const Peer &peer)
{
    return peer.inspectorId.isEmpty() ? peer.deviceId : peer.inspectorId;
}

double coordinate(const QCborMap &header, const QString &key, double limit)
{
    const QCborValue value = header.value(key);
    if (!value.isDouble() && !value.isInteger())
        HeaderFields::fail(key, u"a number of degrees"_s);
    const double degrees = value.toDouble();
    if (!(degrees >= -limit && degrees <= limit))
        HeaderFields::fail(key, u"degrees between -%1 and %1"_s.arg(limit));
    return degrees;
}

RouteStore::StoredDraw drawNamed(RouteStore &store, const QCborMap &header)
{
    const QString name = HeaderFields(header).text(u"id"_s, 64);
    auto draw = store.find(name);
    if (!draw)
        throw ProtocolError(
            ErrorCode::NotFound, u"no route draw with number or id '%1'"_s.arg(name));
    return *draw;
}

void requireUnpublished(const RouteStore::StoredDraw &draw, const QString &what)
{
    if (draw.publishedAt)
        throw ProtocolError(ErrorCode::Forbidden,
            u"draw %1 was published on %2: it cannot be %3 (withdraw or reassign instead)"_s.arg(
                QString::number(draw.number),
                QDateTime::fromMSecsSinceEpoch(*draw.publishedAt, QTimeZone::utc())
                    .toString(Qt::ISODate),
                what));
}

QJsonArray teamsOf(const RouteStore::StoredDraw &draw)
{
    return draw.content.value(u"result"_s).toObject().value(u"teams"_s).toArray();
}

// What a supervisor reads: the record without its pool (which `show --pool` adds), with the
// names of the inspectors and enterprises drawn.
QJsonObject summary(RouteStore &store, const RouteStore::StoredDraw &draw, bool withPool)
{
    QJsonObject content = draw.content;
    const QJsonObject pool = content.value(u"pool"_s).toObject();
    if (!withPool)
        content.remove(u"pool"_s);
    QJsonObject inspectors;
    QJsonObject enterprises;
    for (const QJsonValue &team : teamsOf(draw)) {
        for (const QJsonValue &id : team.toObject().value(u"inspectors"_s).toArray())
            inspectors.insert(id.toString(), store.inspectorCode(id.toString()));
        for (const QJsonValue &id : team.toObject().value(u"enterprises"_s).toArray())
            enterprises.insert(id.toString(), store.enterpriseLabel(id.toString()));
    }
    for (const QJsonValue &id :
        content.value(u"result"_s).toObject().value(u"passed_over"_s).toArray())
        enterprises.insert(id.toString(), store.enterpriseLabel(id.toString()));
    QJsonObject out {
        {u"id"_s, draw.id},
        {u"number"_s, draw.number},
        {u"seed"_s, draw.seed},
        {u"content_hash"_s, draw.contentHash},
        {u"created_by"_s, draw.createdBy},
        {u"created_at"_s, qint64(draw.createdAt)},
        {u"content"_s, content},
        {u"pool_size"_s,
            QJsonObject {
                {u"enterprises"_s, pool.value(u"enterprises"_s).toArray().size()},
                {u"inspectors"_s, pool.value(u"inspectors"_s).toArray().size()},
                {u"conflicts"_s, pool.value(u"conflicts"_s).toArray().size()},
            }},
        {u"names"_s, QJsonObject {{u"inspectors"_s, inspectors}, {u"enterprises"_s, enterprises}}},
    };
    if (!draw.plan.isEmpty())
        out.insert(u"plan"_s, draw.plan);
    if (draw.publishedAt) {
        out.insert(u"published_at"_s, qint64(*draw.publishedAt));
        out.insert(u"published_by"_s, draw.publishedBy);
    }
    return out;
}

// The id of the active inspector with that code or id; NOT_FOUND otherwise.
QString inspectorNamed(RouteStore &store, const QString &name)
{
    const QString id = store.inspectorId(name);
    if (id.isEmpty())
        throw ProtocolError(
            ErrorCode::NotFound, u"no active inspector with code or id '%1'"_s.arg(name));
    return id;
}

// The inspector the header's optional "i" names, or empty when it names none.
QString optionalInspector(RouteStore &store, const QCborMap &header)
{
    return header.contains(u"i"_s) ? inspectorNamed(store, HeaderFields(header).text(u"i"_s, 200))
                                   : QString();
}

} // namespace

RouteCommands::RouteCommands(store::Database &db)
    : m_db(db)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{ }

sync::Message RouteCommands::handle(const Peer &peer, const sync::Message &message)
{
    const QString op = HeaderFields(message.header).text(u"op"_s, 16);
    static const QStringList ops {u"draw"_s, u"list"_s, u"show"_s, u"plan"_s, u"assign"_s,
        u"reassign"_s, u"withdraw"_s, u"conflict"_s, u"conflicts"_s, u"conflict-remove"_s};
    if (!ops.contains(op))
        HeaderFields::fail(u"op"_s, ops.join(u", "_s));
    if (!peer.maySupervise())
        throw ProtocolError(ErrorCode::Forbidden,
            u"only a supervisor may %1 routes or record conflicts of interest; this device's role"
            u" is %2"_s.arg(op.startsWith(u"conflict"_s) ? u"draw"_s : op, peer.role));
    const QString actor = actorOf(peer);
    QJsonObject result;
    if (op == u"draw")
        result = draw(actor, message.header);
    else if (op == u"list")
        result = list();
    else if (op == u"show")
        result = show(message.header, HeaderFields(message.header).flag(u"pool"_s));
    else if (op == u"plan")
        result = plan(actor, message.header);
    else if (op == u"assign")
        result = assign(actor, message.header);
    else if (op == u"reassign")
        result = reassign(actor, message.header);
    else if (op == u"withdraw")
        result = withdraw(actor, message.header);
    else if (op == u"conflicts")
        result = conflicts(message.header);
    else if (op == u"conflict-remove")
        result = removeConflict(actor, message.header);
    else
        result = conflict(actor, message.header);
    QCborMap header;
    header.insert(u"op"_s, op);
    return sync::Message::reply(sync::Command::RouteReply, message, header, sync::jsonBody(result));
}

QJsonObject RouteCommands::draw(const QString &actor, const QCborMap &header)
{
    const HeaderFields fields(header);
    routes::PoolFilter filter;
    try {
        filter = routes::PoolFilter::parse(fields.text(u"pool"_s, 4000));
    } catch (const routes::PoolFilterError &e) {
        throw ProtocolError(ErrorCode::Malformed, e.message());
    }
    routes::DrawRecord record;
    record.rules.pool = filter.toText();
    record.rules.enterprises = int(fields.integer(u"e"_s, 1, kMaxDrawn));
    record.rules.inspectors = int(fields.integer(u"m"_s, 2, kMaxDrawn));
    record.rules.teamSize = int(fields.optionalInteger(u"team"_s, 2, 20).value_or(2));
    const QString weighting = header.contains(u"w"_s) ? fields.text(u"w"_s, 16) : u"uniform"_s;
    if (weighting != u"uniform" && weighting != u"risk")
        HeaderFields::fail(u"w"_s, u"uniform or risk"_s);
    record.rules.weighting = weighting == u"risk" ? routes::DrawRules::Weighting::Risk
                                                  : routes::DrawRules::Weighting::Uniform;
    // A seed the supervisor did not choose comes from the system's entropy, and is recorded.
    record.seed = header.contains(u"seed"_s)
        ? std::uint64_t(fields.integer(u"seed"_s, 0, std::numeric_limits<std::int64_t>::max()))
        : QRandomGenerator::system()->generate64() >> 1;
    RouteStore store(m_db);
    record.pool = store.loadPool(filter, m_now());
    try {
        record.result = routes::drawRoute(record.pool, record.rules, record.seed);
    } catch (const routes::DrawError &e) {
        throw ProtocolError(ErrorCode::Malformed, e.message());
    }
    return summary(store, store.saveDraw(record, actor, m_now()), false);
}

QJsonObject RouteCommands::list()
{
    RouteStore store(m_db);
    QJsonArray draws;
    for (const RouteStore::StoredDraw &draw : store.list()) {
        QJsonObject row = summary(store, draw, false);
        row.remove(u"names"_s);
        draws.append(row);
    }
    return {{u"draws"_s, draws}};
}

QJsonObject RouteCommands::show(const QCborMap &header, bool withPool)
{
    RouteStore store(m_db);
    return summary(store, drawNamed(store, header), withPool);
}

QJsonObject RouteCommands::plan(const QString &actor, const QCborMap &header)
{
    RouteStore store(m_db);
    const RouteStore::StoredDraw draw = drawNamed(store, header);
    requireUnpublished(draw, u"planned again"_s);
    const routes::GeoPoint start {
        coordinate(header, u"lat"_s, 90), coordinate(header, u"lon"_s, 180)};
    QJsonArray teams;
    double planned = 0;
    double drawOrder = 0;
    for (const QJsonValue &value : teamsOf(draw)) {
        const QJsonArray enterprises = value.toObject().value(u"enterprises"_s).toArray();
        std::vector<routes::GeoPoint> sites;
        for (const QJsonValue &id : enterprises) {
            const auto site = store.site(id.toString());
            if (!site)
                throw ProtocolError(ErrorCode::Malformed,
                    u"enterprise %1 has no position (no coordinates and no outlets): it cannot"
                    u" be planned"_s.arg(store.enterpriseLabel(id.toString())));
            sites.push_back(*site);
        }
        const routes::TourPlan tour = routes::planTour(routes::DistanceMatrix(start, sites));
        QJsonArray order;
        for (const std::size_t node : tour.tour)
            order.append(enterprises[qsizetype(node - 1)]);
        teams.append(QJsonObject {{u"enterprises"_s, order}, {u"planned_m"_s, tour.lengthM},
            {u"draw_order_m"_s, tour.drawOrderLengthM}});
        planned += tour.lengthM;
        drawOrder += tour.drawOrderLengthM;
    }
    const QJsonObject plan {{u"start"_s, QJsonArray {start.lat, start.lon}}, {u"teams"_s, teams},
        {u"planned_m"_s, planned}, {u"draw_order_m"_s, drawOrder}};
    store.savePlan(draw.id, plan, actor, m_now());
    return summary(store, *store.find(draw.id), false);
}

QJsonObject RouteCommands::assign(const QString &actor, const QCborMap &header)
{
    RouteStore store(m_db);
    const RouteStore::StoredDraw draw = drawNamed(store, header);
    requireUnpublished(draw, u"published again"_s);
    if (draw.plan.isEmpty())
        throw ProtocolError(ErrorCode::Malformed,
            u"draw %1 has no plan yet: run `route plan %1 --start LAT,LON` first"_s.arg(
                draw.number));
    const int written = store.publish(draw, actor, m_now());
    QJsonObject out = summary(store, *store.find(draw.id), false);
    out.insert(u"changed"_s, written);
    return out;
}

QJsonObject RouteCommands::reassign(const QString &actor, const QCborMap &header)
{
    RouteStore store(m_db);
    const HeaderFields fields(header);
    const RouteStore::StoredDraw draw = drawNamed(store, header);
    if (!draw.publishedAt)
        throw ProtocolError(ErrorCode::Malformed,
            u"draw %1 is not published: plan it again instead of reassigning"_s.arg(draw.number));
    const QString permitName = fields.text(u"p"_s, 200);
    const QString permit = store.permitId(permitName);
    if (permit.isEmpty())
        throw ProtocolError(
            ErrorCode::NotFound, u"no permit with number or id '%1'"_s.arg(permitName));
    const QString targetName = fields.text(u"to"_s, 200);
    const QString target = store.inspectorId(targetName);
    if (target.isEmpty())
        throw ProtocolError(
            ErrorCode::NotFound, u"no active inspector with code or id '%1'"_s.arg(targetName));
    const int fromTeam = store.teamOf(draw.id, permit);
    if (fromTeam == 0)
        throw ProtocolError(ErrorCode::NotFound,
            u"permit %1 is not on an active route of draw %2"_s.arg(permitName).arg(draw.number));
    const QJsonArray teams = teamsOf(draw);
    int toTeam = 0;
    QStringList members;
    for (qsizetype t = 0; t < teams.size(); ++t) {
        QStringList ids;
        for (const QJsonValue &id : teams[t].toObject().value(u"inspectors"_s).toArray())
            ids << id.toString();
        if (ids.contains(target)) {
            toTeam = int(t + 1);
            members = ids;
        }
    }
    if (toTeam == 0)
        throw ProtocolError(ErrorCode::Malformed,
            u"inspector %1 is not in draw %2: a reassignment moves a site to another of the"
            u" draw's teams (so it is still inspected by two)"_s.arg(targetName)
                .arg(draw.number));
    if (toTeam == fromTeam)
        throw ProtocolError(ErrorCode::Malformed,
            u"permit %1 is on the route of %2's team already"_s.arg(permitName, targetName));
    auto enterprise = m_db.prepare(u"SELECT enterprise_id FROM permit WHERE id = ?"_s);
    enterprise.bind(1, permit);
    enterprise.step();
    for (const QString &member : members) {
        if (store.hasConflict(member, enterprise.text(0)))
            throw ProtocolError(ErrorCode::Forbidden,
                u"inspector %1 of that team has a recorded conflict of interest with %2"_s.arg(
                    store.inspectorCode(member), store.enterpriseLabel(enterprise.text(0))));
    }
    const int changed = store.reassign(draw.id, permit, toTeam, members, actor, m_now());
    return {{u"changed"_s, changed}, {u"from_team"_s, fromTeam}, {u"to_team"_s, toTeam}};
}

QJsonObject RouteCommands::withdraw(const QString &actor, const QCborMap &header)
{
    RouteStore store(m_db);
    const RouteStore::StoredDraw draw = drawNamed(store, header);
    const QString inspector = optionalInspector(store, header);
    if (!draw.publishedAt)
        throw ProtocolError(ErrorCode::Malformed,
            u"draw %1 is not published: there is no route to withdraw"_s.arg(draw.number));
    return {{u"changed"_s, store.withdraw(draw, inspector, actor, m_now())}};
}

namespace {

// The inspector (i) and enterprise (e) a conflict names, by code or id, and its reason (why);
// with the names as given, for messages.
struct ConflictSubject
{
    QString inspector;
    QString enterprise;
    QString reason;
    QString inspectorAsGiven;
    QString enterpriseAsGiven;
};

ConflictSubject conflictSubject(RouteStore &store, const QCborMap &header, int maxReasonLength)
{
    const HeaderFields fields(header);
    ConflictSubject subject;
    subject.inspectorAsGiven = fields.text(u"i"_s, 200);
    subject.inspector = inspectorNamed(store, subject.inspectorAsGiven);
    subject.enterpriseAsGiven = fields.text(u"e"_s, 200);
    subject.enterprise = store.enterpriseId(subject.enterpriseAsGiven);
    if (subject.enterprise.isEmpty())
        throw ProtocolError(ErrorCode::NotFound,
            u"no enterprise with credit code (USCC) or id '%1'"_s.arg(subject.enterpriseAsGiven));
    subject.reason = fields.text(u"why"_s, maxReasonLength).trimmed();
    if (subject.reason.isEmpty())
        HeaderFields::fail(u"why"_s, u"the reason (not blank)"_s);
    return subject;
}

} // namespace

QJsonObject RouteCommands::conflict(const QString &actor, const QCborMap &header)
{
    RouteStore store(m_db);
    const ConflictSubject subject = conflictSubject(store, header, kMaxReasonLength);
    const bool added =
        store.addConflict(subject.inspector, subject.enterprise, subject.reason, actor, m_now());
    return {{u"changed"_s, added ? 1 : 0}};
}

QJsonObject RouteCommands::conflicts(const QCborMap &header)
{
    RouteStore store(m_db);
    const QString inspector = optionalInspector(store, header);
    return {{u"conflicts"_s, store.conflicts(inspector)}};
}

QJsonObject RouteCommands::removeConflict(const QString &actor, const QCborMap &header)
{
    RouteStore store(m_db);
    const ConflictSubject subject = conflictSubject(store, header, kMaxReasonLength);
    if (!store.removeConflict(
            subject.inspector, subject.enterprise, subject.reason, actor, m_now()))
        throw ProtocolError(ErrorCode::NotFound,
            u"no conflict of interest is recorded between %1 and %2"_s.arg(
                subject.inspectorAsGiven, subject.enterpriseAsGiven));
    return {{u"changed"_s, 1}};
}

} // namespace outfall::server
