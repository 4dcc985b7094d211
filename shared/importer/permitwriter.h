#pragma once

#include "domain/uuidv7.h"
#include "importer/facilitywriter.h"
#include "importer/keyset.h"
#include "importer/permitdocument.h"

#include <QString>

namespace outfall::store {
class Database;
}

namespace outfall::importer {

class ImportReport;

// Writes validated permit documents into the store, applying the revision rules of
// docs/formats.md: new number → insert; same revision and content → nothing; higher revision →
// replace the terms, keeping outlet ids by code and the earlier document in permit_revision;
// lower revision, or same revision with other content → an issue at $.revision. An
// application (status `application`) becomes an issued permit by a later revision with its
// number, which links to the supervisor's decision; never the other way.
// Runs inside the caller's transaction.
class PermitWriter
{
public:
    PermitWriter(store::Database &db, ImportReport &report);

    void write(const PermitDocument &doc, qint64 line);

private:
    QString writeEnterprise(const PermitDocument::Enterprise &e, qint64 line);
    void upsertPermit(
        const PermitDocument &doc, const QString &permitId, const QString &enterpriseId);
    void insertPermit(const PermitDocument &doc, const QString &enterpriseId);
    void updatePermit(
        const PermitDocument &doc, const QString &permitId, const QString &enterpriseId);
    void linkApplicationDecision(const QString &permitId);
    void insertRevision(const PermitDocument &doc, const QString &permitId);
    void insertSchedule(const PermitDocument &doc, const QString &permitId);
    void replaceTerms(const PermitDocument::Outlet &outlet, const QString &outletId);
    void insertTerms(const PermitDocument::Outlet &outlet, const QString &outletId);
    QString insertOutlet(const PermitDocument::Outlet &outlet, const QString &permitId);
    bool updateOutlet(const PermitDocument::Outlet &outlet, const QString &outletId);

    store::Database &m_db;
    ImportReport &m_report;
    domain::UuidV7Generator m_ids;
    std::int64_t m_now;
    FacilityWriter m_facilities;
    // The enterprises this run has written, by uscc, and the line that first did. Two permits
    // of one file that disagree about their enterprise are an error, not last-wins; the values
    // to compare with are the store's row, which the first line wrote. Keys, not values, so
    // that a file of any size imports in bounded memory (the set moves to disk when large).
    KeySet m_enterprisesWritten;
};

} // namespace outfall::importer
