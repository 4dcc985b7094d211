#include "core/inspectionprogress.h"

#include "store/database.h"
#include "store/inspectionreviewstate.h"
#include "sync/signaturecoverage.h"

using namespace Qt::StringLiterals;

namespace outfall::mobile {

namespace {

// ?1 = '' lists every inspection, ?2 = '' of every permit. Whether its records wait in the
// outbox or were refused by the server (device tables) is asked of its own row and every
// record under it.
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
           coalesce(e.name_en, ''),
           EXISTS (SELECT 1 FROM outbox o WHERE o.row_id = i.id OR o.row_id IN (%1)),
           (SELECT count(*) FROM sync_rejection r WHERE r.row_id = i.id OR r.row_id IN (%1))
    FROM inspection i
    JOIN permit p ON p.id = i.permit_id
    JOIN enterprise e ON e.id = p.enterprise_id
    LEFT JOIN checklist_template t ON t.id = i.template_id
    WHERE (?1 = '' OR i.id = ?1) AND (?2 = '' OR i.permit_id = ?2)
    ORDER BY i.started_at DESC, i.id DESC)"_s.arg(uR"(
        SELECT id FROM checklist_answer WHERE inspection_id = i.id
        UNION ALL SELECT id FROM measurement WHERE inspection_id = i.id
        UNION ALL SELECT id FROM position_fix WHERE inspection_id = i.id
        UNION ALL SELECT id FROM observed_outlet WHERE inspection_id = i.id
        UNION ALL SELECT id FROM photo WHERE inspection_id = i.id
        UNION ALL SELECT id FROM signature WHERE inspection_id = i.id)"_s);

} // namespace

QString InspectionSummary::state() const
{
    if (rejected > 0)
        return u"refused"_s;
    if (review == u"approved" || review == u"returned")
        return review;
    if (status == u"in_progress")
        return u"in_progress"_s;
    if (!inspectorSigned || representative.isEmpty())
        return u"needs_signing"_s;
    return u"submitted"_s;
}

InspectionProgress::InspectionProgress(store::Database &db)
    : m_db(db)
{ }

QList<InspectionSummary> InspectionProgress::query(
    const QString &inspectionId, const QString &permitId) const
{
    auto stmt = m_db.cached(kSummaries);
    stmt.bind(1, inspectionId.isNull() ? u""_s : inspectionId);
    stmt.bind(2, permitId.isNull() ? u""_s : permitId);
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
        s.enterpriseNameEn = stmt.text(14);
        s.pendingSync = stmt.integer(15) != 0;
        s.rejected = stmt.integer(16);
        result.append(s);
    }
    stmt.reset();
    // Signatures in force need the evidence digest (sync::SignatureCoverage), not SQL alone.
    for (InspectionSummary &s : result) {
        const auto signatures = sync::SignatureCoverage::inForce(m_db, s.id);
        // Every member of the team (InspectionRecords::team) signs, not just one of them.
        const auto row = InspectionRecords(m_db).find(s.id);
        s.inspectorSigned =
            signatures.inspector && row && InspectionRecords(m_db).unsignedMembers(*row).isEmpty();
        s.representative = !signatures.representative ? QString()
            : signatures.representativeRefused        ? u"refused"_s
                                                      : u"signed"_s;
        s.signaturesVoided = signatures.voided;
        if (const auto review = store::InspectionReviewState::of(m_db, s.id)) {
            s.review = review->name();
            s.reviewComment = review->comment;
        }
    }
    return result;
}

QStringList InspectionProgress::rejections(const QString &inspectionId) const
{
    auto stmt = m_db.cached(uR"(
        SELECT r.code, r.reason FROM sync_rejection r
        WHERE r.row_id = ?1 OR r.row_id IN (
            SELECT id FROM checklist_answer WHERE inspection_id = ?1
            UNION ALL SELECT id FROM measurement WHERE inspection_id = ?1
            UNION ALL SELECT id FROM position_fix WHERE inspection_id = ?1
            UNION ALL SELECT id FROM observed_outlet WHERE inspection_id = ?1
            UNION ALL SELECT id FROM photo WHERE inspection_id = ?1
            UNION ALL SELECT id FROM signature WHERE inspection_id = ?1)
        ORDER BY r.id)"_s);
    stmt.bind(1, inspectionId);
    QStringList result;
    while (stmt.step())
        result << stmt.text(0) + u": "_s + stmt.text(1);
    return result;
}

