#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace outfall::server {

// A store's fixed evaluation date: the file `as-of` in the data directory, one line
// YYYY-MM-DD, written by `outfall-server init --as-of`. A demo or a replay holds data that
// ends on its own "today"; evaluating it as of the real today invents discrepancies (reports
// "missing" for months the data never reached). Without the file the server evaluates as of
// today in China Standard Time; an --as-of on the command line still wins.
class StoredAsOf
{
public:
    static QString path(const QString &dataDir);
    // Nothing when the file does not exist. Throws std::runtime_error naming the file when
    // it exists but does not hold exactly one valid date.
    static std::optional<QDate> read(const QString &dataDir);
    // Throws std::runtime_error naming the file when it cannot be written.
    static void write(const QString &dataDir, QDate asOf);
};

} // namespace outfall::server
