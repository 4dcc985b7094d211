#include "server/publish/publicdataloader.h"

#include "store/database.h"
#include "store/statement.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outfall::server::publish {

namespace {

QString optionalText(const store::Statement &row, int column)
{
    return row.isNull(column) ? QString() : row.text(column);
}

} // namespace

PublicDataLoader::PublicDataLoader(store::Database &db)
    : m_db(db)
{ }

QList<PublicPermit> PublicDataLoader::permits(QDate asOf) const
{
    QList<PublicPermit> permits;
    QHash<QString, qsizetype> byId;
    // legal_rep is left out on purpose: the public content of a permit (docs/publish.md) names
    // the unit, not the person.
    auto rows = m_db.prepare(uR"(
        SELECT p.id, p.number, p.revision, p.valid_from, p.valid_to, p.issued_on, p.authority,
               p.industry_code, p.management, p.capacity,
               e.uscc, e.name, e.name_en, e.address, e.region, e.lat, e.lon
        FROM permit p JOIN enterprise e ON e.id = p.enterprise_id
        WHERE p.status = 'issued' -- an application is not a permit yet, nor public
        ORDER BY p.number)"_s);
    while (rows.step()) {
        PublicPermit permit;
        permit.number = rows.text(1);
        permit.revision = rows.integer(2);
        permit.validFrom = rows.text(3);
        permit.validTo = rows.text(4);
        permit.issuedOn = rows.text(5);
        permit.authority = rows.text(6);
        permit.industryCode = rows.text(7);
        permit.management = rows.text(8);
        permit.capacity = optionalText(rows, 9);
        permit.uscc = rows.text(10);
        permit.enterpriseName = rows.text(11);
        permit.enterpriseNameEn = optionalText(rows, 12);
        permit.address = optionalText(rows, 13);
        permit.region = optionalText(rows, 14);
        permit.siteLat = rows.optionalReal(15);
        permit.siteLon = rows.optionalReal(16);
        byId.insert(rows.text(0), permits.size());
        permits.append(permit);
    }
    const OutletIndex outlets = loadOutlets(permits, byId);
    loadLimits(permits, outlets);
    loadMonitoring(permits, outlets);
    loadSchedules(permits, byId);
    loadInspections(permits, byId, asOf);
    return permits;
}

PublicDataLoader::OutletIndex PublicDataLoader::loadOutlets(
    QList<PublicPermit> &permits, const QHash<QString, qsizetype> &byId) const
{
    // An outlet a newer revision dropped keeps its row (0001) but is no longer permitted.
    auto rows = m_db.prepare(uR"(
        SELECT id, permit_id, code, name, medium, category, lat, lon, height_m,
               discharge_method, destination
        FROM outlet WHERE removed_in_revision IS NULL ORDER BY permit_id, code)"_s);
    OutletIndex index;
    while (rows.step()) {
        const auto permit = byId.constFind(rows.text(1));
        if (permit == byId.cend())
            continue;
        PublicOutlet outlet;
        outlet.code = rows.text(2);
        outlet.name = rows.text(3);
        outlet.medium = rows.text(4);
        outlet.category = rows.text(5);
        outlet.lat = rows.real(6);
        outlet.lon = rows.real(7);
        outlet.heightM = rows.optionalReal(8);
        outlet.dischargeMethod = optionalText(rows, 9);
        outlet.destination = optionalText(rows, 10);
        auto &outlets = permits[*permit].outlets;
        index.insert(rows.text(0), {*permit, outlets.size()});
        outlets.append(outlet);
    }
    return index;
}

void PublicDataLoader::loadLimits(QList<PublicPermit> &permits, const OutletIndex &outlets) const
{
    auto rows = m_db.prepare(uR"(
        SELECT outlet_id, pollutant, max_value, min_value, unit, reference_o2_pct, basis,
               rate_limit_kg_h, annual_t, standard
        FROM emission_limit ORDER BY outlet_id, pollutant, basis)"_s);
    while (rows.step()) {
        const auto where = outlets.constFind(rows.text(0));
        if (where == outlets.cend())
            continue;
        PublicLimit limit;
        limit.pollutant = rows.text(1);
        limit.maxValue = rows.optionalReal(2);
        limit.minValue = rows.optionalReal(3);
        limit.unit = rows.text(4);
        limit.referenceO2Pct = rows.optionalReal(5);
        limit.basis = rows.text(6);
        limit.rateLimitKgH = rows.optionalReal(7);
        limit.annualT = rows.optionalReal(8);
        limit.standard = optionalText(rows, 9);
        permits[where->permit].outlets[where->outlet].limits.append(limit);
    }
}

