#include "core/visitfindings.h"

#include "core/inspectionrecords.h"
#include "rules/ruleconfig.h"
#include "rules/ruleset.h"
#include "store/database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outfall::mobile {

VisitFindings::VisitFindings(store::Database &db, SnapshotSource source)
    : m_db(db)
    , m_source(source ? std::move(source) : SnapshotSource(&VisitFindings::minimalSnapshot))
{ }

rules::PermitSnapshot VisitFindings::minimalSnapshot(store::Database &db, const QString &permitId)
{
    rules::PermitSnapshot snapshot;
    snapshot.permitId = permitId;
    auto permit =
        db.cached(u"SELECT p.number, p.valid_from, p.valid_to, p.revision, e.name,"
                  u" e.lat, e.lon FROM permit p JOIN enterprise e ON e.id = p.enterprise_id"
                  u" WHERE p.id = ?"_s);
    permit.bind(1, permitId);
    if (permit.step()) {
        snapshot.permitNumber = permit.text(0);
        snapshot.validFrom = QDate::fromString(permit.text(1), Qt::ISODate);
        snapshot.validTo = QDate::fromString(permit.text(2), Qt::ISODate);
        snapshot.revision = permit.integer(3);
        snapshot.enterpriseName = permit.text(4);
        snapshot.siteLat = permit.optionalReal(5);
        snapshot.siteLon = permit.optionalReal(6);
    }
    permit.reset();
    auto inspections = db.cached(u"SELECT id, status, started_at, submitted_at,"
                                 u" coalesce(production_load, '') FROM inspection"
                                 u" WHERE permit_id = ? ORDER BY started_at"_s);
    inspections.bind(1, permitId);
    while (inspections.step()) {
        snapshot.inspections.append({inspections.text(0), inspections.text(1), inspections.int64(2),
            inspections.optionalInt64(3), inspections.text(4)});
    }
    return snapshot;
}

QSet<QString> VisitFindings::recordIds(const QString &inspectionId) const
{
    auto ids = m_db.cached(uR"(
        SELECT id FROM checklist_answer WHERE inspection_id = ?1
        UNION ALL SELECT id FROM measurement WHERE inspection_id = ?1
        UNION ALL SELECT id FROM position_fix WHERE inspection_id = ?1
        UNION ALL SELECT id FROM observed_outlet WHERE inspection_id = ?1
        UNION ALL SELECT id FROM photo WHERE inspection_id = ?1)"_s);
    ids.bind(1, inspectionId);
    QSet<QString> result;
    while (ids.step())
        result.insert(ids.text(0));
    return result;
}

QList<rules::Flag> VisitFindings::ofPermit(const QString &permitId, const QDate &asOf) const
{
    const rules::PermitSnapshot snapshot = m_source(m_db, permitId);
    const rules::RuleConfig config = rules::RuleConfig::defaults();
    const rules::EvaluationContext context {snapshot, config, asOf};
    return rules::evaluatePermit(context, rules::Where::Device);
}

QList<rules::Flag> VisitFindings::of(const QString &inspectionId, const QDate &asOf) const
{
    const auto inspection = InspectionRecords(m_db).find(inspectionId);
    if (!inspection)
        return {};
    return ofVisit(ofPermit(inspection->permitId, asOf), inspectionId, recordIds(inspectionId));
}

QList<rules::Flag> VisitFindings::ofVisit(
    const QList<rules::Flag> &flags, const QString &inspectionId, const QSet<QString> &recordIds)
{
    QList<rules::Flag> visit;
    for (const rules::Flag &flag : flags) {
        const bool ours = std::any_of(
            flag.evidence.begin(), flag.evidence.end(), [&](const rules::EvidenceLink &link) {
                return link.id == inspectionId || recordIds.contains(link.id);
            });
        if (ours)
            visit.append(flag);
    }
    // Most severe first, then by rule: what the representative must hear comes first.
    std::stable_sort(visit.begin(), visit.end(), [](const rules::Flag &a, const rules::Flag &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.ruleId.mid(1).toInt() < b.ruleId.mid(1).toInt(); // R2 before R10
    });
    return visit;
}

} // namespace outfall::mobile
