#pragma once

#include "domain/uuidv7.h"
#include "importer/importreport.h"
#include "importer/importrun.h"
#include "importer/keyset.h"

#include <QHash>

#include <functional>

namespace outfall::store {
class Database;
}

namespace outfall::importer {

struct EchoDmrRow;

// Imports an ECHO file (`outfall-server import --data DIR echo FILE`; docs/echo.md): the
// effluent-chart download or rows of the bulk DMR file, into npdes_permit and
// npdes_dmr_value. All or nothing: one wrong row and nothing is stored.
//
// A DMR value is keyed by ECHO's DMR_VALUE_ID, so overlapping files store it once and a
// re-import changes nothing:
//  - the same value again (in this file or an earlier import) with the same fields is
//    unchanged; its ECHO violation codes are the union of those seen (ECHO writes one row a
//    violation: the same value appears once with E90 and once with D90);
//  - a revised DMR (ECHO keeps the id) replaces the stored one when it was received later,
//    and is ignored when it was received earlier;
//  - within one file, the same id with other fields is an error.
class EchoImporter
{
public:
    explicit EchoImporter(store::Database &db);

    ImportReport importFile(const QString &path, const ImportRun::ProgressSink &progress = {});

private:
    QString permitId(const QString &npdesId, ImportReport &report);
    void store(const EchoDmrRow &row, qint64 line, ImportReport &report,
        const std::function<void(const QString &, const QString &)> &issue);

    store::Database &m_db;
    domain::UuidV7Generator m_ids;
    KeySet m_seen; // DMR value ids of this file → the line they were first on
    KeySet m_seenStates; // the same with a hash of the value's fields
    QHash<QString, QString> m_permits; // npdes_id → npdes_permit.id, for this run
};

} // namespace outfall::importer
