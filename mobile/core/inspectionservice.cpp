#include "core/inspectionservice.h"

#include "core/actionrefused.h"
#include "core/devicesession.h"
#include "core/inspectionrecords.h"
#include "core/measurementcheck.h"
#include "core/namedfields.h"
#include "core/preferences.h"
#include "core/signaturestrokes.h"
#include "domain/geodesy.h"
#include "domain/positioncheck.h"
#include "domain/uuidv7.h"
#include "store/database.h"
#include "sync/entityschema.h"
#include "sync/outboxrepository.h"
#include "sync/signaturecoverage.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace outfall::mobile {

namespace {

using sync::Entity;

sync::Uuid newId()
{
    // One generator per thread: ids made in the same millisecond still sort in order.
    thread_local domain::UuidV7Generator generator;
    return *sync::Uuid::fromText(generator.next());
}

QString phaseText(InspectionPhase phase)
{
    return phase == InspectionPhase::PreIssuance ? u"pre_issuance"_s : u"post_issuance"_s;
}

QString answerText(AnswerValue value)
{
    switch (value) {
    case AnswerValue::Compliant:
        return u"compliant"_s;
    case AnswerValue::NonCompliant:
        return u"non_compliant"_s;
    case AnswerValue::NotApplicable:
        break;
    }
    return u"not_applicable"_s;
}

sync::FieldValue optionalText(const QString &text)
{
    return text.isEmpty() ? sync::FieldValue() : sync::FieldValue(text);
}

// Records go only into an inspection being recorded, or one a supervisor returned to be
// amended: a submitted one waits for its review and an approved one is locked (the server
// refuses the same, docs/protocol.md 4.3). A correction after submission is what a return is
// for.
void requireOpen(const InspectionRow &inspection)
{
    if (inspection.reviewState == u"in_progress" || inspection.reviewState == u"returned")
        return;
    if (inspection.reviewState == u"approved")
        throw ActionRefused(
            Refusal::tr("inspection %1 was approved by a supervisor and is locked: nothing can"
                        " be added or changed")
                .arg(inspection.id));
    throw ActionRefused(Refusal::tr("inspection %1 is submitted and waits for a supervisor's"
                                    " review: it can be changed only if the supervisor returns it")
                            .arg(inspection.id));
}

PositionAverage averageOrRefuse(std::span<const PositionSample> fixes, double thresholdM)
{
    if (fixes.empty())
        throw ActionRefused(Refusal::tr("no position fix given"));
    for (const PositionSample &fix : fixes) {
        if (const QString problem = fix.problem(); !problem.isEmpty())
            throw ActionRefused(Refusal::tr("position fix: %1").arg(problem));
    }
    const auto average = PositionAverage::of(fixes, thresholdM);
    if (!average) {
        double best = std::numeric_limits<double>::infinity();
        for (const PositionSample &fix : fixes)
            best = std::min(best, fix.accuracyM);
        throw ActionRefused(Refusal::tr("position fix refused: accuracy %1 m is worse than the"
                                        " %2 m threshold; wait for a better fix")
                                .arg(best)
                                .arg(thresholdM));
    }
    if (!average->steady())
        throw ActionRefused(
            Refusal::tr("position fixes refused: they moved or scattered over %1 m (2-sigma"
                        " spread), more than the %2 m their accuracy allows; stand still at the"
                        " point and take them again")
                .arg(QString::number(average->spreadM, 'f', 1),
                    QString::number(average->spreadLimitM, 'f', 1)));
    return *average;
}

QString distanceText(double metres)
{
    return metres < 1000 ? Refusal::tr("%1 m").arg(QString::number(metres, 'f', 1))
                         : Refusal::tr("%1 km").arg(QString::number(metres / 1000, 'f', 1));
}

// The position row's site fields: its distance to the site, and the far mark when the
// inspector confirmed recording it there.
sync::FieldValue siteDistanceField(const SiteGeometry::Distance &site)
{
    return site.distanceM ? sync::FieldValue(*site.distanceM) : sync::FieldValue();
}

sync::FieldValue farField(const SiteGeometry::Distance &site)
{
    return site.far() ? sync::FieldValue(std::int64_t(1)) : sync::FieldValue();
}

} // namespace

InspectionService::InspectionService(DeviceSession &session)
    : m_session(session)
{ }

