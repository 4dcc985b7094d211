#pragma once

#include "demo/demopermit.h"
#include "demo/reportplan.h"
#include "demo/reportrow.h"

#include <QByteArray>
#include <QDate>

namespace outfall::demo {

class DemoRandom;

// What a series writer needs to write one outlet's rows for one pollutant.
struct SeriesContext
{
    const DemoPermit &permit;
    const DemoOutlet &outlet;
    const domain::EmissionLimit &limit;
    ReportPlan &plan;
    DemoRandom &rng;
    QDate first; // first day of the reported months
    QDate last; // last day of the reported months
    QByteArray &out;
    qint64 rows = 0;

    bool shutDown(QDate day) const { return plan.shutdownFrom && day >= *plan.shutdownFrom; }
    bool planned(const QString &outletCode, const QString &pollutant) const
    {
        return outletCode == outlet.code && pollutant == limit.pollutant;
    }
    // record, permit, outlet, pollutant and unit filled in.
    ReportRow row(const char *record) const
    {
        ReportRow r;
        r.record = record;
        r.permit = permit.number.toUtf8();
        r.outlet = outlet.code.toUtf8();
        r.pollutant = limit.pollutant.toUtf8();
        r.unit = limit.unit.toUtf8();
        return r;
    }
    void append(const ReportRow &row)
    {
        row.appendTo(out);
        ++rows;
    }
};

} // namespace outfall::demo