QList<InspectionSummary> InspectionProgress::list(const QString &permitId) const
{
    return query(QString(), permitId);
}

std::optional<InspectionSummary> InspectionProgress::summary(const QString &inspectionId) const
{
    if (inspectionId.isEmpty())
        return std::nullopt;
    const auto found = query(inspectionId, QString());
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
    const QHash<QString, int> itemPhotos = records.photosBySubject(inspectionId);
    for (const ChecklistItemRow &item : records.items(inspection.templateId)) {
        InspectionDetail::Item entry {item, std::nullopt, itemPhotos.value(item.code)};
        for (const CurrentAnswer &answer : answers) {
            if (answer.itemId == item.id)
                entry.answer = answer;
        }
        entry.needsNoteOrPhoto =
            entry.answer && InspectionRecords::needsNoteOrPhoto(*entry.answer, entry.photos);
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
               f.recorded_at, f.spread_m, f.site_distance_m, coalesce(f.far_from_site, 0)
        FROM position_fix f LEFT JOIN outlet o ON o.id = f.outlet_id
        WHERE f.inspection_id = ?1 ORDER BY f.recorded_at, f.id)"_s);
    fixes.bind(1, inspectionId);
    while (fixes.step()) {
        detail.fixes.append({fixes.text(0), fixes.text(1), fixes.text(2), fixes.real(3),
            fixes.real(4), fixes.real(5), fixes.integer(6), fixes.int64(7), fixes.optionalReal(8),
            fixes.optionalReal(9), fixes.integer(10) != 0});
    }

    auto photos = m_db.cached(uR"(
        SELECT ph.id, ph.sha256, ph.byte_size, coalesce(ph.subject, ''), coalesce(ph.caption, ''),
               coalesce(ph.supersedes_id, ''),
               coalesce((SELECT q.id FROM photo q WHERE q.supersedes_id = ph.id), ''),
               ph.taken_at, ph.lat, ph.lon, coalesce(ph.imported, 0),
               coalesce(ph.exif_taken_at, '')
        FROM photo ph WHERE ph.inspection_id = ?1 ORDER BY ph.taken_at, ph.id)"_s);
    photos.bind(1, inspectionId);
    while (photos.step()) {
        detail.photos.append({photos.text(0), photos.text(1), photos.int64(2), photos.text(3),
            photos.text(4), photos.text(5), photos.text(6), photos.int64(7), photos.optionalReal(8),
            photos.optionalReal(9), photos.integer(10) != 0, photos.text(11)});
    }

    auto strokes = m_db.cached(u"SELECT strokes, witness_strokes FROM signature WHERE id = ?"_s);
    for (const auto &s : sync::SignatureCoverage::signatures(m_db, inspectionId)) {
        strokes.bind(1, s.id);
        const bool found = strokes.step();
        const QByteArray drawn = found ? strokes.blob(0) : QByteArray();
        const QByteArray witnessDrawn = found ? strokes.blob(1) : QByteArray();
        strokes.reset();
        detail.signatures.append({s.id, s.role, s.name, s.refused, s.signedAt, drawn, s.voided,
            s.inspectorId.isEmpty() && s.role == u"inspector" ? inspection.inspectorId
                                                              : s.inspectorId,
            s.certificateNo, s.witnessName, witnessDrawn});
    }
    detail.team = records.team(inspection);
    detail.productionLoad = inspection.productionLoad;
    detail.productionLoadPct = inspection.productionLoadPct;
    // In progress, or returned to be amended and resubmitted.
    if (inspection.status == u"in_progress" || inspection.reviewState == u"returned")
        detail.missingForSubmission = records.missingForSubmission(inspection);
    return detail;
}

} // namespace outfall::mobile
