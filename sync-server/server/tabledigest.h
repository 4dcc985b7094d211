#pragma once

#include "store/database.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>

namespace outfall::server {

// How a column's values are read and compared across engines: by the type the column has in
// PostgreSQL, which is the stricter of the two (SQLite lets any column hold any value).
enum class ColumnKind { Integer, Real, Text, Blob };

struct TableShape
{
    QString name;
    QStringList columns;
    QList<ColumnKind> kinds;

    // "a", "b", ...: the columns as a select or insert list.
    QString quotedColumns() const;
};

// What a table holds, in a form both engines give alike: its row count and a digest of its
// rows that does not depend on their order. Each row is encoded by its columns' kinds and
// hashed (BLAKE2b-256); the digest is the sum of the row hashes, as four 64-bit lanes, so that
// neither engine has to sort (PostgreSQL's collation is not SQLite's byte order) and a row
// missing, added, doubled or changed on one side changes it.
struct TableDigest
{
    QString table;
    std::int64_t rows = 0;
    QByteArray digest; // 32 bytes

    QString hex() const { return QString::fromLatin1(digest.toHex()); }
    bool operator==(const TableDigest &other) const = default;

    // On PostgreSQL the table is read pagesPerRead of its 8 kB pages at a time (its client
    // would hold a whole result in memory): 1,000 pages is 8 MB of rows.
    static TableDigest of(
        store::Database &db, const TableShape &table, std::int64_t pagesPerRead = 1'000);
};

} // namespace outfall::server
