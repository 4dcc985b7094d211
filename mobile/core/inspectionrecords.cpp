#include "core/inspectionrecords.h"

#include "core/actionrefused.h"
#include "store/database.h"
#include "store/inspectionreviewstate.h"
#include "sync/signaturecoverage.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outfall::mobile {

namespace {

// Answers no later answer supersedes.
const QString kCurrentAnswers = uR"(
    SELECT a.id, a.item_id, a.answer, coalesce(a.note, ''), a.recorded_at
    FROM checklist_answer a
    WHERE a.inspection_id = ?1
      AND NOT EXISTS (SELECT 1 FROM checklist_answer b WHERE b.supersedes_id = a.id))"_s;

CurrentAnswer readAnswer(const store::Statement &stmt)
{
    return {stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.int64(4)};
}

} // namespace

InspectionRecords::InspectionRecords(store::Database &db)
    : m_db(db)
{ }

std::optional<InspectionRow> InspectionRecords::find(const QString &inspectionId) const
{
    auto stmt = m_db.cached(u"SELECT id, permit_id, phase, status, coalesce(template_id, ''),"
                            u" started_at, submitted_at, inspector_id,"
                            u" coalesce(production_load, ''), production_load_pct"
                            u" FROM inspection WHERE id = ?"_s);
    stmt.bind(1, inspectionId);
    if (!stmt.step())
        return std::nullopt;
    InspectionRow row {stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.text(4),
        stmt.int64(5), stmt.optionalInt64(6), stmt.text(7), stmt.text(8), stmt.optionalReal(9), {},
        {}, {}};
    stmt.reset();
    if (const auto review = store::InspectionReviewState::of(m_db, inspectionId)) {
        row.reviewState = review->name();
        row.reviewId = review->reviewId;
        row.reviewComment = review->comment;
    }
    return row;
}

InspectionRow InspectionRecords::require(const QString &inspectionId) const
{
    if (auto row = find(inspectionId))
        return *row;
    throw ActionRefused(Refusal::tr("no inspection %1 on this device").arg(inspectionId));
}

std::optional<InspectionRecords::Template> InspectionRecords::templateFor(
    const QString &phase, const QString &industryCode) const
{
    // The industry's template sorts first; among equals the highest version wins.
    auto stmt = m_db.cached(uR"(
        SELECT id, code FROM checklist_template
        WHERE phase = ?1 AND (industry_code = ?2 OR industry_code IS NULL)
        ORDER BY industry_code IS NULL, version DESC, code LIMIT 1)"_s);
    stmt.bind(1, phase).bind(2, industryCode);
    if (!stmt.step())
        return std::nullopt;
    return Template {stmt.text(0), stmt.text(1)};
}

QString InspectionRecords::templateCode(const QString &templateId) const
{
    auto stmt = m_db.cached(u"SELECT code FROM checklist_template WHERE id = ?"_s);
    stmt.bind(1, templateId);
    return stmt.step() ? stmt.text(0) : QString();
}

QList<ChecklistItemRow> InspectionRecords::items(const QString &templateId) const
{
    auto stmt = m_db.cached(u"SELECT id, code, ordinal, severity, text_en, text_zh"
                            u" FROM checklist_item WHERE template_id = ? ORDER BY ordinal, code"_s);
    stmt.bind(1, templateId);
    QList<ChecklistItemRow> items;
    while (stmt.step()) {
        items.append({stmt.text(0), stmt.text(1), stmt.integer(2), stmt.text(3), stmt.text(4),
            stmt.text(5)});
    }
    return items;
}

QList<CurrentAnswer> InspectionRecords::currentAnswers(const QString &inspectionId) const
{
    auto stmt = m_db.cached(kCurrentAnswers);
    stmt.bind(1, inspectionId);
    QList<CurrentAnswer> answers;
    while (stmt.step())
        answers.append(readAnswer(stmt));
    return answers;
}

std::optional<CurrentAnswer> InspectionRecords::currentAnswer(
    const QString &inspectionId, const QString &itemId) const
{
    auto stmt = m_db.cached(kCurrentAnswers + u" AND a.item_id = ?2"_s);
    stmt.bind(1, inspectionId).bind(2, itemId);
    if (!stmt.step())
        return std::nullopt;
    return readAnswer(stmt);
}

OutletDetail InspectionRecords::requireOutlet(
    const QString &permitId, const QString &outletCode) const
{
    auto stmt = m_db.cached(u"SELECT id, code, name, medium, category, lat, lon"
                            u" FROM outlet WHERE permit_id = ? AND code = ?"
                            u" AND removed_in_revision IS NULL"_s);
    stmt.bind(1, permitId).bind(2, outletCode);
    if (!stmt.step())
        throw ActionRefused(Refusal::tr("the permit has no outlet %1").arg(outletCode));
    OutletDetail outlet;
    outlet.id = stmt.text(0);
    outlet.code = stmt.text(1);
    outlet.name = stmt.text(2);
    outlet.medium = stmt.text(3);
    outlet.category = stmt.text(4);
    outlet.lat = stmt.real(5);
    outlet.lon = stmt.real(6);
    stmt.reset();
    outlet.limits = PermitDetails(m_db).limits(outlet.id);
    return outlet;
}

