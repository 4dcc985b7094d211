#include "demo/outletbuilder.h"

#include "demo/demogeo.h"
#include "demo/demorandom.h"
#include "demo/monitoringmethods.h"
#include "domain/pollutant.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace outfall::demo {

namespace {

bool isTotalControlled(const QString &pollutant)
{
    return pollutant == u"SO2" || pollutant == u"NOX" || pollutant == u"PM" || pollutant == u"COD"
        || pollutant == u"NH3N";
}

QString basisFor(const QString &medium, const QString &pollutant)
{
    if (pollutant == u"PH")
        return u"instant"_s;
    // GB 13223 / GB 13271 state hourly means for stack gas; water standards daily means.
    return medium == u"air" ? u"hourly"_s : u"daily"_s;
}

} // namespace

OutletBuilder::OutletBuilder(DemoPermit &permit, DemoRandom &rng)
    : m_permit(permit)
    , m_rng(rng)
{ }

DemoOutlet OutletBuilder::placed(
    const QString &name, const QString &medium, const QString &category)
{
    DemoOutlet outlet;
    outlet.name = name;
    outlet.medium = medium;
    outlet.category = category;
    const GeoPoint site {*m_permit.enterprise.lat, *m_permit.enterprise.lon};
    const GeoPoint at = DemoGeo::offset(site, m_rng.uniform(40, 350), m_rng.uniform(0, 360));
    outlet.lat = at.lat;
    outlet.lon = at.lon;
    return outlet;
}

DemoOutlet OutletBuilder::air(const QString &name, const QString &category, double heightM,
    double designFlowM3h, double o2Pct)
{
    DemoOutlet outlet = placed(name, u"air"_s, category);
    outlet.heightM = std::round(heightM);
    outlet.dischargeMethod = u"organised"_s;
    outlet.destination = u"atmosphere"_s;
    outlet.designFlowM3h = std::round(designFlowM3h);
    outlet.o2Pct = o2Pct;
    return outlet;
}

DemoOutlet OutletBuilder::water(const QString &name, const QString &category, const QString &method,
    const QString &destination, double designFlowM3h)
{
    DemoOutlet outlet = placed(name, u"water"_s, category);
    outlet.dischargeMethod = method;
    outlet.destination = destination;
    outlet.designFlowM3h = std::round(designFlowM3h);
    return outlet;
}

void OutletBuilder::addLimits(DemoOutlet &outlet, const QList<LimitSpec> &specs,
    const QString &standard, std::optional<double> referenceO2Pct)
{
    for (const LimitSpec &spec : specs) {
        const domain::Pollutant *pollutant = domain::Pollutant::find(spec.pollutant);
        Q_ASSERT(pollutant);
        domain::EmissionLimit limit;
        limit.pollutant = spec.pollutant;
        if (spec.max > 0)
            limit.max = spec.max;
        if (spec.min >= 0)
            limit.min = spec.min;
        limit.unit = pollutant->defaultUnit;
        if (outlet.medium == u"air")
            limit.referenceO2Pct = referenceO2Pct;
        limit.basis = basisFor(outlet.medium, spec.pollutant);
        limit.standard = standard;
        if (outlet.category == u"main" && spec.mode == u"automatic" && spec.max > 0
            && isTotalControlled(spec.pollutant)) {
            // mg/Nm3 x Nm3 = mg (1e-9 t); mg/L x m3 = g (1e-6 t). 90 % of a full year at
            // the limit and design flow: the writer keeps honest values at or below 85 % of
            // the limit, so an honest year never reaches the permitted amount.
            const double toTonnes = outlet.medium == u"air" ? 1e-9 : 1e-6;
            const double tonnes = spec.max * outlet.designFlowM3h * 8760 * toTonnes * 0.9;
            limit.annualT = std::ceil(tonnes * 10) / 10;
        }
        outlet.limits.append(limit);
        outlet.monitoring.append({spec.pollutant, spec.mode, spec.frequency,
            MonitoringMethods::forPollutant(spec.pollutant, spec.max)});
    }
}

QString OutletBuilder::bilingual(const QString &zh, const QString &en)
{
    return zh + u"（"_s + en + u"）"_s;
}

void OutletBuilder::add(DemoOutlet outlet)
{
    int sequence = 1;
    for (const DemoOutlet &existing : std::as_const(m_permit.outlets)) {
        if (existing.medium == outlet.medium)
            ++sequence;
    }
    outlet.code = (outlet.medium == u"air" ? u"DA"_s : u"DW"_s)
        + QString::number(sequence).rightJustified(3, u'0');
    m_permit.outlets.append(std::move(outlet));
}

void OutletBuilder::addGasBoiler()
{
    DemoOutlet boiler = air(bilingual(u"燃气锅炉烟囱"_s, u"Gas-fired boiler stack"_s), u"general"_s,
        m_rng.uniform(20, 45), m_rng.uniform(8000, 40000), m_rng.uniform(3.8, 6.0));
    // GB 13271-2014 gas boilers, with Guangdong's stricter NOx (DB44/765-2019); O2 3.5 %.
    addLimits(boiler,
        {{u"PM"_s, 20, -1, u"manual"_s, u"annual"_s}, {u"SO2"_s, 50, -1, u"manual"_s, u"annual"_s},
            {u"NOX"_s, 150, -1, u"manual"_s, u"monthly"_s}},
        u"GB 13271-2014; DB44/765-2019"_s, 3.5);
    add(std::move(boiler));
}

} // namespace outfall::demo
