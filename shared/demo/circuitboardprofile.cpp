#include "demo/circuitboardprofile.h"

#include "demo/demorandom.h"
#include "demo/districtgazetteer.h"
#include "demo/outletbuilder.h"

using namespace Qt::StringLiterals;

namespace outfall::demo {

void CircuitBoardProfile::fill(
    DemoPermit &permit, const NamePair &trade, const District &district, DemoRandom &rng) const
{
    permit.industryCode = u"3982"_s;
    permit.management = u"key"_s;
    permit.schedule = keySchedule();
    permit.loadFactor = rng.uniform(0.6, 0.9);
    setName(permit, trade, u"电路有限公司"_s, u"Circuit Co., Ltd."_s);
    permit.capacity =
        u"Multilayer printed circuit boards %1 000 m²/a"_s.arg(rng.range(20, 120) * 10);

    OutletBuilder builder(permit, rng);
    DemoOutlet outfall =
        builder.water(OutletBuilder::bilingual(u"废水总排放口"_s, u"Total wastewater outfall"_s),
            u"main"_s, u"continuous"_s, district.river(), rng.uniform(30, 200));
    OutletBuilder::addLimits(outfall,
        gb21900Outfall() + QList<LimitSpec> {{u"NI"_s, 0.5, -1, u"manual"_s, u"monthly"_s}},
        u"GB 21900-2008"_s);
    builder.add(std::move(outfall));
    DemoOutlet etching =
        builder.air(OutletBuilder::bilingual(u"蚀刻线废气排放口"_s, u"Etching line exhaust"_s),
            u"general"_s, rng.uniform(15, 25), rng.uniform(20000, 60000), 20.5);
    OutletBuilder::addLimits(
        etching, {{u"NOX"_s, 200, -1, u"manual"_s, u"semiannual"_s}}, u"GB 21900-2008"_s);
    builder.add(std::move(etching));
}

} // namespace outfall::demo
