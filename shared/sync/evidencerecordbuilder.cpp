#include "sync/evidencerecordbuilder.h"

#include "sync/entityschema.h"

using namespace Qt::StringLiterals;
using outfall::evidence::CanonicalRecord;

namespace outfall::sync {

namespace {

const FieldValue *named(const Op &op, QStringView name)
{
    const std::uint8_t number = EntitySchema::info(op.entity).fieldNumber(name);
    return number == 0 ? nullptr : op.value(number);
}

QString textNamed(const Op &op, QStringView name)
{
    const FieldValue *value = named(op, name);
    return value && value->type() == FieldValue::Type::Text ? value->text() : QString();
}

} // namespace

std::optional<CanonicalRecord::Kind> EvidenceRecordBuilder::kindOf(const Op &op)
{
    if (op.entity == Entity::EvidenceRecord)
        return std::nullopt; // the record itself
    const auto &info = EntitySchema::info(op.entity);
    if (info.owner != EntitySchema::Owner::Device)
        return std::nullopt;
    if (op.entity == Entity::Inspection)
        return op.kind == Op::Kind::Update && textNamed(op, u"status") == u"submitted"
            ? std::optional(CanonicalRecord::Kind::Submission)
            : std::nullopt;
    if (!info.insertOnly || op.kind != Op::Kind::Insert)
        return std::nullopt;
    return textNamed(op, u"supersedes_id").isEmpty() ? CanonicalRecord::Kind::Capture
                                                     : CanonicalRecord::Kind::Correction;
}

QString EvidenceRecordBuilder::inspectionOf(const Op &op)
{
    return op.entity == Entity::Inspection ? op.rowId.toText() : textNamed(op, u"inspection_id");
}

CanonicalRecord EvidenceRecordBuilder::build(const Op &op, CanonicalRecord::Kind kind)
{
    CanonicalRecord record;
    record.kind = kind;
    record.entity = static_cast<std::uint8_t>(op.entity);
    record.rowId = op.rowId.toByteArray();
    record.signedAtMs = op.hlc.ms();
    record.supersedesId = QByteArray(16, '\0');
    if (kind == CanonicalRecord::Kind::Correction) {
        if (const auto superseded = Uuid::fromText(textNamed(op, u"supersedes_id")))
            record.supersedesId = superseded->toByteArray();
    }
    using Type = CanonicalRecord::Value::Type;
    for (const Op::Field &field : op.fields) {
        CanonicalRecord::Value value;
        value.number = field.number;
        switch (field.value.type()) {
        case FieldValue::Type::Null:
            value.type = Type::Null;
            break;
        case FieldValue::Type::Integer:
            value.type = Type::Integer;
            value.integer = field.value.integer();
            break;
        case FieldValue::Type::Real:
            value.type = Type::Real;
            value.real = field.value.real();
            break;
        case FieldValue::Type::Text:
            value.type = Type::Text;
            value.bytes = field.value.text().toUtf8();
            break;
        case FieldValue::Type::Blob:
            value.type = Type::Blob;
            value.bytes = field.value.blob();
            break;
        }
        record.values.push_back(std::move(value));
    }
    return record;
}

} // namespace outfall::sync
