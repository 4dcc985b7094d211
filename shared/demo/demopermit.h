#pragma once

#include "domain/permit.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace outfall::demo {

// The plain data of one generated permit, in the shape of a line of permits.jsonl
// (docs/formats.md): the domain's types, plus a few "generation only" fields that steer the
// reported data and are never written to the permit (which is why DemoPermit is not a
// domain::Permit: its outlets carry their design flow and flue-gas O2).

struct DemoOutlet : domain::Outlet
{
    // Generation only.
    double designFlowM3h = 0; // dry standard m3/h (air) or m3/h (water) at full load
    double o2Pct = 0; // typical measured O2 of the flue gas, air only
};

struct DemoPermit
{
    QString number;
    int revision = 1;
    domain::Enterprise enterprise;
    QDate issuedOn;
    QDate validFrom;
    QDate validTo;
    QDate renewalAppliedOn; // invalid: none on record (renewal_applied_on left out)
    QString authority;
    QString industryCode;
    QString management; // key / simplified / registration
    QString capacity;
    QList<domain::ReportSchedule> schedule;
    QList<DemoOutlet> outlets;

    // Generation only: the share of capacity the plant runs at, 0..1.
    double loadFactor = 0.7;
};

} // namespace outfall::demo
