#pragma once

#include "sync/fieldvalue.h"
#include "sync/hlctimestamp.h"
#include "sync/uuid.h"

#include <cstdint>
#include <vector>

namespace outfall::sync {

enum class Entity : std::uint8_t; // sync/entityschema.h

// One captured change: a row inserted, or some of its fields updated, on one device.
// Fields are keyed by their number in the entity schema and kept sorted by it, so two
// ops with the same values are equal and encode to the same bytes.
struct Op
{
    enum class Kind : std::uint8_t { Insert = 0, Update = 1 };

    struct Field
    {
        std::uint8_t number = 0; // EntitySchema field number, from 1
        FieldValue value;
        friend bool operator==(const Field &, const Field &) = default;
    };

    Uuid opId;
    std::uint64_t deviceSeq = 0; // per device, contiguous from 1: the push batches' range
    Entity entity {};
    Uuid rowId;
    Kind kind = Kind::Insert;
    std::vector<Field> fields;
    HlcTimestamp hlc; // hlc.node is the device
    Uuid author; // the inspector (or, for reference data, the server operator)

    // Sets or replaces a field, keeping the order by number.
    void set(std::uint8_t number, FieldValue value);
    const FieldValue *value(std::uint8_t number) const;

    friend bool operator==(const Op &, const Op &) = default;
};

} // namespace outfall::sync
