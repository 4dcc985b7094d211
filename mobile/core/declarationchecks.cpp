#include "core/declarationchecks.h"

#include "core/actionrefused.h"
#include "core/devicesession.h"
#include "core/inspectionrecords.h"
#include "core/namedfields.h"
#include "domain/geodesy.h"
#include "domain/uuidv7.h"
#include "store/database.h"
#include "sync/outboxrepository.h"

#include <cmath>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::mobile {

namespace {

using sync::Entity;

// The check in force of each (kind, subject) of the inspection: not superseded.
const QString kChecksInForce = uR"(
    SELECT id, kind, coalesce(subject_id, ''), found, running, lat, lon, observed_value,
           coalesce(observed_unit, ''), outside_zones
    FROM declaration_check c WHERE inspection_id = ?1
      AND NOT EXISTS (SELECT 1 FROM declaration_check n WHERE n.supersedes_id = c.id)
    ORDER BY recorded_at, id)"_s;

std::optional<bool> optionalBool(const store::Statement &row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    return row.integer(column) != 0;
}

sync::FieldValue boolField(std::optional<bool> value)
{
    return value ? sync::FieldValue(std::int64_t(*value ? 1 : 0)) : sync::FieldValue();
}

sync::FieldValue realField(std::optional<double> value)
{
    return value ? sync::FieldValue(*value) : sync::FieldValue();
}

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace

bool DeclarationChecks::Declaration::mismatch(double declaredCapacity) const
{
    if (!checked())
        return false;
    if (kind == u"outlet")
        return found == false || foundDistanceM.value_or(0) > 50;
    if (kind == u"facility")
        return found == false || (expectedRunning && running == false);
    if (kind == u"capacity")
        return observedValue && declaredCapacity > 0 && *observedValue > declaredCapacity;
    return outsideZones == false;
}

DeclarationChecks::DeclarationChecks(DeviceSession &session)
    : m_session(session)
{ }

std::optional<double> DeclarationChecks::declaredCapacity(const QString &inspectionId) const
{
    auto row = m_session.database().cached(u"SELECT p.capacity_value FROM inspection i JOIN"
                                           u" permit p ON p.id = i.permit_id WHERE i.id = ?"_s);
    row.bind(1, inspectionId);
    const auto value = row.step() ? row.optionalReal(0) : std::nullopt;
    row.reset();
    return value;
}

QList<DeclarationChecks::Declaration> DeclarationChecks::of(const QString &inspectionId) const
{
    store::Database &db = m_session.database();
    const InspectionRow inspection = InspectionRecords(db).require(inspectionId);
    QList<Declaration> rows;
    auto outlets = db.prepare(u"SELECT id, code, name, lat, lon FROM outlet WHERE permit_id = ?"
                              u" AND removed_in_revision IS NULL ORDER BY code"_s);
    outlets.bind(1, inspection.permitId);
    while (outlets.step()) {
        Declaration d;
        d.kind = u"outlet"_s;
        d.subjectId = outlets.text(0);
        d.code = outlets.text(1);
        d.name = outlets.text(2);
        d.lat = outlets.real(3);
        d.lon = outlets.real(4);
        d.declared = number(*d.lat) + u", "_s + number(*d.lon);
        rows.append(d);
    }
    auto facilities = db.prepare(u"SELECT id, code, name, treats, expected_running FROM"
                                 u" treatment_facility WHERE permit_id = ? ORDER BY code"_s);
    facilities.bind(1, inspection.permitId);
    while (facilities.step()) {
        Declaration d;
        d.kind = u"facility"_s;
        d.subjectId = facilities.text(0);
        d.code = facilities.text(1);
        d.name = facilities.text(2);
        d.declared = facilities.text(3);
        d.expectedRunning = facilities.integer(4) != 0;
        rows.append(d);
    }
    auto permit = db.prepare(
        u"SELECT capacity_value, coalesce(capacity_unit, '') FROM permit WHERE id = ?"_s);
    permit.bind(1, inspection.permitId);
    if (permit.step() && !permit.isNull(0)) {
        Declaration d;
        d.kind = u"capacity"_s;
        d.declared = number(permit.real(0)) + u' ' + permit.text(1);
        rows.append(d);
    }
    Declaration zone;
    zone.kind = u"zone"_s;
    rows.append(zone);

    auto checks = db.prepare(kChecksInForce);
    checks.bind(1, inspectionId);
    while (checks.step()) {
        for (Declaration &d : rows) {
            if (d.kind != checks.text(1) || d.subjectId != checks.text(2))
                continue;
            d.checkId = checks.text(0);
            d.found = optionalBool(checks, 3);
            d.running = optionalBool(checks, 4);
            d.observedValue = checks.optionalReal(7);
            d.observedUnit = checks.text(8);
            d.outsideZones = optionalBool(checks, 9);
            d.foundDistanceM.reset();
            const auto lat = checks.optionalReal(5);
            const auto lon = checks.optionalReal(6);
            if (lat && lon && d.lat && d.lon) {
                try {
                    d.foundDistanceM = domain::Geodesy::haversineM(*lat, *lon, *d.lat, *d.lon);
                } catch (const std::invalid_argument &) { }
            }
        }
    }
    return rows;
}