void InspectionRecords::requireSupersedable(
    const QString &table, const QString &inspectionId, const QString &rowId) const
{
    // table is one of our own constants (measurement, photo), never user input.
    auto owner = m_db.prepare(u"SELECT inspection_id FROM %1 WHERE id = ?"_s.arg(table));
    owner.bind(1, rowId);
    const bool photo = table == u"photo";
    if (!owner.step() || owner.text(0) != inspectionId) {
        throw ActionRefused((photo ? Refusal::tr("no photo %1 in inspection %2 to replace")
                                   : Refusal::tr("no measurement %1 in inspection %2 to correct"))
                                .arg(rowId, inspectionId));
    }
    auto later = m_db.prepare(u"SELECT id FROM %1 WHERE supersedes_id = ?"_s.arg(table));
    later.bind(1, rowId);
    if (later.step())
        throw ActionRefused(
            (photo ? Refusal::tr("photo %1 was already replaced by %2; replace that one")
                   : Refusal::tr("measurement %1 was already corrected by %2; correct that one"))
                .arg(rowId, later.text(0)));
}

QHash<QString, int> InspectionRecords::photosBySubject(const QString &inspectionId) const
{
    auto stmt = m_db.cached(uR"(
        SELECT p.subject, count(*) FROM photo p
        WHERE p.inspection_id = ?1 AND p.subject IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM photo q WHERE q.supersedes_id = p.id)
        GROUP BY p.subject)"_s);
    stmt.bind(1, inspectionId);
    QHash<QString, int> counts;
    while (stmt.step())
        counts.insert(stmt.text(0), stmt.integer(1));
    return counts;
}

bool InspectionRecords::needsNoteOrPhoto(const CurrentAnswer &answer, int photosOfItem)
{
    return answer.answer == u"non_compliant" && answer.note.trimmed().isEmpty()
        && photosOfItem == 0;
}

QList<TeamMember> InspectionRecords::team(const InspectionRow &inspection) const
{
    QList<TeamMember> members;
    auto stmt = m_db.cached(uR"(
        SELECT i.id, i.code, i.name, coalesce(i.certificate_no, ''), 1 FROM inspector i
        WHERE i.id = ?2
        UNION ALL
        SELECT m.inspector_id, coalesce(i.code, ''), coalesce(i.name, m.inspector_id),
               m.certificate_no, 0
        FROM inspection_inspector m LEFT JOIN inspector i ON i.id = m.inspector_id
        WHERE m.inspection_id = ?1 AND m.inspector_id <> ?2)"_s);
    stmt.bind(1, inspection.id).bind(2, inspection.inspectorId);
    while (stmt.step())
        members.append(
            {stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.integer(4) != 0});
    // The lead is listed even when the reference data has not named them yet.
    if (members.isEmpty() || !members.first().lead)
        members.prepend({inspection.inspectorId, {}, inspection.inspectorId, {}, true});
    return members;
}

QList<TeamMember> InspectionRecords::teamCandidates(const InspectionRow &inspection) const
{
    auto stmt = m_db.cached(uR"(
        SELECT i.id, i.code, i.name, i.certificate_no FROM inspector i
        WHERE i.active <> 0 AND coalesce(i.certificate_no, '') <> '' AND i.id <> ?2
          AND NOT EXISTS (SELECT 1 FROM inspection_inspector m
                          WHERE m.inspection_id = ?1 AND m.inspector_id = i.id)
        ORDER BY i.name, i.code)"_s);
    stmt.bind(1, inspection.id).bind(2, inspection.inspectorId);
    QList<TeamMember> candidates;
    while (stmt.step())
        candidates.append({stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3), false});
    return candidates;
}

QList<TeamMember> InspectionRecords::unsignedMembers(const InspectionRow &inspection) const
{
    const auto signatures = sync::SignatureCoverage::signatures(m_db, inspection.id);
    QList<TeamMember> members = team(inspection);
    members.removeIf([&](const TeamMember &member) {
        return std::any_of(signatures.begin(), signatures.end(), [&](const auto &s) {
            return !s.voided && s.role == u"inspector"
                && (s.inspectorId == member.inspectorId
                    || (s.inspectorId.isEmpty() && member.lead));
        });
    });
    return members;
}

QStringList InspectionRecords::missingForSubmission(const InspectionRow &inspection) const
{
    QStringList missing;
    QStringList unsupported;
    const QList<CurrentAnswer> answers = currentAnswers(inspection.id);
    const QHash<QString, int> photos = photosBySubject(inspection.id);
    for (const ChecklistItemRow &item : items(inspection.templateId)) {
        const auto answer = std::find_if(answers.begin(), answers.end(),
            [&](const CurrentAnswer &a) { return a.itemId == item.id; });
        if (answer == answers.end())
            missing << u"checklist item "_s + item.code;
        else if (needsNoteOrPhoto(*answer, photos.value(item.code)))
            unsupported << u"note or photo for non-compliant item "_s + item.code;
    }
    missing << unsupported;
    if (inspection.productionLoad.isEmpty())
        missing << u"production state"_s;
    const QList<TeamMember> members = team(inspection);
    if (members.size() < kMinimumTeam)
        missing << u"second inspector"_s;
    // Signatures in force: one voided by a change after signing does not count (signed or
    // refused, the representative's closes the record). Every member of the team signs.
    for (const TeamMember &member : unsignedMembers(inspection))
        missing << u"signature of inspector "_s + member.name;
    const auto signatures = sync::SignatureCoverage::signatures(m_db, inspection.id);
    const bool representative = std::any_of(signatures.begin(), signatures.end(),
        [](auto &s) { return !s.voided && s.role == u"representative"; });
    if (!representative)
        missing << u"representative signature or refusal"_s;
    return missing;
}

} // namespace outfall::mobile
