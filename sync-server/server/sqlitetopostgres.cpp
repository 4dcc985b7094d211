#include "server/sqlitetopostgres.h"

#include "server/blobbytes.h"
#include "store/sqliteerror.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <memory>
#include <sqlite3.h>
#include <stdexcept>
#include <variant>
#include <vector>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

// Statements of a batch insert carry at most this many rows, and fewer for wide tables:
// PostgreSQL takes at most 65,535 parameters a statement.
constexpr int kRowsPerInsert = 500;
constexpr int kParametersPerInsert = 30'000;

ColumnKind kindOfPostgresType(const QString &table, const QString &column, const QString &type)
{
    if (type == u"bigint" || type == u"integer" || type == u"smallint" || type == u"boolean")
        return ColumnKind::Integer;
    if (type == u"double precision" || type == u"real")
        return ColumnKind::Real;
    if (type == u"text" || type == u"character varying")
        return ColumnKind::Text;
    if (type == u"bytea")
        return ColumnKind::Blob;
    throw std::runtime_error(
        u"%1.%2 has the PostgreSQL type %3, which migrate does not carry"_s.arg(table, column, type)
            .toStdString());
}

QString nameOfKind(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Integer:
        return u"an integer"_s;
    case ColumnKind::Real:
        return u"a number"_s;
    case ColumnKind::Text:
        return u"text"_s;
    case ColumnKind::Blob:
        return u"bytes"_s;
    }
    return {};
}

QString nameOfSqliteType(int type)
{
    switch (type) {
    case SQLITE_INTEGER:
        return u"an integer"_s;
    case SQLITE_FLOAT:
        return u"a real number"_s;
    case SQLITE_TEXT:
        return u"text"_s;
    case SQLITE_BLOB:
        return u"bytes"_s;
    default:
        return u"NULL"_s;
    }
}

// A raw SQLite statement: the copy needs each value's storage class, which store::Statement
// does not show (it reads any value as what the caller asks).
class SqliteScan
{
public:
    SqliteScan(sqlite3 *db, const QString &sql)
    {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK)
            throw store::SqliteError(
                sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)), sql);
        m_stmt.reset(stmt);
        m_db = db;
        m_sql = sql;
    }
    bool step()
    {
        const int rc = sqlite3_step(m_stmt.get());
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            throw store::SqliteError(rc, QString::fromUtf8(sqlite3_errmsg(m_db)), m_sql);
        return false;
    }
    sqlite3_stmt *get() const { return m_stmt.get(); }

private:
    struct Finalize
    {
        void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
    };
    std::unique_ptr<sqlite3_stmt, Finalize> m_stmt;
    sqlite3 *m_db = nullptr;
    QString m_sql;
};

using Value = std::variant<std::nullptr_t, std::int64_t, double, QString, QByteArray>;

QString insertStatement(const TableShape &table, int rows)
{
    const QString one = u'(' + QStringList(table.columns.size(), u"?"_s).join(u", "_s) + u')';
    return u"INSERT INTO \"%1\" (%2) VALUES %3"_s.arg(
        table.name, table.quotedColumns(), QStringList(rows, one).join(u", "_s));
}

} // namespace

SqliteToPostgres::SqliteToPostgres(store::Database &sqlite, store::Database &postgres)
    : m_sqlite(sqlite)
    , m_postgres(postgres)
{
    if (!m_sqlite.handle() || !m_postgres.engine())
        throw std::logic_error("SqliteToPostgres: from a SQLite store to another engine's");
}