QString DeclarationChecks::recordOutlet(const QString &inspectionId, const QString &outletId,
    bool found, const std::optional<PositionSample> &where, const QString &note)
{
    if (found && !where)
        throw ActionRefused(Refusal::tr("a declared outlet found needs the position it was"
                                        " found at"));
    if (where) {
        if (const QString problem = where->problem(); !problem.isEmpty())
            throw ActionRefused(Refusal::tr("position fix: %1").arg(problem));
    }
    return write(inspectionId,
        {u"outlet"_s, outletId, found, std::nullopt, found ? where : std::nullopt, std::nullopt, {},
            std::nullopt, note});
}

QString DeclarationChecks::recordFacility(const QString &inspectionId, const QString &facilityId,
    bool found, bool running, const QString &note)
{
    return write(inspectionId,
        {u"facility"_s, facilityId, found, found ? std::optional<bool>(running) : std::nullopt,
            std::nullopt, std::nullopt, {}, std::nullopt, note});
}

QString DeclarationChecks::recordCapacity(
    const QString &inspectionId, double value, const QString &unit, const QString &note)
{
    if (!std::isfinite(value) || value < 0)
        throw ActionRefused(Refusal::tr("the capacity seen must be a number ≥ 0"));
    if (unit.trimmed().isEmpty())
        throw ActionRefused(Refusal::tr("the capacity seen needs its unit"));
    return write(inspectionId,
        {u"capacity"_s, QString(), std::nullopt, std::nullopt, std::nullopt, value, unit.trimmed(),
            std::nullopt, note});
}

QString DeclarationChecks::recordZone(
    const QString &inspectionId, bool outsideZones, const QString &note)
{
    return write(inspectionId,
        {u"zone"_s, QString(), std::nullopt, std::nullopt, std::nullopt, std::nullopt, {},
            outsideZones, note});
}

QString DeclarationChecks::write(const QString &inspectionId, const Check &check)
{
    auto &outbox = m_session.outbox(); // refuses first when the device is not enrolled
    const InspectionRow inspection = InspectionRecords(m_session.database()).require(inspectionId);
    if (inspection.phase != u"pre_issuance")
        throw ActionRefused(Refusal::tr("inspection %1 is not a pre-issuance inspection:"
                                        " declarations are checked before a permit is issued")
                                .arg(inspectionId));
    if (inspection.reviewState != u"in_progress" && inspection.reviewState != u"returned")
        throw ActionRefused(
            Refusal::tr("inspection %1 is %2: checks can be added only while it is open")
                .arg(inspectionId, inspection.reviewState));
    // The declaration checked: its check in force is the one this one supersedes.
    const Declaration *declaration = nullptr;
    const QList<Declaration> declarations = of(inspectionId);
    for (const Declaration &d : declarations) {
        if (d.kind == check.kind && d.subjectId == check.subjectId)
            declaration = &d;
    }
    if (!declaration)
        throw ActionRefused(Refusal::tr("%1 %2 is not declared by this application")
                                .arg(check.kind, check.subjectId));
    const QString supersedes = declaration->checkId;
    if (check.note.size() > 2000)
        throw ActionRefused(Refusal::tr("the note is longer than 2000 characters"));

    thread_local domain::UuidV7Generator generator;
    const sync::Uuid id = *sync::Uuid::fromText(generator.next());
    outbox.insert(Entity::DeclarationCheck, id,
        namedFields(Entity::DeclarationCheck,
            {{u"inspection_id", inspectionId}, {u"kind", check.kind},
                {u"subject_id",
                    check.subjectId.isEmpty() ? sync::FieldValue()
                                              : sync::FieldValue(check.subjectId)},
                {u"found", boolField(check.found)}, {u"running", boolField(check.running)},
                {u"lat", realField(check.where ? std::optional(check.where->lat) : std::nullopt)},
                {u"lon", realField(check.where ? std::optional(check.where->lon) : std::nullopt)},
                {u"accuracy_m",
                    realField(check.where ? std::optional(check.where->accuracyM) : std::nullopt)},
                {u"observed_value", realField(check.observedValue)},
                {u"observed_unit",
                    check.observedUnit.isEmpty() ? sync::FieldValue()
                                                 : sync::FieldValue(check.observedUnit)},
                {u"outside_zones", boolField(check.outsideZones)},
                {u"note", check.note.isEmpty() ? sync::FieldValue() : sync::FieldValue(check.note)},
                {u"recorded_at", m_session.nowMs()},
                {u"supersedes_id",
                    supersedes.isEmpty() ? sync::FieldValue() : sync::FieldValue(supersedes)}}));
    return id.toText();
}

} // namespace outfall::mobile
