#include "sync/entityschema.h"

#include <algorithm>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::sync {

namespace {

using Field = EntitySchema::Field;
using Info = EntitySchema::EntityInfo;
using T = EntitySchema::FieldType;
using M = EntitySchema::Merge;
using O = EntitySchema::Owner;

constexpr bool required = false;
constexpr bool optional = true;

// Immutable field: keys, parents, evidence values.
Field fixed(const char16_t *name, T type, bool nullable)
{
    return Field {QString::fromUtf16(name), type, M::Immutable, nullable};
}

// Last-writer-wins field.
Field lww(const char16_t *name, T type, bool nullable)
{
    return Field {QString::fromUtf16(name), type, M::LastWriterWins, nullable};
}

Field workflow(const char16_t *name, T type, bool nullable)
{
    return Field {QString::fromUtf16(name), type, M::Workflow, nullable};
}

std::vector<Info> buildEntities()
{
    std::vector<Info> e;
    // Device field records (0002; columns appended by later migrations are marked).
    e.push_back({Entity::Inspection, u"inspection"_s, O::Device, false,
        {fixed(u"permit_id", T::Uuid, required), fixed(u"inspector_id", T::Uuid, required),
            fixed(u"assignment_id", T::Uuid, optional), fixed(u"phase", T::Text, required),
            fixed(u"template_id", T::Uuid, optional), workflow(u"status", T::Text, required),
            fixed(u"started_at", T::Instant, required),
            workflow(u"submitted_at", T::Instant, optional), lww(u"summary", T::Text, optional),
            lww(u"production_load", T::Text, optional),
            // 0015
            lww(u"production_load_pct", T::Real, optional),
            // 0017: the return a resubmission answers
            workflow(u"answers_review_id", T::Uuid, optional)}});
    e.push_back({Entity::ChecklistAnswer, u"checklist_answer"_s, O::Device, true,
        {fixed(u"inspection_id", T::Uuid, required), fixed(u"item_id", T::Uuid, required),
            fixed(u"answer", T::Text, required), fixed(u"note", T::Text, optional),
            fixed(u"recorded_at", T::Instant, required),
            fixed(u"supersedes_id", T::Uuid, optional)}});
    e.push_back({Entity::Measurement, u"measurement"_s, O::Device, true,
        {fixed(u"inspection_id", T::Uuid, required), fixed(u"outlet_id", T::Uuid, optional),
            fixed(u"pollutant", T::Text, required), fixed(u"value", T::Real, required),
            fixed(u"unit", T::Text, required), fixed(u"o2_pct", T::Real, optional),
            fixed(u"instrument_id", T::Text, optional), fixed(u"method", T::Text, optional),
            fixed(u"recorded_at", T::Instant, required), fixed(u"supersedes_id", T::Uuid, optional),
            // 0020: where it was taken (R12)
            fixed(u"lat", T::Real, optional), fixed(u"lon", T::Real, optional),
            fixed(u"accuracy_m", T::Real, optional), fixed(u"position_at", T::Instant, optional)}});
    e.push_back({Entity::PositionFix, u"position_fix"_s, O::Device, true,
        {fixed(u"inspection_id", T::Uuid, required), fixed(u"outlet_id", T::Uuid, optional),
            fixed(u"purpose", T::Text, required), fixed(u"lat", T::Real, required),
            fixed(u"lon", T::Real, required), fixed(u"accuracy_m", T::Real, required),
            fixed(u"samples", T::Integer, required), fixed(u"recorded_at", T::Instant, required),
            // 0009
            fixed(u"spread_m", T::Real, optional), fixed(u"site_distance_m", T::Real, optional),
            fixed(u"far_from_site", T::Integer, optional)}});
    e.push_back({Entity::ObservedOutlet, u"observed_outlet"_s, O::Device, true,
        {fixed(u"inspection_id", T::Uuid, required), fixed(u"fix_id", T::Uuid, optional),
            fixed(u"medium", T::Text, required), fixed(u"description", T::Text, required),
            fixed(u"recorded_at", T::Instant, required)}});
    e.push_back({Entity::Photo, u"photo"_s, O::Device, true,
        {fixed(u"inspection_id", T::Uuid, required), fixed(u"sha256", T::Text, required),
            fixed(u"byte_size", T::Integer, required), fixed(u"mime", T::Text, required),
            fixed(u"subject", T::Text, optional), fixed(u"caption", T::Text, optional),
            fixed(u"lat", T::Real, optional), fixed(u"lon", T::Real, optional),
            fixed(u"accuracy_m", T::Real, optional), fixed(u"taken_at", T::Instant, required),
            fixed(u"supersedes_id", T::Uuid, optional),
            // 0009
            fixed(u"site_distance_m", T::Real, optional),
            fixed(u"far_from_site", T::Integer, optional),
            // 0011
            fixed(u"imported", T::Integer, optional), fixed(u"exif_taken_at", T::Text, optional)}});
    e.push_back({Entity::Signature, u"signature"_s, O::Device, true,
        {fixed(u"inspection_id", T::Uuid, required), fixed(u"signer_role", T::Text, required),
            fixed(u"signer_name", T::Text, required), fixed(u"refused", T::Integer, required),
            fixed(u"strokes", T::Blob, optional), fixed(u"signed_at", T::Instant, required),
            // 0010
            fixed(u"covers_sha256", T::Text, optional),
            // 0015
            fixed(u"inspector_id", T::Uuid, optional), fixed(u"certificate_no", T::Text, optional),
            fixed(u"witness_name", T::Text, optional),
            fixed(u"witness_strokes", T::Blob, optional)}});

    // Server reference data (0001) and the server's flags (0002). Only the server writes
    // these, so last-writer-wins only orders the server's own edits.
    e.push_back({Entity::Enterprise, u"enterprise"_s, O::Server, false,
        {lww(u"uscc", T::Text, required), lww(u"name", T::Text, required),
            lww(u"name_en", T::Text, optional), lww(u"legal_rep", T::Text, optional),
            lww(u"address", T::Text, optional), lww(u"industry_code", T::Text, required),
            lww(u"region", T::Text, optional), lww(u"lat", T::Real, optional),
            lww(u"lon", T::Real, optional), lww(u"updated_at", T::Instant, required)}});
    e.push_back({Entity::Permit, u"permit"_s, O::Server, false,
        {lww(u"number", T::Text, required), fixed(u"enterprise_id", T::Uuid, required),
            lww(u"revision", T::Integer, required), lww(u"valid_from", T::Text, required),
            lww(u"valid_to", T::Text, required), lww(u"issued_on", T::Text, required),
            lww(u"authority", T::Text, required), lww(u"industry_code", T::Text, required),
            lww(u"management", T::Text, required), lww(u"capacity", T::Text, optional),
            lww(u"content_hash", T::Text, required), lww(u"updated_at", T::Instant, required),
            // 0020
            lww(u"renewal_applied_on", T::Text, optional),
            // 0022
            lww(u"status", T::Text, required), lww(u"applied_on", T::Text, optional),
            lww(u"capacity_value", T::Real, optional), lww(u"capacity_unit", T::Text, optional),
            lww(u"application_decision_id", T::Text, optional)}});
    e.push_back({Entity::ReportSchedule, u"report_schedule"_s, O::Server, false,
        {fixed(u"permit_id", T::Uuid, required), lww(u"kind", T::Text, required),
            lww(u"due_day", T::Integer, required),
            lww(u"due_month_offset", T::Integer, required)}});
    e.push_back({Entity::Outlet, u"outlet"_s, O::Server, false,
        {fixed(u"permit_id", T::Uuid, required), lww(u"code", T::Text, required),
            lww(u"name", T::Text, required), lww(u"medium", T::Text, required),
            lww(u"category", T::Text, required), lww(u"lat", T::Real, required),
            lww(u"lon", T::Real, required), lww(u"height_m", T::Real, optional),
            lww(u"discharge_method", T::Text, optional), lww(u"destination", T::Text, optional),
            lww(u"removed_in_revision", T::Integer, optional)}});
    e.push_back({Entity::EmissionLimit, u"emission_limit"_s, O::Server, false,
        {fixed(u"outlet_id", T::Uuid, required), lww(u"pollutant", T::Text, required),
            lww(u"max_value", T::Real, optional), lww(u"min_value", T::Real, optional),
            lww(u"unit", T::Text, required), lww(u"reference_o2_pct", T::Real, optional),
            lww(u"basis", T::Text, required), lww(u"rate_limit_kg_h", T::Real, optional),
            lww(u"annual_t", T::Real, optional), lww(u"standard", T::Text, optional)}});
    e.push_back({Entity::MonitoringRequirement, u"monitoring_requirement"_s, O::Server, false,
        {fixed(u"outlet_id", T::Uuid, required), lww(u"pollutant", T::Text, required),
            lww(u"mode", T::Text, required), lww(u"frequency", T::Text, required),
            lww(u"method", T::Text, optional)}});
    e.push_back({Entity::ChecklistTemplate, u"checklist_template"_s, O::Server, false,
        {lww(u"code", T::Text, required), lww(u"phase", T::Text, required),
            lww(u"industry_code", T::Text, optional), lww(u"title_zh", T::Text, required),
            lww(u"title_en", T::Text, required), lww(u"version", T::Integer, required),
            lww(u"content_hash", T::Text, optional)}});
    e.push_back({Entity::ChecklistItem, u"checklist_item"_s, O::Server, false,
        {fixed(u"template_id", T::Uuid, required), lww(u"ordinal", T::Integer, required),
            lww(u"code", T::Text, required), lww(u"severity", T::Text, required),
            lww(u"text_zh", T::Text, required), lww(u"text_en", T::Text, required)}});
    e.push_back({Entity::Inspector, u"inspector"_s, O::Server, false,
        {lww(u"code", T::Text, required), lww(u"name", T::Text, required),
            lww(u"role", T::Text, required), lww(u"region", T::Text, optional),
            lww(u"active", T::Integer, required),
            // 0015
            lww(u"certificate_no", T::Text, optional)}});
    e.push_back({Entity::Assignment, u"assignment"_s, O::Server, false,
        {fixed(u"inspector_id", T::Uuid, required), fixed(u"permit_id", T::Uuid, required),
            fixed(u"phase", T::Text, required), lww(u"route_order", T::Integer, optional),
            lww(u"due_on", T::Text, optional), workflow(u"status", T::Text, required),
            fixed(u"created_at", T::Instant, required), lww(u"updated_at", T::Instant, required)}});
    e.push_back({Entity::ReportedValue, u"reported_value"_s, O::Server, false,
        {fixed(u"outlet_id", T::Uuid, required), fixed(u"pollutant", T::Text, required),
            fixed(u"kind", T::Text, required), fixed(u"period", T::Text, required),
            lww(u"value", T::Real, optional), lww(u"unit", T::Text, required),
            lww(u"qualifier", T::Text, required), lww(u"validity", T::Text, required),
            lww(u"no_data", T::Text, optional), lww(u"o2_pct", T::Real, optional),
            lww(u"flow_m3h", T::Real, optional), lww(u"valid_count", T::Integer, optional)}});
    e.push_back({Entity::ExecutionReport, u"execution_report"_s, O::Server, false,
        {fixed(u"permit_id", T::Uuid, required), fixed(u"kind", T::Text, required),
            fixed(u"period", T::Text, required), lww(u"filed_on", T::Text, required)}});
    e.push_back({Entity::Flag, u"flag"_s, O::Server, false,
        {fixed(u"rule_id", T::Text, required), lww(u"severity", T::Text, required),
            fixed(u"permit_id", T::Uuid, required), fixed(u"outlet_id", T::Uuid, optional),
            fixed(u"pollutant", T::Text, optional), fixed(u"period", T::Text, optional),
            lww(u"compared", T::Text, required), lww(u"message_en", T::Text, required),
            lww(u"message_zh", T::Text, required), lww(u"evidence", T::Text, optional),
            workflow(u"status", T::Text, required), fixed(u"raised_at", T::Instant, required),
            lww(u"updated_at", T::Instant, required),
            // 0012
            lww(u"rule_version", T::Integer, required), lww(u"computation", T::Text, optional),
            lww(u"exceedance_pct", T::Real, optional), fixed(u"detail", T::Text, optional),
            workflow(u"decision_reason", T::Text, optional),
            workflow(u"decided_by", T::Text, optional),
            workflow(u"decided_at", T::Instant, optional)}});
    // 0015: the other members of an inspection's team (the lead is inspection.inspector_id).
    e.push_back({Entity::InspectionInspector, u"inspection_inspector"_s, O::Device, true,
        {fixed(u"inspection_id", T::Uuid, required), fixed(u"inspector_id", T::Uuid, required),
            fixed(u"certificate_no", T::Text, required),
            fixed(u"added_at", T::Instant, required)}});
    // 0017: a supervisor's review decisions, one row each, never changed.
    e.push_back({Entity::InspectionReview, u"inspection_review"_s, O::Server, false,
        {fixed(u"inspection_id", T::Uuid, required), fixed(u"permit_id", T::Uuid, required),
            fixed(u"inspector_id", T::Uuid, required), fixed(u"decision", T::Text, required),
            fixed(u"comment", T::Text, optional), fixed(u"decided_by", T::Text, required),
            fixed(u"decided_at", T::Instant, required)}});
    // 0018 (device) and 0019 (server): the signed record of a piece of evidence; the server
    // checks its signature and chain before it is stored (docs/evidence.md).
    e.push_back({Entity::EvidenceRecord, u"evidence_record"_s, O::Device, true,
        {fixed(u"inspection_id", T::Uuid, required), fixed(u"subject_id", T::Uuid, required),
            fixed(u"record", T::Blob, required), fixed(u"signature", T::Blob, required)}});
    // 0022: applications before issuance (docs/schema.md "Before issuance").
    e.push_back({Entity::TreatmentFacility, u"treatment_facility"_s, O::Server, false,
        {fixed(u"permit_id", T::Uuid, required), lww(u"code", T::Text, required),
            lww(u"name", T::Text, required), lww(u"treats", T::Text, required),
            lww(u"outlet_code", T::Text, optional),
            lww(u"expected_running", T::Integer, required)}});
    e.push_back({Entity::DeclarationCheck, u"declaration_check"_s, O::Device, true,
        {fixed(u"inspection_id", T::Uuid, required), fixed(u"kind", T::Text, required),
            fixed(u"subject_id", T::Uuid, optional), fixed(u"found", T::Integer, optional),
            fixed(u"running", T::Integer, optional), fixed(u"lat", T::Real, optional),
            fixed(u"lon", T::Real, optional), fixed(u"accuracy_m", T::Real, optional),
            fixed(u"observed_value", T::Real, optional), fixed(u"observed_unit", T::Text, optional),
            fixed(u"outside_zones", T::Integer, optional), fixed(u"note", T::Text, optional),
            fixed(u"recorded_at", T::Instant, required),
            fixed(u"supersedes_id", T::Uuid, optional)}});
    e.push_back({Entity::ApplicationDecision, u"application_decision"_s, O::Server, false,
        {fixed(u"permit_id", T::Uuid, required), fixed(u"decision", T::Text, required),
            fixed(u"reason", T::Text, required), fixed(u"decided_by", T::Text, required),
            fixed(u"decided_at", T::Instant, required)}});
    std::sort(e.begin(), e.end(), [](const Info &a, const Info &b) { return a.entity < b.entity; });
    for (std::size_t i = 0; i < e.size(); ++i) {
        if (static_cast<std::size_t>(e[i].entity) != i + 1)
            throw std::logic_error("entity wire numbers must run 1, 2, 3... without gaps");
        if (e[i].fields.size() > 255)
            throw std::logic_error("an entity has more fields than a field number holds");
    }
    return e;
}

} // namespace