double InspectionService::accuracyThresholdM() const
{
    return m_session.preferences().gpsAccuracyThresholdM();
}

SiteGeometry::Distance InspectionService::requireAtSite(const QString &permitId,
    const PositionSample &position, bool farConfirmed, const QString &what) const
{
    const SiteGeometry site = SiteGeometry::load(m_session.database(), permitId);
    const SiteGeometry::Distance distance = site.distanceTo(position.lat, position.lon);
    if (distance.far() && !farConfirmed) {
        const QString nearest = distance.nearestOutletCode.isEmpty()
            ? Refusal::tr("the enterprise's position")
            : Refusal::tr("outlet %1").arg(distance.nearestOutletCode);
        throw FarFromSite(Refusal::tr("%1 is %2 from the site (nearest: %3), more than the %4 m"
                                      " allowed from every outlet and the enterprise; confirm to"
                                      " record it anyway, marked as far from the site")
                              .arg(what, distanceText(*distance.distanceM), nearest)
                              .arg(domain::PositionCheck::kFarFromSiteM),
            *distance.distanceM);
    }
    return distance;
}

InspectionService::Started InspectionService::start(const QString &permitId, InspectionPhase phase,
    const PositionSample &arrival, bool farConfirmed)
{
    auto &outbox = m_session.outbox();
    if (const QString problem = arrival.problem(); !problem.isEmpty())
        throw ActionRefused(Refusal::tr("arrival fix: %1").arg(problem));
    store::Database &db = m_session.database();
    auto permit = db.cached(u"SELECT industry_code, number FROM permit WHERE id = ?"_s);
    permit.bind(1, permitId);
    if (!permit.step())
        throw ActionRefused(Refusal::tr("no permit %1 on this device").arg(permitId));
    const QString industry = permit.text(0);
    const QString number = permit.text(1);
    permit.reset();

    const QString inspector = m_session.identity().inspectorId()->toText();
    auto known = db.cached(u"SELECT 1 FROM inspector WHERE id = ?"_s);
    known.bind(1, inspector);
    if (!known.step())
        throw ActionRefused(
            Refusal::tr("inspector %1 is not in this device's reference data yet; sync first")
                .arg(inspector));
    known.reset();

    const InspectionRecords records(db);
    const auto checklist = records.templateFor(phaseText(phase), industry);
    if (!checklist)
        throw ActionRefused(
            Refusal::tr("no %1 checklist on this device for industry %2 (permit %3)")
                .arg(Refusal::phase(phaseText(phase)), industry, number));

    Started started;
    started.site =
        requireAtSite(permitId, arrival, farConfirmed, Refusal::tr("the arrival position"));
    started.startedAt = m_session.nowMs();
    const sync::Uuid inspectionId = newId();
    const sync::Uuid fixId = newId();
    store::Transaction transaction(db);
    outbox.insert(Entity::Inspection, inspectionId,
        namedFields(Entity::Inspection,
            {{u"permit_id", permitId}, {u"inspector_id", inspector}, {u"phase", phaseText(phase)},
                {u"template_id", checklist->id}, {u"status", u"in_progress"_s},
                {u"started_at", started.startedAt}}));
    outbox.insert(Entity::PositionFix, fixId,
        namedFields(Entity::PositionFix,
            {{u"inspection_id", inspectionId.toText()}, {u"purpose", u"arrival"_s},
                {u"lat", arrival.lat}, {u"lon", arrival.lon}, {u"accuracy_m", arrival.accuracyM},
                {u"samples", arrival.samples}, {u"recorded_at", started.startedAt},
                {u"site_distance_m", siteDistanceField(started.site)},
                {u"far_from_site", farField(started.site)}}));
    transaction.commit();
    started.inspectionId = inspectionId.toText();
    started.templateId = checklist->id;
    started.templateCode = checklist->code;
    started.arrivalFixId = fixId.toText();
    return started;
}

