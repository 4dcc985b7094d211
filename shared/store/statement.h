#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace outfall::store {

class EngineStatement;

// A prepared statement. Move-only; owned either by the caller or by the
// Database's statement cache (then reset, not finalised, on destruction).
//
// Binding is by 1-based index; bind() returns *this so that calls chain:
//   db.prepare(u"INSERT INTO t(a, b) VALUES (?, ?)").bind(1, a).bind(2, b).exec();
class Statement
{
public:
    Statement() = default;
    // cacheSlot: for a statement lent from the Database's cache, the flag that
    // marks it lent; cleared when this Statement lets go of it.
    Statement(sqlite3 *db, sqlite3_stmt *stmt, bool *cacheSlot = nullptr);
    // A statement of another engine (store/engine.h): owned unless lent from a cache.
    Statement(EngineStatement *statement, bool owned, bool *cacheSlot = nullptr);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, std::nullptr_t);
    Statement &bind(int index, int value);
    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, double value);
    Statement &bind(int index, bool value) { return bind(index, value ? 1 : 0); }
    Statement &bind(int index, const QString &value); // null QString binds NULL
    Statement &bind(int index, const QByteArray &value); // as BLOB; null binds NULL
    Statement &bind(int index, const char *) = delete; // say QString or QByteArray
    template<typename T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }

    // Steps once. Returns true while a row is available.
    bool step();
    // Steps to completion (for statements without result rows). Returns changes().
    int exec();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    // The column's UTF-8 bytes without a copy, valid until the next step or reset: for
    // readers that compare before they decode (store/textinterner.h).
    QByteArrayView utf8(int column) const;
    QByteArray blob(int column) const;
    std::optional<double> optionalReal(int column) const;
    std::optional<std::int64_t> optionalInt64(int column) const;

    void reset();
    QString sql() const;

private:
    void check(int rc) const;
    void release();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool *m_cacheSlot = nullptr;
    // Another engine's statement; when set, every call goes there and m_stmt is null. A
    // pointer test per call keeps SQLite's path as it was.
    EngineStatement *m_other = nullptr;
    bool m_ownsOther = false;
};

} // namespace outfall::store
