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

    // A treatment facility the document declares (docs/formats.md, "Applications").
    struct Facility
    {
        QString code; // T001
        QString name;
        QString treats; // what it treats, as declared
        QString outletCode; // the declared outlet it discharges through; "" when not said
        bool expectedRunning = true; // `expected_state`: running (default) or standby
    };

    // "issued" or "application" (no issue date yet: issuedOn is invalid).
    QString status = QStringLiteral("issued");
    QDate appliedOn; // the day the application was filed; required for an application
    std::optional<double> capacityValue; // production_capacity.value, > 0
    QString capacityUnit; // production_capacity.unit, as written (t/a, MW, m3/d...)
    QList<Facility> facilities;

    bool isApplication() const { return status == u"application"; }

    // The document as compact JSON with sorted keys, so that whitespace and key order do not
    // make two equal documents differ; and its SHA-256 in hex.
    QByteArray canonicalJson;
    QString contentHash;
};

} // namespace outfall::importer