InspectionService::Answered InspectionService::answer(
    const QString &inspectionId, const QString &itemCode, AnswerValue value, const QString &note)
{
    auto &outbox = m_session.outbox();
    const InspectionRecords records(m_session.database());
    const InspectionRow inspection = records.require(inspectionId);
    QString itemId;
    for (const ChecklistItemRow &item : records.items(inspection.templateId)) {
        if (item.code == itemCode)
            itemId = item.id;
    }
    if (itemId.isEmpty())
        throw ActionRefused(
            Refusal::tr("checklist item %1 is not in this inspection's checklist %2")
                .arg(itemCode, records.templateCode(inspection.templateId)));
    const auto current = records.currentAnswer(inspectionId, itemId);
    requireOpen(inspection);

    Answered answered;
    answered.itemCode = itemCode;
    if (current && current->answer == answerText(value) && current->note == note) {
        answered.answerId = current->id; // nothing changed: no new evidence row
        answered.unchanged = true;
        return answered;
    }
    const sync::Uuid id = newId();
    outbox.insert(Entity::ChecklistAnswer, id,
        namedFields(Entity::ChecklistAnswer,
            {{u"inspection_id", inspectionId}, {u"item_id", itemId}, {u"answer", answerText(value)},
                {u"note", optionalText(note)}, {u"recorded_at", m_session.nowMs()},
                {u"supersedes_id", current ? sync::FieldValue(current->id) : sync::FieldValue()}}));
    answered.answerId = id.toText();
    answered.supersedesId = current ? current->id : QString();
    return answered;
}

InspectionService::Measured InspectionService::measure(
    const QString &inspectionId, const MeasurementInput &input)
{
    auto &outbox = m_session.outbox();
    const InspectionRecords records(m_session.database());
    requireOpen(records.require(inspectionId));
    Measured measured = previewMeasurement(inspectionId, input);
    if (!input.supersedesId.isEmpty())
        records.requireSupersedable(u"measurement"_s, inspectionId, input.supersedesId);
    // A position is checked like a photo's, but never refused for being far from the site:
    // the value was measured, and R12 on the server says where.
    if (input.position) {
        if (const QString problem = input.position->problem(); !problem.isEmpty())
            throw ActionRefused(Refusal::tr("measurement position: %1").arg(problem));
    }
    const std::int64_t now = m_session.nowMs();
    const auto positionField = [&](double value) {
        return input.position ? sync::FieldValue(value) : sync::FieldValue();
    };

    const sync::Uuid id = newId();
    outbox.insert(Entity::Measurement, id,
        namedFields(Entity::Measurement,
            {{u"inspection_id", inspectionId}, {u"outlet_id", measured.outletId},
                {u"pollutant", input.pollutant}, {u"value", input.value}, {u"unit", measured.unit},
                {u"o2_pct", input.o2Pct ? sync::FieldValue(*input.o2Pct) : sync::FieldValue()},
                {u"instrument_id", optionalText(input.instrumentId)},
                {u"method", optionalText(input.method)}, {u"recorded_at", now},
                {u"supersedes_id", optionalText(input.supersedesId)},
                {u"lat", positionField(input.position ? input.position->lat : 0)},
                {u"lon", positionField(input.position ? input.position->lon : 0)},
                {u"accuracy_m", positionField(input.position ? input.position->accuracyM : 0)},
                {u"position_at",
                    input.position ? sync::FieldValue(input.positionAtMs.value_or(now))
                                   : sync::FieldValue()}}));
    measured.measurementId = id.toText();
    return measured;
}

InspectionService::Measured InspectionService::previewMeasurement(
    const QString &inspectionId, const MeasurementInput &input) const
{
    const InspectionRecords records(m_session.database());
    const InspectionRow inspection = records.require(inspectionId);
    const OutletDetail outlet = records.requireOutlet(inspection.permitId, input.outletCode);
    Measured measured = MeasurementCheck::assess(input, outlet);
    measured.outletId = outlet.id;
    return measured;
}

