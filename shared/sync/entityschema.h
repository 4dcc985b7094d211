#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>
#include <span>
#include <vector>

namespace outfall::sync {

// Wire numbers of the synced tables. Never renumber: they are in every encoded op and
// in the golden fixtures. Device field records come first so that (entity, kind) packs
// into one CBOR byte for the ops that make up nearly all traffic.
enum class Entity : std::uint8_t {
    Inspection = 1,
    ChecklistAnswer = 2,
    Measurement = 3,
    PositionFix = 4,
    ObservedOutlet = 5,
    Photo = 6,
    Signature = 7,
    Enterprise = 8,
    Permit = 9,
    ReportSchedule = 10,
    Outlet = 11,
    EmissionLimit = 12,
    MonitoringRequirement = 13,
    ChecklistTemplate = 14,
    ChecklistItem = 15,
    Inspector = 16,
    Assignment = 17,
    ReportedValue = 18,
    ExecutionReport = 19,
    Flag = 20,
    InspectionInspector = 21, // 0015: a device field record appended after the reference data
    InspectionReview = 22, // 0017: a supervisor's decision on a submitted inspection (server)
    EvidenceRecord = 23, // 0018/0019: a signed record of a piece of evidence (docs/evidence.md)
    TreatmentFacility = 24, // 0022: a treatment facility a permit or application declares
    DeclarationCheck = 25, // 0022: one declaration checked before issuance (device field record)
    ApplicationDecision = 26, // 0022: a supervisor's decision on an application (server)
};

// The synced entities of migrations 0001 and 0002: for each, its fields in wire order,
// how each field merges, and who may write the entity. Field numbers are positions from
// 1 (the `id` column is the op's row id, not a field); a new column is appended, never
// inserted, so old numbers keep their meaning.
//
// Not synced: permit_revision (server-side history keyed by (permit, revision), which
// devices never need) and every bookkeeping table (outbox, import_run...).
class EntitySchema
{
public:
    enum class Owner : std::uint8_t {
        Server, // reference data: devices read it only
        Device, // field records: made on tablets, checked and sequenced by the server
    };
    enum class FieldType : std::uint8_t {
        Uuid, // TEXT holding a canonical UUID: 16 bytes on the wire
        Text,
        Integer,
        Real,
        Instant, // INTEGER ms since epoch: sent relative to the op's clock
        Blob,
    };
    enum class Merge : std::uint8_t {
        Immutable, // set by the insert, never changed: evidence, keys, parents
        LastWriterWins, // editable: the higher clock wins, the loser goes to the conflict log
        Workflow, // a state machine the server checks; invalid transitions are rejected
    };

    struct Field
    {
        QString name;
        FieldType type;
        Merge merge;
        bool nullable;
    };

    struct EntityInfo
    {
        Entity entity;
        QString table;
        Owner owner;
        bool insertOnly; // evidence: no Update ops at all; corrections supersede
        std::vector<Field> fields;

        // 1-based; nullptr when out of range.
        const Field *field(int number) const;
        // 0 when there is no such field.
        std::uint8_t fieldNumber(QStringView name) const;
    };

    static std::span<const EntityInfo> entities();
    static const EntityInfo *find(Entity entity); // nullptr for an unknown wire number
    static const EntityInfo *findTable(QStringView table);
    static const EntityInfo &info(Entity entity); // entity must be known
};

} // namespace outfall::sync
