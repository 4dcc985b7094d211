#pragma once

#include "domain/uuidv7.h"
#include "importer/permitdocument.h"

namespace outfall::store {
class Database;
}

namespace outfall::importer {

class ImportReport;

// Writes a document's treatment facilities (docs/formats.md, "Applications"): a facility keeps
// its id by code across revisions (pre-issuance checks name it), one no longer declared is
// deleted. Runs inside the caller's transaction.
class FacilityWriter
{
public:
    FacilityWriter(store::Database &db, ImportReport &report);

    void write(const PermitDocument &doc, const QString &permitId);

private:
    store::Database &m_db;
    ImportReport &m_report;
    domain::UuidV7Generator m_ids;
};

} // namespace outfall::importer
