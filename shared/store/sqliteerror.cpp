#include "store/sqliteerror.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace outfall::store {

SqliteError::SqliteError(int code, const QString &message, const QString &sql)
    : std::runtime_error((sql.isEmpty() ? message : message + u" ["_s + sql + u']').toStdString())
    , m_code(code)
    , m_message(message)
    , m_sql(sql)
{ }

bool SqliteError::busy() const noexcept
{
    return (m_code & 0xff) == SQLITE_BUSY;
}

} // namespace outfall::store
