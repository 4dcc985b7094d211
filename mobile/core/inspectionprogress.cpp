#include "core/inspectionprogress.h"

#include "store/database.h"

using namespace Qt::StringLiterals;

namespace outfall::mobile {

namespace {

// ?1 = '' lists every inspection.
const QString kSummaries = uR"(
    SELECT i.id, i.permit_id, p.number, e.name, i.phase, i.status, coalesce(t.code, ''),
           i.started_at, i.submitted_at,
           (SELECT count(*) FROM checklist_item ci WHERE ci.template_id = i.template_id),
           (SELECT count(DISTINCT a.item_id) FROM checklist_answer a WHERE a.inspection_id = i.id),
           (SELECT count(*) FROM measurement m WHERE m.inspection_id = i.id AND NOT EXISTS
               (SELECT 1 FROM measurement n WHERE n.supersedes_id = m.id)),
           (SELECT count(*) FROM position_fix f WHERE f.inspection_id = i.id
               AND f.purpose = 'outlet_check'),
           (SELECT count(*) FROM photo ph WHERE ph.inspection_id = i.id AND NOT EXISTS
               (SELECT 1 FROM photo q WHERE q.supersedes_id = ph.id)),
           EXISTS (SELECT 1 FROM signature s WHERE s.inspection_id = i.id
               AND s.signer_role = 'inspector'),
           (SELECT CASE s.refused WHEN 1 THEN 'refused' ELSE 'signed' END FROM signature s
               WHERE s.inspection_id = i.id AND s.signer_role = 'representative'),
           coalesce(e.name_en, '')
    FROM inspection i
    JOIN permit p ON p.id = i.permit_id
    JOIN enterprise e ON e.id = p.enterprise_id
    LEFT JOIN checklist_template t ON t.id = i.template_id
    WHERE ?1 = '' OR i.id = ?1
    ORDER BY i.started_at DESC, i.id DESC)"_s;

} // namespace

InspectionProgress::InspectionProgress(store::Database &db)
    : m_db(db)
{ }

QList<InspectionSummary> InspectionProgress::query(const QString &inspectionId) const
{
    auto stmt = m_db.cached(kSummaries);
    stmt.bind(1, inspectionId.isNull() ? u""_s : inspectionId);
    QList<InspectionSummary> result;
    while (stmt.step()) {
        InspectionSummary s;
        s.id = stmt.text(0);
        s.permitId = stmt.text(1);
        s.permitNumber = stmt.text(2);
        s.enterpriseName = stmt.text(3);
        s.phase = stmt.text(4);
        s.status = stmt.text(5);
        s.templateCode = stmt.text(6);
        s.startedAt = stmt.int64(7);
        s.submittedAt = stmt.optionalInt64(8);
        s.itemsTotal = stmt.integer(9);
        s.itemsAnswered = stmt.integer(10);
        s.measurements = stmt.integer(11);
        s.outletChecks = stmt.integer(12);
        s.photos = stmt.integer(13);
        s.inspectorSigned = stmt.integer(14) != 0;
        s.representative = stmt.text(15);
        s.enterpriseNameEn = stmt.text(16);
        result.append(s);
    }
    return result;
}

QList<InspectionSummary> InspectionProgress::list() const
{
    return query(QString());
}

std::optional<InspectionSummary> InspectionProgress::summary(const QString &inspectionId) const
{
    if (inspectionId.isEmpty())
        return std::nullopt;
    const auto found = query(inspectionId);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<InspectionDetail> InspectionProgress::detail(const QString &inspectionId) const
{
    const auto summaryRow = summary(inspectionId);
    if (!summaryRow)
        return std::nullopt;
    InspectionDetail detail;
    detail.summary = *summaryRow;
    const InspectionRecords records(m_db);
    const InspectionRow inspection = records.require(inspectionId);
    const QList<CurrentAnswer> answers = records.currentAnswers(inspectionId);
    for (const ChecklistItemRow &item : records.items(inspection.templateId)) {
        InspectionDetail::Item entry {item, std::nullopt};
        for (const CurrentAnswer &answer : answers) {
            if (answer.itemId == item.id)
                entry.answer = answer;
        }
        detail.items.append(entry);
    }

    auto measurements = m_db.cached(uR"(
        SELECT m.id, coalesce(o.code, ''), m.pollutant, m.value, m.unit, m.o2_pct,
               coalesce(m.instrument_id, ''), coalesce(m.method, ''), m.recorded_at,
               coalesce(m.supersedes_id, ''),
               coalesce((SELECT n.id FROM measurement n WHERE n.supersedes_id = m.id), '')
        FROM measurement m LEFT JOIN outlet o ON o.id = m.outlet_id
        WHERE m.inspection_id = ?1 ORDER BY m.recorded_at, m.id)"_s);
    measurements.bind(1, inspectionId);
    while (measurements.step()) {
        detail.measurements.append({measurements.text(0), measurements.text(1),
            measurements.text(2), measurements.real(3), measurements.text(4),
            measurements.optionalReal(5), measurements.text(6), measurements.text(7),
            measurements.int64(8), measurements.text(9), measurements.text(10)});
    }

    auto fixes = m_db.cached(uR"(
        SELECT f.id, f.purpose, coalesce(o.code, ''), f.lat, f.lon, f.accuracy_m, f.samples,
               f.recorded_at
        FROM position_fix f LEFT JOIN outlet o ON o.id = f.outlet_id
        WHERE f.inspection_id = ?1 ORDER BY f.recorded_at, f.id)"_s);
    fixes.bind(1, inspectionId);
    while (fixes.step()) {
        detail.fixes.append({fixes.text(0), fixes.text(1), fixes.text(2), fixes.real(3),
            fixes.real(4), fixes.real(5), fixes.integer(6), fixes.int64(7)});
    }

    auto photos = m_db.cached(uR"(
        SELECT ph.id, ph.sha256, ph.byte_size, coalesce(ph.subject, ''), coalesce(ph.caption, ''),
               coalesce(ph.supersedes_id, ''),
               coalesce((SELECT q.id FROM photo q WHERE q.supersedes_id = ph.id), '')
        FROM photo ph WHERE ph.inspection_id = ?1 ORDER BY ph.taken_at, ph.id)"_s);
    photos.bind(1, inspectionId);
    while (photos.step()) {
        detail.photos.append({photos.text(0), photos.text(1), photos.int64(2), photos.text(3),
            photos.text(4), photos.text(5), photos.text(6)});
    }

    auto signatures =
        m_db.cached(u"SELECT id, signer_role, signer_name, refused, signed_at, strokes"
                    u" FROM signature WHERE inspection_id = ?1 ORDER BY signed_at"_s);
    signatures.bind(1, inspectionId);
    while (signatures.step()) {
        detail.signatures.append({signatures.text(0), signatures.text(1), signatures.text(2),
            signatures.integer(3) != 0, signatures.int64(4), signatures.blob(5)});
    }
    if (inspection.status == u"in_progress")
        detail.missingForSubmission = records.missingForSubmission(inspection);
    return detail;
}

} // namespace outfall::mobile
