#pragma once

#include "domain/permit.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace outfall::importer {

// One validated permit document of a permits file (docs/formats.md, "Permits"), as plain
// values ready to be written: the domain's Permit plus what idempotent re-import needs. Units are
// canonical symbols (mg/Nm3, not mg/Nm³).
struct PermitDocument : domain::Permit
{
    using Enterprise = domain::Enterprise;
    using Schedule = domain::ReportSchedule;
    using Limit = domain::EmissionLimit;
    using Monitoring = domain::MonitoringRequirement;
    using Outlet = domain::Outlet;

    // The document as compact JSON with sorted keys, so that whitespace and key order do not
    // make two equal documents differ; and its SHA-256 in hex.
    QByteArray canonicalJson;
    QString contentHash;
};

} // namespace outfall::importer
