#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace outfall::store {
class Database;
}

namespace outfall::server {

// Row counts of the main tables, for `outfall-server summary` and the demo.
struct StoreSummary
{
    QList<QPair<QString, qint64>> counts; // table name, rows

    static StoreSummary read(store::Database &db);
    qint64 count(const QString &table) const;
    QString toText() const;
};

} // namespace outfall::server