InspectionService::Fixed InspectionService::fix(const QString &inspectionId,
    const QString &outletCode, std::span<const PositionSample> fixes, bool farConfirmed)
{
    auto &outbox = m_session.outbox();
    store::Database &db = m_session.database();
    const InspectionRecords records(db);
    const InspectionRow inspection = records.require(inspectionId);
    requireOpen(inspection);
    const OutletDetail outlet = records.requireOutlet(inspection.permitId, outletCode);
    Fixed fixed;
    fixed.outletCode = outlet.code;
    fixed.fix = averageOrRefuse(fixes, accuracyThresholdM());
    fixed.site = requireAtSite(inspection.permitId, fixed.fix.position, farConfirmed,
        Refusal::tr("the outlet check position"));

    const sync::Uuid id = newId();
    outbox.insert(Entity::PositionFix, id,
        namedFields(Entity::PositionFix,
            {{u"inspection_id", inspectionId}, {u"outlet_id", outlet.id},
                {u"purpose", u"outlet_check"_s}, {u"lat", fixed.fix.position.lat},
                {u"lon", fixed.fix.position.lon}, {u"accuracy_m", fixed.fix.position.accuracyM},
                {u"samples", fixed.fix.position.samples}, {u"recorded_at", m_session.nowMs()},
                {u"spread_m", fixed.fix.spreadM},
                {u"site_distance_m", siteDistanceField(fixed.site)},
                {u"far_from_site", farField(fixed.site)}}));
    fixed.fixId = id.toText();

    // Each stored check carries its combined accuracy, so averaging the stored checks
    // equals averaging every reading they were made of.
    std::vector<PositionSample> checks;
    auto stored = db.cached(u"SELECT lat, lon, accuracy_m, samples FROM position_fix"
                            u" WHERE inspection_id = ? AND outlet_id = ?"
                            u" AND purpose = 'outlet_check'"_s);
    stored.bind(1, inspectionId).bind(2, outlet.id);
    while (stored.step())
        checks.push_back({stored.real(0), stored.real(1), stored.real(2), stored.integer(3)});
    const auto overall =
        PositionAverage::of(checks, std::numeric_limits<double>::infinity()).value();
    fixed.overall = overall.position;
    fixed.overallFixes = overall.accepted;
    fixed.distanceM =
        domain::Geodesy::haversineM(fixed.overall.lat, fixed.overall.lon, outlet.lat, outlet.lon);
    if (const auto offset =
            SiteGeometry::load(db, inspection.permitId).outletOffset(fixed.overall, outlet.code))
        fixed.offset = *offset;
    return fixed;
}

InspectionService::UndeclaredOutlet InspectionService::recordUndeclaredOutlet(
    const QString &inspectionId, const QString &medium, const QString &description,
    std::span<const PositionSample> fixes, bool farConfirmed)
{
    auto &outbox = m_session.outbox();
    store::Database &db = m_session.database();
    const InspectionRow inspection = InspectionRecords(db).require(inspectionId);
    requireOpen(inspection);
    if (medium != u"air" && medium != u"water")
        throw ActionRefused(Refusal::tr("medium must be air or water, not \"%1\"").arg(medium));
    if (description.trimmed().isEmpty())
        throw ActionRefused(Refusal::tr("an undeclared outlet needs a description"));
    UndeclaredOutlet result;
    result.fix = averageOrRefuse(fixes, accuracyThresholdM());
    result.site = requireAtSite(inspection.permitId, result.fix.position, farConfirmed,
        Refusal::tr("the undeclared outlet's position"));

    const std::int64_t now = m_session.nowMs();
    const sync::Uuid fixId = newId();
    const sync::Uuid outletId = newId();
    store::Transaction transaction(db);
    outbox.insert(Entity::PositionFix, fixId,
        namedFields(Entity::PositionFix,
            {{u"inspection_id", inspectionId}, {u"purpose", u"undeclared_outlet"_s},
                {u"lat", result.fix.position.lat}, {u"lon", result.fix.position.lon},
                {u"accuracy_m", result.fix.position.accuracyM},
                {u"samples", result.fix.position.samples}, {u"recorded_at", now},
                {u"spread_m", result.fix.spreadM},
                {u"site_distance_m", siteDistanceField(result.site)},
                {u"far_from_site", farField(result.site)}}));
    outbox.insert(Entity::ObservedOutlet, outletId,
        namedFields(Entity::ObservedOutlet,
            {{u"inspection_id", inspectionId}, {u"fix_id", fixId.toText()}, {u"medium", medium},
                {u"description", description.trimmed()}, {u"recorded_at", now}}));
    transaction.commit();
    result.fixId = fixId.toText();
    result.observedOutletId = outletId.toText();
    return result;
}

