#pragma once

#include "rules/flag.h"
#include "rules/permitsnapshot.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace outfall::store {
class Database;
}

namespace outfall::mobile {

// This visit's discrepancies, before signing (issue 11: "Before signing, the inspection page
// lists the discrepancies found on this visit"): the rules that run on the device
// (rules::evaluatePermit, Where::Device) over a snapshot of what the device holds of the
// inspected permit, kept to the flags that rest on this inspection's own records. They are
// provisional: the server's verdict comes with the next sync.
class VisitFindings
{
public:
    // Reads one permit's snapshot from the device store; by default store::PermitSnapshotLoader,
    // the loader the server evaluates with (tests pass their own).
    using SnapshotSource = std::function<std::optional<rules::PermitSnapshot>(
        store::Database &, const QString &permitId, QDate asOf)>;

    explicit VisitFindings(store::Database &db, SnapshotSource source = {});

    // The provisional flags of the inspection's visit, evaluated as of asOf (CST).
    QList<rules::Flag> of(const QString &inspectionId, const QDate &asOf) const;

    // Every flag the device's rules raise over the permit as the tablet holds it (the Flags
    // page's provisional ones).
    QList<rules::Flag> ofPermit(const QString &permitId, const QDate &asOf) const;

    // The flags that name the inspection or one of its records (recordIds: the ids of its
    // answers, measurements, fixes, observed outlets and photos) among their evidence.
    static QList<rules::Flag> ofVisit(const QList<rules::Flag> &flags, const QString &inspectionId,
        const QSet<QString> &recordIds);

private:
    QSet<QString> recordIds(const QString &inspectionId) const;

    store::Database &m_db;
    SnapshotSource m_source;
};

} // namespace outfall::mobile
