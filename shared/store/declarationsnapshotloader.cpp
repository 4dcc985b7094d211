#include "store/declarationsnapshotloader.h"

#include "store/database.h"

using namespace Qt::StringLiterals;

namespace outfall::store::DeclarationSnapshotLoader {

namespace {

std::optional<bool> optionalBool(const Statement &row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    return row.integer(column) != 0;
}

} // namespace

void load(Database &db, rules::PermitSnapshot &snapshot)
{
    auto permit = db.cached(
        u"SELECT status, capacity_value, coalesce(capacity_unit, '') FROM permit WHERE id = ?1"_s);
    permit.bind(1, snapshot.permitId);
    if (permit.step()) {
        snapshot.status = permit.text(0);
        snapshot.capacityValue = permit.optionalReal(1);
        snapshot.capacityUnit = permit.text(2);
    }
    permit.reset();

    auto facilities = db.cached(uR"(
        SELECT id, code, name, treats, coalesce(outlet_code, ''), expected_running
        FROM treatment_facility WHERE permit_id = ?1 ORDER BY code, id)"_s);
    facilities.bind(1, snapshot.permitId);
    while (facilities.step()) {
        snapshot.facilities.append({facilities.text(0), facilities.text(1), facilities.text(2),
            facilities.text(3), facilities.text(4), facilities.integer(5) != 0});
    }
    facilities.reset();

    auto checks = db.cached(uR"(
        SELECT c.id, c.inspection_id, c.kind, coalesce(c.subject_id, ''), c.found, c.running,
               c.lat, c.lon, c.accuracy_m, c.observed_value, coalesce(c.observed_unit, ''),
               c.outside_zones, coalesce(c.note, ''), c.recorded_at
        FROM declaration_check c JOIN inspection i ON i.id = c.inspection_id
        WHERE i.permit_id = ?1
          AND NOT EXISTS (SELECT 1 FROM declaration_check n WHERE n.supersedes_id = c.id)
        ORDER BY c.recorded_at, c.id)"_s);
    checks.bind(1, snapshot.permitId);
    while (checks.step()) {
        rules::SnapshotDeclarationCheck check;
        check.id = checks.text(0);
        check.inspectionId = checks.text(1);
        check.kind = checks.text(2);
        check.subjectId = checks.text(3);
        check.found = optionalBool(checks, 4);
        check.running = optionalBool(checks, 5);
        check.lat = checks.optionalReal(6);
        check.lon = checks.optionalReal(7);
        check.accuracyM = checks.optionalReal(8);
        check.observedValue = checks.optionalReal(9);
        check.observedUnit = checks.text(10);
        check.outsideZones = optionalBool(checks, 11);
        check.note = checks.text(12);
        check.recordedAtMs = checks.int64(13);
        snapshot.declarationChecks.append(check);
    }
    checks.reset();
}

} // namespace outfall::store::DeclarationSnapshotLoader
