#include "server/reviewrecords.h"

#include "domain/uuidv7.h"
#include "store/database.h"
#include "sync/entityschema.h"
#include "sync/signaturecoverage.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;
using outfall::store::InspectionReviewState;

namespace outfall::server {

namespace {

QJsonValue instant(std::int64_t ms)
{
    return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate))
                  : QJsonValue();
}

// Rows of one inspection as JSON objects, made by the store (`json_object` per row; PgEngine's
// json_build_object); ?1 is the inspection id. Truth values are written as CASE … 1 ELSE 0 so
// that both engines send numbers (PostgreSQL's EXISTS is a boolean, JSON's true).
const QString kAnswers = uR"(
    SELECT json_object('id', a.id, 'item', ci.code, 'text_en', ci.text_en, 'text_zh', ci.text_zh,
        'answer', a.answer, 'note', a.note, 'recorded_at', a.recorded_at,
        'supersedes_id', a.supersedes_id, 'in_force', CASE WHEN
        NOT EXISTS (SELECT 1 FROM checklist_answer n WHERE n.supersedes_id = a.id) THEN 1 ELSE 0 END)
    FROM checklist_answer a JOIN checklist_item ci ON ci.id = a.item_id
    WHERE a.inspection_id = ?1 ORDER BY ci.ordinal, a.recorded_at, a.id)"_s;
const QString kMeasurements = uR"(
    SELECT json_object('id', m.id, 'outlet', o.code, 'pollutant', m.pollutant, 'value', m.value,
        'unit', m.unit, 'o2_pct', m.o2_pct, 'instrument_id', m.instrument_id, 'method', m.method,
        'recorded_at', m.recorded_at, 'supersedes_id', m.supersedes_id, 'in_force', CASE WHEN
        NOT EXISTS (SELECT 1 FROM measurement n WHERE n.supersedes_id = m.id) THEN 1 ELSE 0 END)
    FROM measurement m LEFT JOIN outlet o ON o.id = m.outlet_id
    WHERE m.inspection_id = ?1 ORDER BY m.recorded_at, m.id)"_s;
const QString kFixes = uR"(
    SELECT json_object('id', f.id, 'purpose', f.purpose, 'outlet', o.code, 'lat', f.lat,
        'lon', f.lon, 'accuracy_m', f.accuracy_m, 'recorded_at', f.recorded_at)
    FROM position_fix f LEFT JOIN outlet o ON o.id = f.outlet_id
    WHERE f.inspection_id = ?1 ORDER BY f.recorded_at, f.id)"_s;
const QString kPhotos = uR"(
    SELECT json_object('id', p.id, 'sha256', p.sha256, 'byte_size', p.byte_size,
        'subject', p.subject, 'caption', p.caption, 'taken_at', p.taken_at,
        'supersedes_id', p.supersedes_id, 'uploaded', CASE WHEN EXISTS (SELECT 1 FROM blob b
            WHERE b.sha256 = p.sha256) THEN 1 ELSE 0 END, 'in_force', CASE WHEN
        NOT EXISTS (SELECT 1 FROM photo n WHERE n.supersedes_id = p.id) THEN 1 ELSE 0 END)
    FROM photo p WHERE p.inspection_id = ?1 ORDER BY p.taken_at, p.id)"_s;
const QString kSignatures = uR"(
    SELECT json_object('id', s.id, 'role', s.signer_role, 'name', s.signer_name,
        'refused', s.refused, 'signed_at', s.signed_at, 'certificate_no', s.certificate_no,
        'witness_name', s.witness_name)
    FROM signature s WHERE s.inspection_id = ?1 ORDER BY s.signed_at, s.id)"_s;
const QString kTeam = uR"(
    SELECT json_object('inspector_id', t.inspector_id, 'name', i.name,
        'certificate_no', t.certificate_no)
    FROM inspection_inspector t LEFT JOIN inspector i ON i.id = t.inspector_id
    WHERE t.inspection_id = ?1 ORDER BY t.added_at, t.id)"_s;
const QString kReviews = uR"(
    SELECT json_object('id', r.id, 'decision', r.decision, 'comment', r.comment,
        'decided_by', r.decided_by, 'decided_at', r.decided_at)
    FROM inspection_review r WHERE r.inspection_id = ?1 ORDER BY r.decided_at, r.id)"_s;