InspectionService::PhotoTaken InspectionService::photo(
    const QString &inspectionId, const PhotoInput &input)
{
    auto &outbox = m_session.outbox();
    store::Database &db = m_session.database();
    const InspectionRecords records(db);
    const InspectionRow inspection = records.require(inspectionId);
    requireOpen(inspection);
    if (!input.supersedesId.isEmpty())
        records.requireSupersedable(u"photo"_s, inspectionId, input.supersedesId);
    ExifMetadata exif;
    std::optional<PositionSample> position = input.position;
    // The stated accuracy as stored: a field value, not an optional, which GCC 12 at -O2 takes
    // for maybe-uninitialised when copied into the op (a false positive under -Werror).
    sync::FieldValue accuracyM =
        position ? sync::FieldValue(position->accuracyM) : sync::FieldValue();
    if (input.imported) {
        if (input.position)
            throw ActionRefused(Refusal::tr("an imported photo keeps its own position (from its"
                                            " EXIF data); none may be given for it"));
        // Its own GPS position, bounded by the reader (ExifMetadata); EXIF rarely states an
        // accuracy, and none is invented.
        exif = ExifMetadata::fromFile(input.filePath);
        if (exif.hasPosition())
            position = PositionSample {*exif.lat, *exif.lon, exif.accuracyM.value_or(0), 1};
        accuracyM = exif.accuracyM ? sync::FieldValue(*exif.accuracyM) : sync::FieldValue();
    } else if (position) {
        if (const QString problem = position->problem(); !problem.isEmpty())
            throw ActionRefused(Refusal::tr("photo position: %1").arg(problem));
    }
    SiteGeometry::Distance site;
    if (position)
        site = requireAtSite(inspection.permitId, *position, input.farConfirmed,
            Refusal::tr("the photo's position"));

    PhotoStore &photos = m_session.photos();
    // The original is kept before the row is written: a row must never name a file that
    // is not there. A copy without a row (a failed write) is harmless and reused.
    PhotoTaken taken;
    taken.original = photos.keep(input.filePath);
    taken.path = photos.path(taken.original);
    taken.site = site;
    taken.imported = input.imported;
    taken.exif = exif;
    const sync::Uuid id = newId();
    store::Transaction transaction(db);
    outbox.insert(Entity::Photo, id,
        namedFields(Entity::Photo,
            {{u"inspection_id", inspectionId}, {u"sha256", taken.original.sha256},
                {u"byte_size", taken.original.byteSize}, {u"mime", taken.original.mime},
                {u"subject", optionalText(input.subject)},
                {u"caption", optionalText(input.caption)},
                {u"lat", position ? sync::FieldValue(position->lat) : sync::FieldValue()},
                {u"lon", position ? sync::FieldValue(position->lon) : sync::FieldValue()},
                {u"accuracy_m", accuracyM}, {u"taken_at", m_session.nowMs()},
                {u"supersedes_id", optionalText(input.supersedesId)},
                {u"site_distance_m", siteDistanceField(site)}, {u"far_from_site", farField(site)},
                {u"imported",
                    input.imported ? sync::FieldValue(std::int64_t(1)) : sync::FieldValue()},
                {u"exif_taken_at", optionalText(exif.takenAt)}}));
    photos.registerUpload(taken.original);
    transaction.commit();
    taken.photoId = id.toText();
    return taken;
}

