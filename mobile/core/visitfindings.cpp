#include "core/visitfindings.h"

#include "core/inspectionrecords.h"
#include "rules/ruleconfig.h"
#include "rules/ruleset.h"
#include "store/database.h"
#include "store/permitsnapshotloader.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outfall::mobile {

VisitFindings::VisitFindings(store::Database &db, SnapshotSource source)
    : m_db(db)
    , m_source(source
              ? std::move(source)
              : SnapshotSource([](store::Database &database, const QString &permitId, QDate asOf) {
                    return store::PermitSnapshotLoader(database).load(permitId, asOf);
                }))
{ }

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
    const std::optional<rules::PermitSnapshot> snapshot = m_source(m_db, permitId, asOf);
    if (!snapshot)
        return {};
    const rules::RuleConfig config = rules::RuleConfig::defaults();
    const rules::EvaluationContext context {*snapshot, config, asOf};
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
