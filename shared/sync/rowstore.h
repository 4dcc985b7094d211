#pragma once

#include "sync/op.h"

#include <QString>

#include <optional>

namespace outfall::store {
class Database;
class Statement;
} // namespace outfall::store

namespace outfall::sync {

// Moves ops in and out of the entity tables by the entity schema: the same SQL on the
// device and the server, so both stores read an op back exactly as it was written.
class RowStore
{
public:
    explicit RowStore(store::Database &db)
        : m_db(db)
    { }

    // Inserts the row with the op's fields. Throws SqliteError on a constraint.
    void insert(const Op &op);
    // Sets the op's fields on an existing row; false when there is no such row.
    bool update(const Op &op);
    // Insert, or overwrite the fields the op carries (reference data from the server).
    void upsert(const Op &op);
    bool exists(Entity entity, const QString &rowId);
    // The whole row as an insert op (fields only; ids, clock and author left to the caller).
    std::optional<Op> read(Entity entity, const QString &rowId);
    // The value one field holds now (Null when the row is missing).
    FieldValue value(Entity entity, const QString &rowId, std::uint8_t field);
    bool remove(Entity entity, const QString &rowId);

    static void bind(store::Statement &statement, int index, const FieldValue &value);

private:
    store::Database &m_db;
};

} // namespace outfall::sync
