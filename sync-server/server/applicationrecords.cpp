#include "server/applicationrecords.h"

#include "domain/uuidv7.h"
#include "store/database.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

QJsonValue instant(std::int64_t ms)
{
    return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate))
                  : QJsonValue();
}

// An application: a permit row still an application, or one issued over an application (its
// decisions stay on record).
const QString kIsApplication = uR"((p.status = 'application'
    OR EXISTS (SELECT 1 FROM application_decision d WHERE d.permit_id = p.id)))"_s;

// The state SQL computes for a permit row p (see the class comment).
const QString kState = uR"(CASE WHEN p.status = 'issued' THEN 'issued' ELSE coalesce(
    (SELECT d.decision FROM application_decision d WHERE d.permit_id = p.id
     ORDER BY d.decided_at DESC, d.id DESC LIMIT 1), 'pending') END)"_s;

// Rows of one application as JSON objects (`json_object` per row); ?1 is the permit id.
const QString kFacilities = uR"(
    SELECT json_object('id', id, 'code', code, 'name', name, 'treats', treats,
        'outlet', outlet_code, 'expected_state',
        CASE expected_running WHEN 1 THEN 'running' ELSE 'standby' END)
    FROM treatment_facility WHERE permit_id = ?1 ORDER BY code)"_s;
const QString kOutlets = uR"(
    SELECT json_object('id', id, 'code', code, 'name', name, 'medium', medium, 'lat', lat,
        'lon', lon)
    FROM outlet WHERE permit_id = ?1 AND removed_in_revision IS NULL ORDER BY code)"_s;
// Each declaration checked before issuance, in force (corrections applied), with what it names.
const QString kChecks = uR"(
    SELECT json_object('id', c.id, 'inspection_id', c.inspection_id, 'kind', c.kind,
        'subject', coalesce(o.code, f.code), 'found', c.found, 'running', c.running,
        'lat', c.lat, 'lon', c.lon, 'accuracy_m', c.accuracy_m,
        'observed_value', c.observed_value, 'observed_unit', c.observed_unit,
        'outside_zones', c.outside_zones, 'note', c.note, 'recorded_at', c.recorded_at)
    FROM declaration_check c JOIN inspection i ON i.id = c.inspection_id
    LEFT JOIN outlet o ON o.id = c.subject_id
    LEFT JOIN treatment_facility f ON f.id = c.subject_id
    WHERE i.permit_id = ?1
      AND NOT EXISTS (SELECT 1 FROM declaration_check n WHERE n.supersedes_id = c.id)
    ORDER BY c.kind, coalesce(o.code, f.code, ''), c.recorded_at, c.id)"_s;
// The mismatches: flags of the rules that judge declarations.
const QString kFlags = uR"(
    SELECT json_object('id', id, 'rule', rule_id, 'severity', severity, 'status', status,
        'message_en', message_en, 'message_zh', message_zh)
    FROM flag WHERE permit_id = ?1 AND rule_id IN ('R15', 'R16', 'R17')
    ORDER BY rule_id, id)"_s;
const QString kDecisions = uR"(
    SELECT json_object('id', d.id, 'decision', d.decision, 'reason', d.reason,
        'decided_by', d.decided_by, 'decided_by_name', i.name, 'decided_at', d.decided_at)
    FROM application_decision d LEFT JOIN inspector i ON i.id = d.decided_by
    WHERE d.permit_id = ?1 ORDER BY d.decided_at, d.id)"_s;

} // namespace

ApplicationRecords::ApplicationRecords(store::Database &db)
    : m_db(db)
{ }

bool ApplicationRecords::isState(const QString &state)
{
    return state == u"pending" || state == u"returned" || state == u"approved"
        || state == u"refused" || state == u"issued";
}

std::optional<ApplicationRecords::Decision> ApplicationRecords::decisionFromVerb(
    const QString &verb)
{
    if (verb == u"approve")
        return Decision::Approve;
    if (verb == u"return")
        return Decision::Return;
    if (verb == u"refuse")
        return Decision::Refuse;
    return std::nullopt;
}

QString ApplicationRecords::find(const QString &idOrNumber) const
{
    auto row = m_db.cached(
        u"SELECT p.id FROM permit p WHERE (p.id = ?1 OR p.number = ?1) AND "_s + kIsApplication);
    row.bind(1, idOrNumber);
    const QString id = row.step() ? row.text(0) : QString();
    row.reset();
    return id;
}

QJsonArray ApplicationRecords::rows(const QString &sql, const QString &permitId) const
{
    auto statement = m_db.prepare(sql);
    statement.bind(1, permitId);
    QJsonArray result;
    while (statement.step())
        result.append(QJsonDocument::fromJson(statement.text(0).toUtf8()).object());
    return result;
}