namespace {

// What the record must say before anyone signs it: the production seen on site and a team
// the law accepts. Signatures close the record; they come last.
void requireReadyToSign(const InspectionRecords &records, const InspectionRow &inspection)
{
    if (inspection.productionLoad.isEmpty())
        throw ActionRefused(Refusal::tr("record the production state seen on site (running,"
                                        " partial with its load, or stopped) before signing"));
    const int members = int(records.team(inspection).size());
    if (members < InspectionRecords::kMinimumTeam)
        throw ActionRefused(
            Refusal::tr("an inspection needs at least %1 inspectors holding enforcement"
                        " certificates (《环境行政处罚办法》); this one has %2: add the second"
                        " inspector before signing")
                .arg(InspectionRecords::kMinimumTeam)
                .arg(members));
}

// Drawn strokes must be a signature, not a dot or a line (SignatureStrokes::shortfall).
// No strokes at all is a signature taken elsewhere (outfall-device, on paper).
void requireSignatureStrokes(const QByteArray &strokes)
{
    if (strokes.isEmpty())
        return;
    const auto drawn = SignatureStrokes::decode(strokes);
    if (!drawn)
        throw ActionRefused(Refusal::tr("the signature's strokes are unreadable"));
    if (const QString shortfall = drawn->shortfall(); !shortfall.isEmpty())
        throw ActionRefused(shortfall);
}

bool sameSigner(const sync::SignatureCoverage::Signature &existing, const QString &role,
    const QString &inspectorId, const QString &leadId)
{
    if (existing.role != role)
        return false;
    if (role != u"inspector")
        return true;
    const QString signer = existing.inspectorId.isEmpty() ? leadId : existing.inspectorId;
    return signer == inspectorId;
}

// Signing is part of recording an inspection; once returned for amendment it is allowed only
// to sign again what an amendment voided (this signer has no signature in force).
void requireSignable(store::Database &db, const InspectionRow &inspection, const QString &role,
    const QString &inspectorId)
{
    requireOpen(inspection);
    if (inspection.reviewState == u"in_progress")
        return;
    for (const auto &existing : sync::SignatureCoverage::signatures(db, inspection.id)) {
        if (!existing.voided && sameSigner(existing, role, inspectorId, inspection.inspectorId))
            throw ActionRefused(
                Refusal::tr("%1 signed inspection %2 already and the signature is still in force:"
                            " nothing to sign again")
                    .arg(existing.name, inspection.id));
    }
}

} // namespace

InspectionService::TeamMemberAdded InspectionService::addInspector(
    const QString &inspectionId, const QString &inspector)
{
    auto &outbox = m_session.outbox();
    store::Database &db = m_session.database();
    const InspectionRecords records(db);
    const InspectionRow inspection = records.require(inspectionId);
    requireOpen(inspection);
    auto find = db.cached(u"SELECT id, name, coalesce(certificate_no, ''), active FROM inspector"
                          u" WHERE code = ?1 OR id = ?1"_s);
    find.bind(1, inspector.trimmed());
    if (!find.step())
        throw ActionRefused(
            Refusal::tr("no inspector %1 on this device; sync to get the staff list")
                .arg(inspector));
    TeamMemberAdded added {{}, find.text(0), find.text(1), find.text(2)};
    const bool active = find.integer(3) != 0;
    find.reset();
    for (const TeamMember &member : records.team(inspection)) {
        if (member.inspectorId == added.inspectorId)
            throw ActionRefused(
                Refusal::tr("%1 is already on this inspection's team").arg(added.name));
    }
    if (!active)
        throw ActionRefused(Refusal::tr("%1 is no longer an active inspector").arg(added.name));
    if (added.certificateNo.isEmpty())
        throw ActionRefused(Refusal::tr("%1 has no enforcement certificate number on record; only"
                                        " an inspector holding one can inspect and sign")
                                .arg(added.name));
    const sync::Uuid id = newId();
    outbox.insert(Entity::InspectionInspector, id,
        namedFields(Entity::InspectionInspector,
            {{u"inspection_id", inspectionId}, {u"inspector_id", added.inspectorId},
                {u"certificate_no", added.certificateNo}, {u"added_at", m_session.nowMs()}}));
    added.memberId = id.toText();
    return added;
}

QString InspectionService::removeInspector(const QString &inspectionId, const QString &inspector)
{
    store::Database &db = m_session.database();
    const InspectionRecords records(db);
    const InspectionRow inspection = records.require(inspectionId);
    requireOpen(inspection);
    const QString wanted = inspector.trimmed();
    const QList<TeamMember> team = records.team(inspection);
    const auto member = std::find_if(team.begin(), team.end(), [&](const TeamMember &m) {
        return m.inspectorId == wanted || (!m.code.isEmpty() && m.code == wanted);
    });
    if (member == team.end())
        throw ActionRefused(Refusal::tr("%1 is not on this inspection's team").arg(inspector));
    if (member->lead)
        throw ActionRefused(Refusal::tr("%1 started this inspection and leads it: the lead "
                                        "stays on the team")
                                .arg(member->name));
    for (const auto &signature : sync::SignatureCoverage::signatures(db, inspectionId)) {
        if (!signature.voided)
            throw ActionRefused(Refusal::tr("the record is signed (%1): the team it states "
                                            "cannot change under the signatures")
                                    .arg(signature.name));
    }
    auto row = db.cached(u"SELECT id FROM inspection_inspector WHERE inspection_id = ?"
                         u" AND inspector_id = ?"_s);
    row.bind(1, inspectionId).bind(2, member->inspectorId);
    const auto id = row.step() ? sync::Uuid::fromText(row.text(0)) : std::nullopt;
    row.reset();
    if (!id || !m_session.outbox().withdraw(Entity::InspectionInspector, *id))
        throw ActionRefused(Refusal::tr("%1's place on the team has been sent to the server "
                                        "and stays in the record; say on the record why they "
                                        "took no part")
                                .arg(member->name));
    return member->name;
}

