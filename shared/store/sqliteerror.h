#pragma once

#include <QString>

#include <stdexcept>

namespace outfall::store {

// Thrown by the SQLite wrapper. Carries SQLite's extended result code and the
// statement text so that a failure names what was being done.
class SqliteError : public std::runtime_error
{
public:
    SqliteError(int code, const QString &message, const QString &sql = {});

    int code() const noexcept { return m_code; }
    // Another connection held the lock past the busy timeout (SQLITE_BUSY, any extended code).
    bool busy() const noexcept;
    QString message() const { return m_message; }
    QString sql() const { return m_sql; }

private:
    int m_code;
    QString m_message;
    QString m_sql;
};

} // namespace outfall::store
