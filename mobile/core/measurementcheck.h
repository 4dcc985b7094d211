#pragma once

#include "core/inspectionservice.h"
#include "core/permitdetails.h"

namespace outfall::mobile {

// Validates an on-site measurement against the catalogue and the outlet's limits and
// computes what it is compared with (pure: no store). Rules: a catalogue pollutant of the
// outlet's medium; a unit that converts to the limit's unit (or, without a limit, to the
// pollutant's usual unit); a value in its physical range (domain::MeasuredRange: ≥ 0, pH
// 0–14, concentrations at most 10⁷ mg/m3 or mg/L...); O2 0 ≤ x < 21 and only at air outlets.
// The O2 correction applies when the limit states a reference O2 and O2 was measured.
class MeasurementCheck
{
public:
    // Throws ActionRefused naming the field at fault. measurementId is left empty.
    static InspectionService::Measured assess(
        const InspectionService::MeasurementInput &input, const OutletDetail &outlet);
};

} // namespace outfall::mobile
