#include "core/namedfields.h"

#include <stdexcept>

namespace outfall::mobile {

std::vector<sync::Op::Field> namedFields(
    sync::Entity entity, std::initializer_list<std::pair<QStringView, sync::FieldValue>> values)
{
    const auto &info = sync::EntitySchema::info(entity);
    std::vector<sync::Op::Field> fields;
    fields.reserve(values.size());
    for (const auto &[name, value] : values) {
        if (value.isNull())
            continue;
        const std::uint8_t number = info.fieldNumber(name);
        if (number == 0)
            throw std::logic_error(
                info.table.toStdString() + " has no column " + name.toString().toStdString());
        fields.push_back({number, value});
    }
    return fields;
}

} // namespace outfall::mobile