void InspectionService::recordProduction(
    const QString &inspectionId, const QString &state, std::optional<double> loadPct)
{
    auto &outbox = m_session.outbox();
    store::Database &db = m_session.database();
    const InspectionRow inspection = InspectionRecords(db).require(inspectionId);
    requireOpen(inspection);
    if (state != u"running" && state != u"partial" && state != u"stopped")
        throw ActionRefused(
            Refusal::tr("the production state must be running, partial or stopped, not \"%1\"")
                .arg(state));
    if (state == u"partial" && (!loadPct || !(*loadPct > 0 && *loadPct < 100)))
        throw ActionRefused(
            Refusal::tr("a partial production needs its load in percent, more than 0 and less"
                        " than 100"));
    if (state == u"running" && loadPct && !(*loadPct > 0 && *loadPct <= 100))
        throw ActionRefused(
            Refusal::tr("a running production's load is more than 0 and at most 100 percent"));
    if (state == u"stopped" && loadPct)
        throw ActionRefused(Refusal::tr("a stopped production has no load"));
    for (const auto &signature : sync::SignatureCoverage::signatures(db, inspectionId)) {
        if (!signature.voided)
            throw ActionRefused(Refusal::tr("the record is signed (%1): the production state it"
                                            " states cannot change under the signatures")
                                    .arg(signature.name));
    }
    // The load is sent even when there is none (an explicit null): a load stated for an earlier
    // "partial" must not outlive the change to "stopped" or a running plant of unknown load.
    auto fields = namedFields(Entity::Inspection, {{u"production_load", state}});
    fields.push_back(
        {sync::EntitySchema::info(Entity::Inspection).fieldNumber(u"production_load_pct"),
            loadPct ? sync::FieldValue(*loadPct) : sync::FieldValue()});
    outbox.update(Entity::Inspection, *sync::Uuid::fromText(inspectionId), fields);
}

QString InspectionService::sign(const QString &inspectionId, SignerRole role, const QString &name,
    const QByteArray &strokes, const QString &inspectorId)
{
    m_session.outbox(); // refuses first when the device is not enrolled
    store::Database &db = m_session.database();
    const InspectionRecords records(db);
    const InspectionRow inspection = records.require(inspectionId);
    const bool inspector = role == SignerRole::Inspector;
    SignatureRow row;
    row.role = inspector ? u"inspector"_s : u"representative"_s;
    row.name = name.trimmed();
    row.strokes = strokes;
    const QList<TeamMember> team = records.team(inspection);
    if (inspector) {
        const QString signer = inspectorId.isEmpty() ? inspection.inspectorId : inspectorId;
        const auto member = std::find_if(team.begin(), team.end(),
            [&](const TeamMember &m) { return m.inspectorId == signer || m.code == signer; });
        if (member == team.end())
            throw ActionRefused(
                Refusal::tr("inspector %1 is not on this inspection's team; add them first")
                    .arg(signer));
        if (member->certificateNo.isEmpty())
            throw ActionRefused(Refusal::tr("%1 has no enforcement certificate number on record;"
                                            " an inspector signs with one")
                                    .arg(member->name));
        row.inspectorId = member->inspectorId;
        row.certificateNo = member->certificateNo;
    }
    requireSignable(db, inspection, row.role, row.inspectorId);
    requireReadyToSign(records, inspection);
    if (name.trimmed().isEmpty())
        throw ActionRefused(inspector
                ? Refusal::tr("the inspector's name is required to sign")
                : Refusal::tr("the representative's name is required to sign"));
    requireSignatureStrokes(strokes);
    return writeSignature(inspectionId, row);
}

