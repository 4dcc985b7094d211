#pragma once

#include "core/flagcomputation.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace outfall::store {
class Database;
}

namespace outfall::mobile {

// One open discrepancy flag, with the message in both languages.
struct OpenFlag
{
    QString id;
    QString ruleId;
    QString severity; // violation / warning / info
    QString messageEn;
    QString messageZh;
    QString permitNumber;
    QString enterpriseName;
    QString enterpriseNameEn; // empty when the reference data has none
    QString outletCode; // empty when the flag is about the whole permit
    QString pollutant;
    QString period;
    std::int64_t raisedAt = 0;
    QString status; // the server's state: open, acknowledged, closed (resolved, dismissed…)
    FlagComputation computation; // inputs with units, steps, evidence links
    // Raised on this tablet by the rules that run offline and not (yet) in the server's
    // verdicts; the server's row of the same id replaces it once it arrives.
    bool provisional = false;
};

// The flags of the permits on this device (flags arrive with sync): open ones first, each
// state most severe first, then newest.
class OpenFlags
{
public:
    explicit OpenFlags(store::Database &db);
    QList<OpenFlag> list(int limit = 500) const;

    // The server's flags and, after them, the provisional ones it has no verdict on yet (ids
    // derive from rule and subject, so the same finding has the same id on both).
    static QList<OpenFlag> withProvisional(
        const QList<OpenFlag> &stored, const QList<OpenFlag> &provisional);
    // A flag the device's rules raised, as a row of the list (provisional, open).
    OpenFlag provisionalRow(const rules::Flag &flag) const;

private:
    store::Database &m_db;
};

} // namespace outfall::mobile