const EntitySchema::Field *EntitySchema::EntityInfo::field(int number) const
{
    if (number < 1 || static_cast<std::size_t>(number) > fields.size())
        return nullptr;
    return &fields[static_cast<std::size_t>(number - 1)];
}

std::uint8_t EntitySchema::EntityInfo::fieldNumber(QStringView name) const
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].name == name)
            return static_cast<std::uint8_t>(i + 1);
    }
    return 0;
}

std::span<const EntitySchema::EntityInfo> EntitySchema::entities()
{
    static const std::vector<EntityInfo> all = buildEntities();
    return all;
}

const EntitySchema::EntityInfo *EntitySchema::find(Entity entity)
{
    const auto all = entities();
    const auto index = static_cast<std::size_t>(entity);
    return index >= 1 && index <= all.size() ? &all[index - 1] : nullptr;
}

const EntitySchema::EntityInfo *EntitySchema::findTable(QStringView table)
{
    for (const EntityInfo &info : entities()) {
        if (info.table == table)
            return &info;
    }
    return nullptr;
}

const EntitySchema::EntityInfo &EntitySchema::info(Entity entity)
{
    const EntityInfo *found = find(entity);
    if (!found)
        throw std::out_of_range("unknown entity wire number");
    return *found;
}

} // namespace outfall::sync
