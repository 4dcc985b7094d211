#pragma once

#include "importer/importreport.h"
#include "importer/importrun.h"

namespace outfall::store {
class Database;
}

namespace outfall::importer {

// Imports a permits file (JSON Lines, docs/formats.md "Permits"). Reads one line at a time,
// so memory stays flat however long the file is; all or nothing.
class PermitImporter
{
public:
    explicit PermitImporter(store::Database &db);

    ImportReport importFile(const QString &path, const ImportRun::ProgressSink &progress = {});

private:
    store::Database &m_db;
};

} // namespace outfall::importer