QList<TableShape> SqliteToPostgres::shapes()
{
    // PostgreSQL's side: every column's type, by table.
    QHash<QString, QList<std::pair<QString, QString>>> postgresColumns;
    auto columns = m_postgres.prepare(
        u"SELECT table_name, column_name, data_type FROM information_schema.columns"
        u" WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"_s);
    while (columns.step())
        postgresColumns[columns.text(0)].append({columns.text(1), columns.text(2)});

    // SQLite's side: its tables (not its own sqlite_ ones) and what each refers to.
    QStringList names;
    auto tables = m_sqlite.prepare(u"SELECT name FROM sqlite_master WHERE type = 'table'"
                                   u" AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"_s);
    while (tables.step())
        names << tables.text(0);
    QHash<QString, QSet<QString>> parents;
    QHash<QString, TableShape> shapeOf;
    for (const QString &name : names) {
        const auto target = postgresColumns.constFind(name);
        if (target == postgresColumns.cend())
            throw std::runtime_error(
                u"the SQLite store has a table %1 that the PostgreSQL store has not; is the "
                u"PostgreSQL store of another version?"_s.arg(name)
                    .toStdString());
        TableShape shape {name, {}, {}};
        QStringList sqliteColumns;
        auto info = m_sqlite.prepare(u"SELECT name FROM pragma_table_info(?)"_s);
        info.bind(1, name);
        while (info.step())
            sqliteColumns << info.text(0);
        for (const auto &[column, type] : *target) {
            if (!sqliteColumns.contains(column))
                throw std::runtime_error(
                    u"%1.%2 is in the PostgreSQL store and not in the SQLite one"_s
                        .arg(name, column)
                        .toStdString());
            shape.columns << column;
            shape.kinds << kindOfPostgresType(name, column, type);
        }
        for (const QString &column : sqliteColumns) {
            if (!shape.columns.contains(column))
                throw std::runtime_error(
                    u"%1.%2 is in the SQLite store and not in the PostgreSQL one"_s
                        .arg(name, column)
                        .toStdString());
        }
        auto references = m_sqlite.prepare(u"SELECT \"table\" FROM pragma_foreign_key_list(?)"_s);
        references.bind(1, name);
        while (references.step()) {
            if (references.text(0) != name) // a table referring to itself orders nothing
                parents[name].insert(references.text(0));
        }
        shapeOf.insert(name, shape);
    }

    // Parents before children (the foreign keys are checked as rows arrive), else by name.
    QList<TableShape> ordered;
    QSet<QString> placed;
    while (ordered.size() < names.size()) {
        bool progressed = false;
        for (const QString &name : names) {
            if (placed.contains(name))
                continue;
            const QSet<QString> &needs = parents.value(name);
            if (!std::all_of(needs.cbegin(), needs.cend(),
                    [&](const QString &p) { return placed.contains(p); }))
                continue;
            ordered << shapeOf.value(name);
            placed.insert(name);
            progressed = true;
        }
        if (!progressed)
            throw std::runtime_error("the SQLite store's foreign keys form a cycle; migrate "
                                     "cannot order its tables");
    }
    return ordered;
}