// Flags of the inspection's permit with evidence (a JSON array of {id, ...}): flagsOf keeps the
// flags whose evidence names one of the inspection's records or the inspection itself. The JSON
// is read here, not in SQL, where the engines spell it apart.
const QString kFlagsWithEvidence = uR"(
    SELECT json_object('id', f.id, 'rule', f.rule_id, 'severity', f.severity,
        'status', f.status, 'message_en', f.message_en, 'message_zh', f.message_zh), f.evidence
    FROM flag f JOIN inspection i ON i.id = ?1 AND f.permit_id = i.permit_id
    WHERE f.evidence IS NOT NULL
    ORDER BY f.rule_id, f.id)"_s;
} // namespace

ReviewRecords::ReviewRecords(store::Database &db)
    : m_db(db)
{ }

bool ReviewRecords::isState(const QString &state)
{
    return state == u"submitted" || state == u"returned" || state == u"approved";
}

QJsonArray ReviewRecords::rows(const QString &sql, const QString &inspectionId) const
{
    auto statement = m_db.prepare(sql);
    statement.bind(1, inspectionId);
    QJsonArray result;
    while (statement.step())
        result.append(QJsonDocument::fromJson(statement.text(0).toUtf8()).object());
    return result;
}

QJsonArray ReviewRecords::flagsOf(const QString &inspectionId) const
{
    const QStringList recordIds = sync::SignatureCoverage::evidenceIds(m_db, inspectionId);
    QSet<QString> records(recordIds.cbegin(), recordIds.cend());
    records.insert(inspectionId);
    auto flags = m_db.prepare(kFlagsWithEvidence);
    flags.bind(1, inspectionId);
    QJsonArray result;
    while (flags.step()) {
        const QJsonArray evidence = QJsonDocument::fromJson(flags.text(1).toUtf8()).array();
        const bool namesOne = std::any_of(evidence.begin(), evidence.end(),
            [&](const QJsonValue &item) { return records.contains(item[u"id"].toString()); });
        if (namesOne)
            result.append(QJsonDocument::fromJson(flags.text(0).toUtf8()).object());
    }
    return result;
}

QJsonObject ReviewRecords::summary(
    const QString &inspectionId, const InspectionReviewState &state) const
{
    auto row = m_db.cached(uR"(
        SELECT i.permit_id, coalesce(p.number, ''), coalesce(e.name, ''), i.inspector_id,
               coalesce(n.name, ''), i.phase, i.started_at, coalesce(i.submitted_at, 0)
        FROM inspection i
        LEFT JOIN permit p ON p.id = i.permit_id
        LEFT JOIN enterprise e ON e.id = p.enterprise_id
        LEFT JOIN inspector n ON n.id = i.inspector_id
        WHERE i.id = ?)"_s);
    row.bind(1, inspectionId);
    row.step();
    QJsonObject object {{u"id"_s, inspectionId}, {u"state"_s, state.name()},
        {u"permit_id"_s, row.text(0)}, {u"permit"_s, row.text(1)}, {u"enterprise"_s, row.text(2)},
        {u"inspector_id"_s, row.text(3)}, {u"inspector"_s, row.text(4)}, {u"phase"_s, row.text(5)},
        {u"started_at"_s, instant(row.int64(6))}, {u"submitted_at"_s, instant(row.int64(7))}};
    row.reset();
    if (!state.decision.isEmpty()) {
        object.insert(u"decision"_s, state.decision);
        object.insert(u"comment"_s, state.comment.isEmpty() ? QJsonValue() : state.comment);
        object.insert(u"decided_by"_s, state.decidedBy);
        object.insert(u"decided_at"_s, instant(state.decidedAt));
    }
    return object;
}

QJsonArray ReviewRecords::list(const QString &state, int limit) const
{
    // Submitted at least once: status moved on, or a decision was taken.
    auto statement = m_db.prepare(uR"(
        SELECT i.id FROM inspection i
        WHERE i.status <> 'in_progress'
           OR EXISTS (SELECT 1 FROM inspection_review r WHERE r.inspection_id = i.id)
        ORDER BY coalesce(i.submitted_at, i.started_at) DESC, i.id DESC)"_s);
    QJsonArray result;
    while (statement.step() && result.size() < limit) {
        const QString id = statement.text(0);
        const auto current = InspectionReviewState::of(m_db, id);
        if (!current || (!state.isEmpty() && current->name() != state))
            continue;
        result.append(summary(id, *current));
    }
    return result;
}

