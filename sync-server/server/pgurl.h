#pragma once

#include <QString>

namespace outfall::server {

// A PostgreSQL URL or connection string as messages show it: the password replaced by ***
// (postgresql://user:***@host/db, password=***).
QString redactedPgUrl(const QString &url);

} // namespace outfall::server