QString InspectionService::refuse(const QString &inspectionId, const QString &representativeName,
    const QString &witnessName, const QByteArray &witnessStrokes)
{
    m_session.outbox(); // refuses first when the device is not enrolled
    const InspectionRecords records(m_session.database());
    const InspectionRow inspection = records.require(inspectionId);
    requireSignable(m_session.database(), inspection, u"representative"_s, {});
    requireReadyToSign(records, inspection);
    if (representativeName.trimmed().isEmpty())
        throw ActionRefused(
            Refusal::tr("the name of the representative who refused to sign is required"));
    if (witnessName.trimmed().isEmpty())
        throw ActionRefused(Refusal::tr("a refusal to sign needs a witness: enter the name of the"
                                        " person who saw the representative refuse"));
    requireSignatureStrokes(witnessStrokes);
    SignatureRow row;
    row.role = u"representative"_s;
    row.name = representativeName.trimmed();
    row.refused = true;
    row.witnessName = witnessName.trimmed();
    row.witnessStrokes = witnessStrokes;
    return writeSignature(inspectionId, row);
}

QString InspectionService::writeSignature(const QString &inspectionId, const SignatureRow &row)
{
    // One signature (or refusal) in force a role — a team member for inspectors: a second
    // would leave the record ambiguous. A signature voided by a later change stays in the
    // record and does not count.
    store::Database &db = m_session.database();
    const QString lead = InspectionRecords(db).require(inspectionId).inspectorId;
    for (const auto &existing : sync::SignatureCoverage::signatures(db, inspectionId)) {
        if (existing.voided || !sameSigner(existing, row.role, row.inspectorId, lead))
            continue;
        if (existing.refused)
            throw ActionRefused(Refusal::tr("the representative has already refused to sign (%1)")
                                    .arg(existing.name));
        throw ActionRefused(row.role == u"inspector"
                ? Refusal::tr("the inspector has already signed (%1)").arg(existing.name)
                : Refusal::tr("the representative has already signed (%1)").arg(existing.name));
    }
    const auto optionalBlob = [](const QByteArray &bytes) {
        return bytes.isEmpty() ? sync::FieldValue() : sync::FieldValue(bytes);
    };
    // The signature covers the evidence as it stands now (sync::SignatureCoverage).
    const QString covers = sync::SignatureCoverage::digest(db, inspectionId);
    const sync::Uuid id = newId();
    m_session.outbox().insert(Entity::Signature, id,
        namedFields(Entity::Signature,
            {{u"inspection_id", inspectionId}, {u"signer_role", row.role},
                {u"signer_name", row.name}, {u"refused", row.refused ? 1 : 0},
                {u"strokes", optionalBlob(row.strokes)}, {u"signed_at", m_session.nowMs()},
                {u"covers_sha256", covers}, {u"inspector_id", optionalText(row.inspectorId)},
                {u"certificate_no", optionalText(row.certificateNo)},
                {u"witness_name", optionalText(row.witnessName)},
                {u"witness_strokes", optionalBlob(row.witnessStrokes)}}));
    return id.toText();
}

std::int64_t InspectionService::submit(const QString &inspectionId)
{
    auto &outbox = m_session.outbox();
    const InspectionRecords records(m_session.database());
    const InspectionRow inspection = records.require(inspectionId);
    const bool resubmission = inspection.reviewState == u"returned";
    if (inspection.status != u"in_progress" && !resubmission)
        throw ActionRefused(Refusal::tr("inspection %1 is already %2")
                                .arg(inspectionId, Refusal::status(inspection.reviewState)));
    const QStringList missing = records.missingForSubmission(inspection);
    if (!missing.isEmpty())
        throw ActionRefused(Refusal::tr("inspection %1 cannot be submitted; missing: %2")
                                .arg(inspectionId, missing.join(u", "_s)),
            missing);
    const std::int64_t now = m_session.nowMs();
    // A resubmission names the return it answers: the server accepts it only for the return
    // in force, and both sides then read the inspection as submitted again.
    outbox.update(Entity::Inspection, *sync::Uuid::fromText(inspectionId),
        resubmission ? namedFields(Entity::Inspection,
            {{u"status", u"submitted"_s}, {u"submitted_at", now},
                {u"answers_review_id", inspection.reviewId}})
                     : namedFields(Entity::Inspection,
                         {{u"status", u"submitted"_s}, {u"submitted_at", now}}));
    return now;
}

} // namespace outfall::mobile
