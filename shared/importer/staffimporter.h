#pragma once

#include "domain/uuidv7.h"
#include "importer/importreport.h"
#include "importer/importrun.h"

#include <QHash>

namespace outfall::store {
class Database;
}

namespace outfall::importer {

// Imports staff (CSV `code,name,role,region[,certificate_no]`, docs/formats.md "Staff") into
// `inspector`. A code already present with other values is updated; the same code twice in one file
// is an error. All or nothing.
class StaffImporter
{
public:
    explicit StaffImporter(store::Database &db);

    ImportReport importFile(const QString &path, const ImportRun::ProgressSink &progress = {});

private:
    store::Database &m_db;
    domain::UuidV7Generator m_ids;
};

} // namespace outfall::importer
