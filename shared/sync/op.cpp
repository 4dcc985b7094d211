#include "sync/op.h"

#include <algorithm>

namespace outfall::sync {

void Op::set(std::uint8_t number, FieldValue value)
{
    const auto at = std::lower_bound(fields.begin(), fields.end(), number,
        [](const Field &field, std::uint8_t n) { return field.number < n; });
    if (at != fields.end() && at->number == number)
        at->value = std::move(value);
    else
        fields.insert(at, Field {number, std::move(value)});
}

const FieldValue *Op::value(std::uint8_t number) const
{
    const auto at = std::lower_bound(fields.begin(), fields.end(), number,
        [](const Field &field, std::uint8_t n) { return field.number < n; });
    return at != fields.end() && at->number == number ? &at->value : nullptr;
}

} // namespace outfall::sync
