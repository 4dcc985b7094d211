#include "demo/thermalpowerprofile.h"

#include "demo/demorandom.h"
#include "demo/districtgazetteer.h"
#include "demo/outletbuilder.h"

using namespace Qt::StringLiterals;

namespace outfall::demo {

void ThermalPowerProfile::fill(
    DemoPermit &permit, const NamePair &trade, const District &district, DemoRandom &rng) const
{
    const bool coal = rng.chance(0.7);
    const int units = coal ? 2 : rng.range(2, 3);
    const int megawatts =
        coal ? rng.pick(QList<int> {300, 600, 1000}) : rng.pick(QList<int> {180, 390, 460});
    permit.industryCode = u"4411"_s;
    permit.management = u"key"_s;
    if (coal) {
        setName(permit, trade, u"热电有限公司"_s, u"Thermal Power Co., Ltd."_s);
        permit.capacity = u"%1 × %2 MW coal-fired units"_s.arg(units).arg(megawatts);
    } else {
        setName(permit, trade, u"燃机发电有限公司"_s, u"Gas Turbine Power Co., Ltd."_s);
        permit.capacity =
            u"%1 × %2 MW gas turbine combined-cycle units"_s.arg(units).arg(megawatts);
    }
    // DOMAIN.md §1: a thermal-power permit files all four kinds, each by the 15th of the
    // month after the period.
    permit.schedule = {{u"annual"_s, 15, 1}, {u"semiannual"_s, 15, 1}, {u"quarterly"_s, 15, 1},
        {u"monthly"_s, 15, 1}};
    permit.loadFactor = coal ? rng.uniform(0.55, 0.8) : rng.uniform(0.35, 0.6);

    OutletBuilder builder(permit, rng);
    // Flue gas per MW: about 3 300 Nm3/h for a coal unit, 5 500 for a gas turbine
    // (large excess air).
    const QList<LimitSpec> coalLimits = {{u"SO2"_s, 35, -1, u"automatic"_s, u"continuous"_s},
        {u"NOX"_s, 50, -1, u"automatic"_s, u"continuous"_s},
        {u"PM"_s, 10, -1, u"automatic"_s, u"continuous"_s},
        {u"HG"_s, 0.03, -1, u"manual"_s, u"quarterly"_s}};
    const QList<LimitSpec> gasLimits = {{u"SO2"_s, 35, -1, u"automatic"_s, u"continuous"_s},
        {u"NOX"_s, 50, -1, u"automatic"_s, u"continuous"_s},
        {u"PM"_s, 5, -1, u"automatic"_s, u"continuous"_s}};
    for (int unit = 1; unit <= units; ++unit) {
        DemoOutlet stack = coal
            ? builder.air(OutletBuilder::bilingual(
                              u"%1#机组锅炉烟囱"_s.arg(unit), u"%1# unit boiler stack"_s.arg(unit)),
                u"main"_s, rng.uniform(180, 240), megawatts * 3300.0, rng.uniform(6.0, 7.5))
            : builder.air(OutletBuilder::bilingual(u"%1#燃机余热锅炉烟囱"_s.arg(unit),
                              u"%1# gas turbine HRSG stack"_s.arg(unit)),
                u"main"_s, rng.uniform(60, 80), megawatts * 5500.0, rng.uniform(14.5, 15.5));
        if (coal)
            OutletBuilder::addLimits(stack, coalLimits, u"GB 13223-2011 (ultra-low emission)"_s, 6);
        else
            OutletBuilder::addLimits(stack, gasLimits, u"GB 13223-2011"_s, 15);
        builder.add(std::move(stack));
    }
    if (coal) {
        const QList<LimitSpec> dust = {{u"PM"_s, 120, -1, u"manual"_s, u"quarterly"_s}};
        for (const QString &name :
            {OutletBuilder::bilingual(u"煤场除尘器排放口"_s, u"Coal yard dust collector"_s),
                OutletBuilder::bilingual(u"粉煤灰库排气口"_s, u"Fly ash silo vent"_s)}) {
            DemoOutlet vent = builder.air(
                name, u"general"_s, rng.uniform(15, 30), rng.uniform(20000, 60000), 20.5);
            OutletBuilder::addLimits(vent, dust, u"GB 16297-1996"_s);
            builder.add(std::move(vent));
        }
    }
    DemoOutlet wastewater = builder.water(
        OutletBuilder::bilingual(u"工业废水排放口"_s, u"Industrial wastewater outfall"_s),
        u"general"_s, u"intermittent"_s, district.sewagePlant(), rng.uniform(20, 120));
    OutletBuilder::addLimits(wastewater,
        {{u"PH"_s, 9, 6, u"manual"_s, u"monthly"_s}, {u"COD"_s, 90, -1, u"manual"_s, u"monthly"_s},
            {u"NH3N"_s, 10, -1, u"manual"_s, u"monthly"_s},
            {u"SS"_s, 60, -1, u"manual"_s, u"quarterly"_s},
            {u"OIL"_s, 5, -1, u"manual"_s, u"quarterly"_s}},
        u"DB44/26-2001"_s);
    builder.add(std::move(wastewater));
}

} // namespace outfall::demo