std::optional<QJsonObject> ReviewRecords::show(const QString &inspectionId) const
{
    const auto state = InspectionReviewState::of(m_db, inspectionId);
    if (!state)
        return std::nullopt;
    QJsonObject object = summary(inspectionId, *state);
    auto extra = m_db.cached(u"SELECT coalesce(summary, ''), coalesce(production_load, ''),"
                             u" production_load_pct FROM inspection WHERE id = ?"_s);
    extra.bind(1, inspectionId);
    extra.step();
    object.insert(u"summary"_s, extra.text(0));
    object.insert(u"production_load"_s, extra.text(1));
    if (const auto pct = extra.optionalReal(2))
        object.insert(u"production_load_pct"_s, *pct);
    extra.reset();
    const QJsonArray answers = rows(kAnswers, inspectionId);
    QJsonArray findings; // non-compliant answers in force
    for (const QJsonValue &answer : answers) {
        const QJsonObject a = answer.toObject();
        if (a.value(u"answer"_s) == u"non_compliant"_s && a.value(u"in_force"_s).toInt() != 0)
            findings.append(a);
    }
    object.insert(u"reviews"_s, rows(kReviews, inspectionId));
    object.insert(u"answers"_s, answers);
    object.insert(u"findings"_s, findings);
    object.insert(u"measurements"_s, rows(kMeasurements, inspectionId));
    object.insert(u"fixes"_s, rows(kFixes, inspectionId));
    object.insert(u"photos"_s, rows(kPhotos, inspectionId));
    object.insert(u"signatures"_s, rows(kSignatures, inspectionId));
    object.insert(u"team"_s, rows(kTeam, inspectionId));
    object.insert(u"flags"_s, flagsOf(inspectionId));
    return object;
}

std::optional<std::variant<ReviewRecords::Decided, ReviewRecords::Refused>> ReviewRecords::decide(
    const QString &inspectionId, Decision decision, const QString &comment, const QString &actor,
    std::int64_t nowMs)
{
    using Stage = InspectionReviewState::Stage;
    const auto state = InspectionReviewState::of(m_db, inspectionId);
    if (!state)
        return std::nullopt;
    const QString verb = decision == Decision::Approve ? u"approved"_s : u"returned"_s;
    switch (state->stage) {
    case Stage::InProgress:
        return Refused {
            u"inspection %1 is in progress: only a submitted inspection can be %2"_s.arg(
                inspectionId, verb)};
    case Stage::Returned:
        return Refused {u"inspection %1 was returned to its inspector and is not resubmitted yet:"
                        u" it can be %2 after the resubmission"_s.arg(inspectionId, verb)};
    case Stage::Approved:
        return Refused {
            u"inspection %1 is already approved: an approved inspection is locked"_s.arg(
                inspectionId)};
    case Stage::Submitted:
        break;
    }
    if (decision == Decision::Approve) {
        // What is approved is what both parties signed (as for a reviewed push, 4.3).
        const auto signatures = sync::SignatureCoverage::inForce(m_db, inspectionId);
        if (!signatures.complete())
            return Refused {
                u"inspection %1 cannot be approved: its signatures do not cover its"
                u" current records (%2 voided); return it to be signed again"_s.arg(inspectionId)
                    .arg(signatures.voided)};
    }

    auto owner = m_db.cached(u"SELECT permit_id, inspector_id FROM inspection WHERE id = ?"_s);
    owner.bind(1, inspectionId);
    owner.step();
    const QString permitId = owner.text(0);
    const QString inspectorId = owner.text(1);
    owner.reset();
    thread_local domain::UuidV7Generator generator;
    const QString reviewId = generator.next();
    m_db.cached(u"INSERT INTO inspection_review (id, inspection_id, permit_id, inspector_id,"
                u" decision, comment, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(1, reviewId)
        .bind(2, inspectionId)
        .bind(3, permitId)
        .bind(4, inspectorId)
        .bind(5, decision == Decision::Approve ? u"approved"_s : u"returned"_s)
        .bind(6, comment.isEmpty() ? QString() : comment)
        .bind(7, actor)
        .bind(8, nowMs)
        .exec();
    // The row's version for pulls, as the change-capture triggers of 0005 write it.
    m_db.exec(u"UPDATE sync_counter SET seq = seq + 1"_s);
    m_db.cached(u"INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq,"
                u" deleted) VALUES (?, ?, 'permit', ?, ?, NULL, (SELECT seq FROM sync_counter),"
                u" 0)"_s)
        .bind(1, int(sync::Entity::InspectionReview))
        .bind(2, reviewId)
        .bind(3, permitId)
        .bind(4, inspectorId)
        .exec();
    return Decided {reviewId, decision == Decision::Approve ? u"approved"_s : u"returned"_s};
}

} // namespace outfall::server
