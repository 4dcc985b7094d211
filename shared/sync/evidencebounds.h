#pragma once

#include "sync/op.h"

#include <QString>

#include <optional>

namespace outfall::sync {

// The values an evidence op may carry at all: numbers within the physical range of their
// quantity (domain::MeasuredRange: a measured value in its unit, O2, coordinates, accuracy,
// spreads and distances, a photo's size), and numbers where the schema says a number. The
// device refuses these when they are typed; the server checks them again on every push,
// because a hostile or broken device is not bound by its own UI (issue 8: a 1e308 pushed
// raw was stored). Pure: the same answer on the device and the server.
class EvidenceBounds
{
public:
    // Nothing when the op's values are possible, else a sentence naming the field, the value
    // and the range ("measurement.value 1e+308 mg/Nm3 is outside 0 ≤ value ≤ 10000000 mg/Nm3").
    static std::optional<QString> check(const Op &op);
};

} // namespace outfall::sync
