#pragma once

#include "server/publish/publicdata.h"

#include <QDate>
#include <QHash>

namespace outfall::store {
class Database;
}

namespace outfall::server::publish {

// Reads the public content of every permit from a server store (schema 0001/0002/0015).
// It selects named public columns only: enterprise, permit, report schedule, outlet, limit
// and monitoring rows, and of the field records nothing but a reviewed inspection's phase,
// submission day and checklist outcome. Evidence (photos, measurements, fixes, signatures),
// flags, inspectors, devices and free-text notes are never read.
class PublicDataLoader
{
public:
    explicit PublicDataLoader(store::Database &db);

    // Permits sorted by number; inspections reviewed and submitted on or before asOf.
    QList<PublicPermit> permits(QDate asOf) const;

private:
    // Where an outlet id sits: permits[permit].outlets[outlet].
    struct OutletRef
    {
        qsizetype permit = 0;
        qsizetype outlet = 0;
    };
    using OutletIndex = QHash<QString, OutletRef>;

    OutletIndex loadOutlets(
        QList<PublicPermit> &permits, const QHash<QString, qsizetype> &byId) const;
    void loadLimits(QList<PublicPermit> &permits, const OutletIndex &outlets) const;
    void loadMonitoring(QList<PublicPermit> &permits, const OutletIndex &outlets) const;
    void loadSchedules(QList<PublicPermit> &permits, const QHash<QString, qsizetype> &byId) const;
    void loadInspections(
        QList<PublicPermit> &permits, const QHash<QString, qsizetype> &byId, QDate asOf) const;

    store::Database &m_db;
};

} // namespace outfall::server::publish
