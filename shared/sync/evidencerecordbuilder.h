#pragma once

#include "evidence/canonicalrecord.h"
#include "sync/op.h"

#include <optional>

namespace outfall::sync {

// Which captured changes are evidence that the device signs, and the canonical record of
// one (docs/evidence.md section 1): every insert of an insert-only field record
// (checklist answer, measurement, position fix, observed outlet, photo with its SHA-256,
// signature with its strokes, team member) and every inspection update that submits it.
// Pure: the chain position and key are the caller's.
class EvidenceRecordBuilder
{
public:
    // The record's kind for `op`, nullopt when the change is not signed evidence.
    static std::optional<evidence::CanonicalRecord::Kind> kindOf(const Op &op);
    // The inspection `op` belongs to (its row for an inspection, else its inspection_id).
    static QString inspectionOf(const Op &op);
    // The record of `op` with its values; device, key, seq and previous hash left to fill.
    static evidence::CanonicalRecord build(const Op &op, evidence::CanonicalRecord::Kind kind);
};

} // namespace outfall::sync
