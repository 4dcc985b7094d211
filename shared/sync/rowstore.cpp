#include "sync/rowstore.h"

#include "store/database.h"
#include "sync/entityschema.h"

#include <QStringList>

#include <unordered_map>

using namespace Qt::StringLiterals;

namespace outfall::sync {

namespace {

QStringList columnsOf(const EntitySchema::EntityInfo &info, const Op &op)
{
    QStringList columns;
    for (const Op::Field &field : op.fields)
        columns << info.field(field.number)->name;
    return columns;
}

FieldValue readColumn(const store::Statement &statement, int column, EntitySchema::FieldType type)
{
    using T = EntitySchema::FieldType;
    if (statement.isNull(column))
        return {};
    switch (type) {
    case T::Integer:
    case T::Instant:
        return FieldValue(statement.int64(column));
    case T::Real:
        return FieldValue(statement.real(column));
    case T::Uuid:
    case T::Text:
        return FieldValue(statement.text(column));
    case T::Blob:
        return FieldValue(statement.blob(column));
    }
    return {};
}

QString buildInsertSql(const EntitySchema::EntityInfo &info, const Op &op)
{
    const QStringList columns = columnsOf(info, op);
    return u"INSERT INTO %1 (id%2) VALUES (?%3)"_s.arg(info.table,
        columns.isEmpty() ? QString() : u", "_s + columns.join(u", "_s),
        QString(u", ?"_s).repeated(columns.size()));
}

// The INSERT for an entity and the set of fields an op carries, built once per thread:
// formatting it for every op cost more than executing it. Fields are kept in ascending
// order (Op::set), so the set alone fixes the column order; anything else is built afresh.
QString insertSql(const EntitySchema::EntityInfo &info, const Op &op)
{
    std::uint64_t key = std::uint64_t(info.entity) << 56;
    int previous = 0;
    for (const Op::Field &field : op.fields) {
        if (field.number <= previous || field.number >= 56)
            return buildInsertSql(info, op);
        previous = field.number;
        key |= std::uint64_t(1) << field.number;
    }
    thread_local std::unordered_map<std::uint64_t, QString> cache;
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.emplace(key, buildInsertSql(info, op)).first;
    return it->second;
}

} // namespace

void RowStore::bind(store::Statement &statement, int index, const FieldValue &value)
{
    switch (value.type()) {
    case FieldValue::Type::Null:
        statement.bind(index, nullptr);
        return;
    case FieldValue::Type::Integer:
        statement.bind(index, value.integer());
        return;
    case FieldValue::Type::Real:
        statement.bind(index, value.real());
        return;
    case FieldValue::Type::Text:
        statement.bind(index, value.text());
        return;
    case FieldValue::Type::Blob:
        statement.bind(index, value.blob());
        return;
    }
}

void RowStore::insert(const Op &op)
{
    auto statement = m_db.cached(insertSql(EntitySchema::info(op.entity), op));
    statement.bind(1, op.rowId.toText());
    int index = 2;
    for (const Op::Field &field : op.fields)
        bind(statement, index++, field.value);
    statement.exec();
}

bool RowStore::update(const Op &op)
{
    if (op.fields.empty())
        return exists(op.entity, op.rowId.toText());
    const auto &info = EntitySchema::info(op.entity);
    auto statement = m_db.cached(u"UPDATE %1 SET %2 = ? WHERE id = ?"_s.arg(
        info.table, columnsOf(info, op).join(u" = ?, "_s)));
    int index = 1;
    for (const Op::Field &field : op.fields)
        bind(statement, index++, field.value);
    statement.bind(index, op.rowId.toText());
    return statement.exec() == 1;
}

void RowStore::upsert(const Op &op)
{
    const auto &info = EntitySchema::info(op.entity);
    const QStringList columns = columnsOf(info, op);
    QStringList assignments;
    for (const QString &column : columns)
        assignments << column + u" = excluded."_s + column;
    auto statement =
        m_db.cached(u"INSERT INTO %1 (id, %2) VALUES (?%3) ON CONFLICT (id) DO "
                    u"UPDATE SET %4"_s.arg(info.table, columns.join(u", "_s),
                        QString(u", ?"_s).repeated(columns.size()), assignments.join(u", "_s)));
    statement.bind(1, op.rowId.toText());
    int index = 2;
    for (const Op::Field &field : op.fields)
        bind(statement, index++, field.value);
    statement.exec();
}

bool RowStore::exists(Entity entity, const QString &rowId)
{
    auto statement =
        m_db.cached(u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(EntitySchema::info(entity).table));
    statement.bind(1, rowId);
    return statement.step();
}

std::optional<Op> RowStore::read(Entity entity, const QString &rowId)
{
    const auto &info = EntitySchema::info(entity);
    QStringList columns;
    for (const auto &field : info.fields)
        columns << field.name;
    auto statement =
        m_db.cached(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(columns.join(u", "_s), info.table));
    statement.bind(1, rowId);
    if (!statement.step())
        return std::nullopt;
    const auto id = Uuid::fromText(rowId);
    if (!id)
        return std::nullopt; // not a synced row: every synced id is a canonical UUID
    Op op;
    op.entity = entity;
    op.rowId = *id;
    op.kind = Op::Kind::Insert;
    for (std::size_t i = 0; i < info.fields.size(); ++i) {
        op.fields.push_back(
            {static_cast<std::uint8_t>(i + 1), readColumn(statement, int(i), info.fields[i].type)});
    }
    return op;
}

FieldValue RowStore::value(Entity entity, const QString &rowId, std::uint8_t field)
{
    const auto &info = EntitySchema::info(entity);
    const auto *schema = info.field(field);
    auto statement = m_db.cached(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(schema->name, info.table));
    statement.bind(1, rowId);
    return statement.step() ? readColumn(statement, 0, schema->type) : FieldValue();
}

bool RowStore::remove(Entity entity, const QString &rowId)
{
    auto statement =
        m_db.cached(u"DELETE FROM %1 WHERE id = ?"_s.arg(EntitySchema::info(entity).table));
    statement.bind(1, rowId);
    return statement.exec() == 1;
}

} // namespace outfall::sync
