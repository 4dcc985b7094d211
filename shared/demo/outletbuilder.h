#pragma once

#include "demo/demopermit.h"
#include "demo/limitspec.h"

#include <QList>

#include <optional>

namespace outfall::demo {

class DemoRandom;

// Places outlets around a permit's site and fills in their limits and monitoring, so the
// industry profiles read as tables.
class OutletBuilder
{
public:
    OutletBuilder(DemoPermit &permit, DemoRandom &rng);

    // An outlet tens to hundreds of metres from the site; not yet on the permit.
    DemoOutlet air(const QString &name, const QString &category, double heightM,
        double designFlowM3h, double o2Pct);
    DemoOutlet water(const QString &name, const QString &category, const QString &method,
        const QString &destination, double designFlowM3h);

    // Appends limits and monitoring requirements for each row. Main outlets with
    // automatic monitoring of a total-controlled pollutant also get an annual amount
    // sized so that honest data stays within it.
    static void addLimits(DemoOutlet &outlet, const QList<LimitSpec> &specs,
        const QString &standard, std::optional<double> referenceO2Pct = {});

    // A name as a Chinese permit writes it, with the English beside it for the English UI:
    // "1#机组锅炉烟囱（1# unit boiler stack）".
    static QString bilingual(const QString &zh, const QString &en);

    // Numbers the outlet DA/DW + next sequence and puts it on the permit.
    void add(DemoOutlet outlet);

    // The natural-gas boiler most factories in Shenzhen run for process steam.
    void addGasBoiler();

private:
    DemoOutlet placed(const QString &name, const QString &medium, const QString &category);

    DemoPermit &m_permit;
    DemoRandom &m_rng;
};

} // namespace outfall::demo
