#include "store/statement.h"

#include "store/engine.h"
#include "store/sqliteerror.h"

#include <sqlite3.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace outfall::store {

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt, bool *cacheSlot)
    : m_db(db)
    , m_stmt(stmt)
    , m_cacheSlot(cacheSlot)
{ }

Statement::Statement(EngineStatement *statement, bool owned, bool *cacheSlot)
    : m_cacheSlot(cacheSlot)
    , m_other(statement)
    , m_ownsOther(owned)
{ }

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_cacheSlot(std::exchange(other.m_cacheSlot, nullptr))
    , m_other(std::exchange(other.m_other, nullptr))
    , m_ownsOther(std::exchange(other.m_ownsOther, false))
{ }

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_cacheSlot = std::exchange(other.m_cacheSlot, nullptr);
        m_other = std::exchange(other.m_other, nullptr);
        m_ownsOther = std::exchange(other.m_ownsOther, false);
    }
    return *this;
}

Statement::~Statement()
{
    release();
}

void Statement::release()
{
    if (m_other) {
        if (m_ownsOther) {
            delete m_other;
        } else {
            m_other->rewind();
            m_other->clearBindings();
        }
        if (m_cacheSlot)
            *m_cacheSlot = false;
        m_cacheSlot = nullptr;
        m_other = nullptr;
        return;
    }
    if (!m_stmt)
        return;
    if (m_cacheSlot) {
        // The cache keeps the compiled statement; leave it clean for the next user.
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        *m_cacheSlot = false;
        m_cacheSlot = nullptr;
    } else {
        sqlite3_finalize(m_stmt);
    }
    m_stmt = nullptr;
}

void Statement::check(int rc) const
{
    if (rc != SQLITE_OK)
        throw SqliteError(
            sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)), sql());
}

Statement &Statement::bind(int index, std::nullptr_t)
{
    if (m_other) {
        m_other->bindNull(index);
        return *this;
    }
    check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement &Statement::bind(int index, int value)
{
    if (m_other)
        return bind(index, std::int64_t(value));
    check(sqlite3_bind_int(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, std::int64_t value)
{
    if (m_other) {
        m_other->bindInt64(index, value);
        return *this;
    }
    check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_other) {
        m_other->bindReal(index, value);
        return *this;
    }
    check(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bind(index, nullptr);
    if (m_other) {
        m_other->bindText(index, value);
        return *this;
    }
    const QByteArray utf8 = value.toUtf8();
    check(sqlite3_bind_text(
        m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (value.isNull())
        return bind(index, nullptr);
    if (m_other) {
        m_other->bindBlob(index, value);
        return *this;
    }
    check(sqlite3_bind_blob(
        m_stmt, index, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT));
    return *this;
}

bool Statement::step()
{
    if (m_other)
        return m_other->step();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const SqliteError error(
        sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)), sql());
    sqlite3_reset(m_stmt);
    throw error;
}

int Statement::exec()
{
    if (m_other) {
        while (m_other->step()) { }
        const int changes = m_other->changes();
        m_other->rewind();
        return changes;
    }
    while (step()) { }
    const int changes = sqlite3_changes(m_db);
    sqlite3_reset(m_stmt);
    return changes;
}

bool Statement::isNull(int column) const
{
    if (m_other)
        return m_other->isNull(column);
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    if (m_other)
        return m_other->int64(column);
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    if (m_other)
        return m_other->real(column);
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    if (m_other) {
        if (m_other->isNull(column))
            return {};
        const QByteArrayView bytes = m_other->utf8(column);
        return QString::fromUtf8(bytes.data(), bytes.size());
    }
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::utf8(int column) const
{
    if (m_other)
        return m_other->utf8(column);
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    if (m_other)
        return m_other->blob(column);
    const void *data = sqlite3_column_blob(m_stmt, column);
    if (!data)
        return {};
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
}

std::optional<double> Statement::optionalReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

std::optional<std::int64_t> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

void Statement::reset()
{
    if (m_other) {
        m_other->rewind();
        m_other->clearBindings();
        return;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString Statement::sql() const
{
    if (m_other)
        return m_other->sql();
    return m_stmt ? QString::fromUtf8(sqlite3_sql(m_stmt)) : QString();
}

} // namespace outfall::store
