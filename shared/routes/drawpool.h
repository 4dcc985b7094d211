#pragma once

#include <QList>
#include <QString>

#include <cstdint>

namespace outfall::routes {

// One enterprise a draw could pick, with the risk figures its weight came from.
struct PoolEnterprise
{
    QString id;
    std::int64_t weight = 1000; // milli-units, ≥ 1 (riskWeight(); 1000 each when uniform)
    int openFlags = 0;
    int pastViolations = 0;
    int daysSinceInspection = -1; // -1: never inspected
};

struct PoolInspector
{
    QString id;
    QString code;
};

// A recorded conflict of interest: the inspector may not inspect the enterprise.
struct PoolConflict
{
    QString inspectorId;
    QString enterpriseId;
};

// The candidates as they were when the draw was made, each list sorted by id, so a replay
// needs nothing from the store as it is later.
struct DrawPool
{
    QList<PoolEnterprise> enterprises;
    QList<PoolInspector> inspectors;
    QList<PoolConflict> conflicts; // only those between candidates
};

} // namespace outfall::routes