void SqliteToPostgres::copyTable(const TableShape &table, const Progress &progress)
{
    const int columnCount = int(table.columns.size());
    const int rowsPerInsert =
        std::max(1, std::min(kRowsPerInsert, kParametersPerInsert / columnCount));
    auto fullInsert = m_postgres.prepare(insertStatement(table, rowsPerInsert));
    std::vector<Value> batch;
    batch.reserve(std::size_t(rowsPerInsert * columnCount));
    std::int64_t copied = 0;

    auto flush = [&] {
        const int rows = int(batch.size()) / columnCount;
        if (rows == 0)
            return;
        store::Statement partInsert;
        store::Statement &insert = rows == rowsPerInsert
            ? fullInsert
            : (partInsert = m_postgres.prepare(insertStatement(table, rows)));
        for (std::size_t i = 0; i < batch.size(); ++i) {
            const int index = int(i) + 1;
            std::visit(
                [&](const auto &value) {
                    using T = std::decay_t<decltype(value)>;
                    if constexpr (std::is_same_v<T, std::nullptr_t>)
                        insert.bind(index, nullptr);
                    else
                        insert.bind(index, value);
                },
                batch[i]);
        }
        insert.exec();
        copied += rows;
        batch.clear();
    };

    // The rowid only names a row in a message; a table without one is named by its position.
    bool hasRowid = true;
    {
        auto withoutRowid = m_sqlite.prepare(u"SELECT wr FROM pragma_table_list(?)"_s);
        withoutRowid.bind(1, table.name);
        hasRowid = !(withoutRowid.step() && withoutRowid.int64(0) != 0);
    }
    SqliteScan rows(m_sqlite.handle(),
        u"SELECT %1%2 FROM \"%3\""_s.arg(
            hasRowid ? u"rowid, "_s : QString(), table.quotedColumns(), table.name));
    const int first = hasRowid ? 1 : 0;
    std::int64_t total = 0;
    if (progress) {
        auto count = m_sqlite.prepare(u"SELECT count(*) FROM \"%1\""_s.arg(table.name));
        total = count.step() ? count.int64(0) : 0;
    }
    std::int64_t position = 0;
    while (rows.step()) {
        ++position;
        for (int c = 0; c < columnCount; ++c) {
            sqlite3_stmt *s = rows.get();
            const int at = first + c;
            const int type = sqlite3_column_type(s, at);
            const ColumnKind kind = table.kinds[c];
            const bool fits = type == SQLITE_NULL
                || (kind == ColumnKind::Integer && type == SQLITE_INTEGER)
                || (kind == ColumnKind::Real && (type == SQLITE_INTEGER || type == SQLITE_FLOAT))
                || (kind == ColumnKind::Text && type != SQLITE_BLOB)
                || (kind == ColumnKind::Blob && type == SQLITE_BLOB);
            if (!fits) {
                const QString row = hasRowid ? u"rowid %1"_s.arg(sqlite3_column_int64(s, 0))
                                             : u"row %1"_s.arg(position);
                throw std::runtime_error(
                    u"table %1, %2, column %3 holds %4 where PostgreSQL's column takes %5;"
                    u" nothing was copied"_s
                        .arg(table.name, row, table.columns[c], nameOfSqliteType(type),
                            nameOfKind(kind))
                        .toStdString());
            }
            if (type == SQLITE_NULL) {
                batch.emplace_back(nullptr);
                continue;
            }
            switch (kind) {
            case ColumnKind::Integer:
                batch.emplace_back(std::int64_t(sqlite3_column_int64(s, at)));
                break;
            case ColumnKind::Real:
                batch.emplace_back(sqlite3_column_double(s, at));
                break;
            case ColumnKind::Text: {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, at));
                QString value = QString::fromUtf8(text, sqlite3_column_bytes(s, at));
                if (value.isNull())
                    value = u""_s; // empty text, which a null QString would bind as NULL
                batch.emplace_back(std::move(value));
                break;
            }
            case ColumnKind::Blob: {
                const auto *bytes = static_cast<const char *>(sqlite3_column_blob(s, at));
                QByteArray value(bytes, sqlite3_column_bytes(s, at));
                if (value.isNull())
                    value = QByteArray("", 0); // empty bytes, not NULL
                batch.emplace_back(std::move(value));
                break;
            }
            }
        }
        if (int(batch.size()) == rowsPerInsert * columnCount) {
            flush();
            if (progress && copied % kProgressRows < rowsPerInsert)
                progress(table.name, copied, total, false);
        }
    }
    flush();
    if (progress)
        progress(table.name, copied, total, true);
}

void SqliteToPostgres::restartIdentities()
{
    // The copied rows keep their numbers; the next row a front-end inserts must get a new one.
    QList<std::pair<QString, QString>> identities;
    auto columns =
        m_postgres.prepare(u"SELECT table_name, column_name FROM information_schema.columns"
                           u" WHERE table_schema = current_schema() AND is_identity = 'YES'"_s);
    while (columns.step())
        identities.append({columns.text(0), columns.text(1)});
    for (const auto &[table, column] : identities) {
        m_postgres
            .prepare(
                u"SELECT setval(pg_get_serial_sequence(?1, ?2),"
                u" (SELECT coalesce(max(\"%2\"), 0) + 1 FROM \"%1\"), false)"_s.arg(table, column))
            .bind(1, table)
            .bind(2, column)
            .step();
    }
}