void PublicDataLoader::loadMonitoring(
    QList<PublicPermit> &permits, const OutletIndex &outlets) const
{
    auto rows = m_db.prepare(uR"(
        SELECT outlet_id, pollutant, mode, frequency, method
        FROM monitoring_requirement ORDER BY outlet_id, pollutant, mode)"_s);
    while (rows.step()) {
        const auto where = outlets.constFind(rows.text(0));
        if (where == outlets.cend())
            continue;
        PublicMonitoring monitoring;
        monitoring.pollutant = rows.text(1);
        monitoring.mode = rows.text(2);
        monitoring.frequency = rows.text(3);
        monitoring.method = optionalText(rows, 4);
        permits[where->permit].outlets[where->outlet].monitoring.append(monitoring);
    }
}

void PublicDataLoader::loadSchedules(
    QList<PublicPermit> &permits, const QHash<QString, qsizetype> &byId) const
{
    // Fixed order of the kinds, longest period first, whatever order they were imported in.
    auto rows = m_db.prepare(uR"(
        SELECT permit_id, kind FROM report_schedule
        ORDER BY permit_id, CASE kind WHEN 'annual' THEN 0 WHEN 'semiannual' THEN 1
                                      WHEN 'quarterly' THEN 2 ELSE 3 END)"_s);
    while (rows.step()) {
        const auto permit = byId.constFind(rows.text(0));
        if (permit != byId.cend())
            permits[*permit].reportKinds.append(rows.text(1));
    }
}

void PublicDataLoader::loadInspections(
    QList<PublicPermit> &permits, const QHash<QString, qsizetype> &byId, QDate asOf) const
{
    // Only an inspection a supervisor reviewed is a result; in_progress and submitted ones
    // may still change. The day is the submission's, in China Standard Time.
    const QTimeZone china(8 * 3600);
    const qint64 endMs = QDateTime(asOf.addDays(1), QTime(0, 0), china).toMSecsSinceEpoch();
    auto inspections = m_db.prepare(uR"(
        SELECT id, permit_id, phase, submitted_at FROM inspection
        WHERE status = 'reviewed' AND submitted_at IS NOT NULL AND submitted_at < ?
        ORDER BY permit_id, submitted_at DESC, id)"_s);
    inspections.bind(1, static_cast<std::int64_t>(endMs));
    QHash<QString, std::pair<qsizetype, qsizetype>> inspectionIndex;
    while (inspections.step()) {
        const auto permit = byId.constFind(inspections.text(1));
        if (permit == byId.cend())
            continue;
        PublicInspection inspection;
        inspection.phase = inspections.text(2);
        inspection.date = QDateTime::fromMSecsSinceEpoch(inspections.int64(3), china).date();
        auto &list = permits[*permit].inspections;
        inspectionIndex.insert(inspections.text(0), {*permit, list.size()});
        list.append(inspection);
    }
    if (inspectionIndex.isEmpty())
        return;

    // Each item's latest answer counts (a correction is a newer row); the note is never read.
    auto answers = m_db.prepare(uR"(
        SELECT a.inspection_id, a.item_id, a.answer, coalesce(i.code, ''),
               coalesce(i.text_zh, ''), coalesce(i.text_en, '')
        FROM checklist_answer a JOIN inspection n ON n.id = a.inspection_id
        LEFT JOIN checklist_item i ON i.id = a.item_id
        WHERE n.status = 'reviewed'
        ORDER BY a.inspection_id, a.item_id, a.recorded_at, a.id)"_s);
    struct Latest
    {
        QString answer;
        PublicInspection::Finding item;
    };
    QHash<QString, QMap<QString, Latest>> latest; // inspection -> item id -> answer
    while (answers.step()) {
        if (!inspectionIndex.contains(answers.text(0)))
            continue;
        latest[answers.text(0)][answers.text(1)] = {
            answers.text(2), {answers.text(3), answers.text(4), answers.text(5)}};
    }
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        const auto [permit, index] = inspectionIndex.value(it.key());
        PublicInspection &inspection = permits[permit].inspections[index];
        for (const Latest &answer : it.value()) {
            if (answer.answer == u"not_applicable")
                continue;
            ++inspection.itemsChecked;
            if (answer.answer == u"non_compliant")
                inspection.findings.append(answer.item);
        }
        std::sort(inspection.findings.begin(), inspection.findings.end(),
            [](const auto &a, const auto &b) { return a.code < b.code; });
    }
}

} // namespace outfall::server::publish
