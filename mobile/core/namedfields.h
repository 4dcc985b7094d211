#pragma once

#include "sync/entityschema.h"
#include "sync/op.h"

#include <QStringView>

#include <initializer_list>
#include <utility>
#include <vector>

namespace outfall::mobile {

// Op fields by column name, so that write code reads like the schema and a misspelt
// column fails at once (std::logic_error) instead of writing the wrong field number.
// Null values are left out: an insert leaves such a column NULL, and the op stays smaller.
std::vector<sync::Op::Field> namedFields(
    sync::Entity entity, std::initializer_list<std::pair<QStringView, sync::FieldValue>> values);

} // namespace outfall::mobile