SqliteToPostgres::Result SqliteToPostgres::run(const Progress &progress)
{
    const int from = m_sqlite.userVersion();
    const int to = m_postgres.userVersion();
    if (from != to)
        throw std::runtime_error(u"the SQLite store is at schema version %1 and the PostgreSQL"
                                 u" store at %2"_s.arg(from)
                                     .arg(to)
                                     .toStdString());
    // One read transaction on SQLite: the copy and its check see the same state.
    m_sqlite.exec(u"BEGIN"_s);
    struct EndRead
    {
        store::Database &db;
        ~EndRead()
        {
            try {
                db.exec(u"ROLLBACK"_s);
            } catch (...) {
                // Nothing was written; closing the connection ends the read all the same.
            }
        }
    } endRead {m_sqlite};

    const QList<TableShape> tables = shapes();
    try {
        store::Transaction copy(m_postgres);
        // Off first for every table: what a migration put in (a counter's first row) goes,
        // children before parents, and nothing the copy inserts fires a trigger.
        for (const TableShape &table : tables)
            m_postgres.exec(u"ALTER TABLE \"%1\" DISABLE TRIGGER USER"_s.arg(table.name));
        for (auto table = tables.crbegin(); table != tables.crend(); ++table)
            m_postgres.exec(u"DELETE FROM \"%1\""_s.arg(table->name));
        for (const TableShape &table : tables)
            copyTable(table, progress);
        for (const TableShape &table : tables)
            m_postgres.exec(u"ALTER TABLE \"%1\" ENABLE TRIGGER USER"_s.arg(table.name));
        restartIdentities();
        copy.commit();
    } catch (const std::exception &e) {
        // The copy was one transaction and rolled back; the schema made before it stays. Only
        // here: once the copy committed, a failure of the check does not leave it empty.
        throw std::runtime_error(std::string(e.what()) + "\n" + m_postgres.path().toStdString()
            + " now holds an empty store (the schema, no rows): drop the database and create it"
              " again before you retry");
    }

    Result result;
    for (const TableShape &table : tables) {
        result.sqlite << TableDigest::of(m_sqlite, table);
        result.postgres << TableDigest::of(m_postgres, table);
    }
    result.differences = differences(result.sqlite, result.postgres);
    return result;
}

QStringList SqliteToPostgres::differences(const QList<TableDigest> &a, const QList<TableDigest> &b)
{
    QStringList lines;
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        if (i >= a.size() || i >= b.size()) {
            lines << u"%1: on one side only"_s.arg(i < a.size() ? a[i].table : b[i].table);
        } else if (a[i].rows != b[i].rows) {
            lines << u"%1: %2 rows on SQLite, %3 on PostgreSQL"_s.arg(a[i].table)
                         .arg(a[i].rows)
                         .arg(b[i].rows);
        } else if (a[i].digest != b[i].digest) {
            lines << u"%1: %2 rows on both, but their digests differ (%3 on SQLite, %4 on"
                     u" PostgreSQL)"_s.arg(a[i].table)
                         .arg(a[i].rows)
                         .arg(a[i].hex().left(16), b[i].hex().left(16));
        }
    }
    return lines;
}

std::int64_t SqliteToPostgres::copyBlobs(store::Database &sqlite, BlobBytes &from, BlobBytes &to)
{
    constexpr std::int64_t kChunk = 1 << 20;
    std::int64_t copied = 0;
    auto blobs = sqlite.prepare(u"SELECT sha256, byte_size FROM blob ORDER BY sha256"_s);
    while (blobs.step()) {
        const QString sha256 = blobs.text(0);
        const std::int64_t size = blobs.int64(1);
        if (to.size(sha256) == size)
            continue;
        if (from.size(sha256) != size)
            throw std::runtime_error(
                u"photo %1 (%2 bytes) is in the store's blob table but %3 does not hold it whole;"
                u" the rows are copied, the photos from it on are not"_s.arg(sha256)
                    .arg(size)
                    .arg(from.describe())
                    .toStdString());
        std::int64_t held = to.held(sha256, size);
        while (held < size) {
            const QByteArray bytes = from.read(sha256, held, std::min(kChunk, size - held));
            if (bytes.isEmpty())
                throw std::runtime_error(
                    u"photo %1 ends at %2 bytes in %3, short of %4"_s.arg(sha256)
                        .arg(held)
                        .arg(from.describe())
                        .arg(size)
                        .toStdString());
            held = to.append(sha256, size, held, bytes);
        }
        if (to.hashOfUpload(sha256) != sha256) {
            to.discardUpload(sha256);
            throw std::runtime_error(u"photo %1's bytes in %2 do not hash to its name; not copied"_s
                                         .arg(sha256, from.describe())
                                         .toStdString());
        }
        to.publish(sha256);
        ++copied;
    }
    return copied;
}

} // namespace outfall::server
