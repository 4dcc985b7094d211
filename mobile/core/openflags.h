#pragma once

#include "core/flagcomputation.h"
#include "store/flagrecords.h"

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

// The flags the server sent for the permits on this device (flags arrive with sync): open
// ones first, each state most severe first, then newest.
class OpenFlags
{
public:
    explicit OpenFlags(store::Database &db);
    QList<OpenFlag> list(int limit = 500) const;

    // A flag the device's rules raised and the server has no row for (mobile::DeviceFlags),
    // as a row of the list: provisional, open, with the names of its permit and outlet.
    OpenFlag provisionalRow(const store::FlagRecord &flag) const;

private:
    store::Database &m_db;
};

} // namespace outfall::mobile