QJsonObject ApplicationRecords::summary(const QString &permitId) const
{
    auto row = m_db.cached(u"SELECT p.number, coalesce(e.name, ''), coalesce(p.applied_on, ''),"
                           u" p.revision, "_s
        + kState
        + u", (SELECT count(*) FROM flag f WHERE f.permit_id = p.id AND f.rule_id IN ('R15',"
          u" 'R16', 'R17') AND f.status IN ('open', 'acknowledged')), p.capacity_value,"
          u" coalesce(p.capacity_unit, ''), coalesce(p.application_decision_id, ''),"
          u" p.issued_on FROM permit p LEFT JOIN enterprise e ON e.id = p.enterprise_id"
          u" WHERE p.id = ?"_s);
    row.bind(1, permitId);
    row.step();
    QJsonObject object {{u"id"_s, permitId}, {u"number"_s, row.text(0)},
        {u"enterprise"_s, row.text(1)}, {u"applied_on"_s, row.text(2)},
        {u"revision"_s, row.integer(3)}, {u"state"_s, row.text(4)},
        {u"mismatches"_s, row.integer(5)}};
    if (const auto value = row.optionalReal(6)) {
        object.insert(u"capacity_value"_s, *value);
        object.insert(u"capacity_unit"_s, row.text(7));
    }
    if (row.text(4) == u"issued") {
        object.insert(u"issued_on"_s, row.text(9));
        // The decision the issued permit links to; null: issued with no decision on record.
        object.insert(u"issued_decision_id"_s, row.text(8).isEmpty() ? QJsonValue() : row.text(8));
    }
    row.reset();
    return object;
}

QJsonArray ApplicationRecords::list(const QString &state, int limit) const
{
    auto statement = m_db.prepare(u"SELECT p.id, "_s + kState + u" FROM permit p WHERE "_s
        + kIsApplication + u" ORDER BY coalesce(p.applied_on, '') DESC, p.number"_s);
    QJsonArray result;
    while (statement.step() && result.size() < limit) {
        if (!state.isEmpty() && statement.text(1) != state)
            continue;
        result.append(summary(statement.text(0)));
    }
    return result;
}

std::optional<QJsonObject> ApplicationRecords::show(const QString &idOrNumber) const
{
    const QString permitId = find(idOrNumber);
    if (permitId.isEmpty())
        return std::nullopt;
    QJsonObject object = summary(permitId);
    object.insert(u"outlets"_s, rows(kOutlets, permitId));
    object.insert(u"facilities"_s, rows(kFacilities, permitId));
    object.insert(u"checks"_s, rows(kChecks, permitId));
    object.insert(u"flags"_s, rows(kFlags, permitId));
    QJsonArray decisions = rows(kDecisions, permitId);
    for (auto it = decisions.begin(); it != decisions.end(); ++it) {
        QJsonObject d = it->toObject();
        d.insert(u"decided_at"_s, instant(std::int64_t(d.value(u"decided_at"_s).toDouble())));
        *it = d;
    }
    object.insert(u"decisions"_s, decisions);
    return object;
}

std::optional<std::variant<ApplicationRecords::Decided, ApplicationRecords::Refused>>
ApplicationRecords::decide(const QString &idOrNumber, Decision decision, const QString &reason,
    const QString &actor, std::int64_t nowMs)
{
    const QString permitId = find(idOrNumber);
    if (permitId.isEmpty())
        return std::nullopt;
    const QString state = summary(permitId).value(u"state"_s).toString();
    const QString verb = decision == Decision::Approve ? u"approved"_s
        : decision == Decision::Return                 ? u"returned"_s
                                                       : u"refused"_s;
    if (state == u"issued")
        return Refused {
            u"application %1 is issued already: its permit was imported"_s.arg(idOrNumber)};
    if (state == u"approved" || state == u"refused")
        return Refused {u"application %1 is %2 already, a final decision; it cannot be %3"_s.arg(
            idOrNumber, state, verb)};
    thread_local domain::UuidV7Generator generator;
    const QString decisionId = generator.next();
    // The change capture of 0023 sends the row to the devices that hold the application.
    m_db.cached(u"INSERT INTO application_decision (id, permit_id, decision, reason, decided_by,"
                u" decided_at) VALUES (?, ?, ?, ?, ?, ?)"_s)
        .bind(1, decisionId)
        .bind(2, permitId)
        .bind(3, verb)
        .bind(4, reason)
        .bind(5, actor)
        .bind(6, nowMs)
        .exec();
    return Decided {decisionId, verb};
}

} // namespace outfall::server
