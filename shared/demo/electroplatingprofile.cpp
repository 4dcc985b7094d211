#include "demo/electroplatingprofile.h"

#include "demo/demorandom.h"
#include "demo/districtgazetteer.h"
#include "demo/outletbuilder.h"

using namespace Qt::StringLiterals;

namespace outfall::demo {

void ElectroplatingProfile::fill(
    DemoPermit &permit, const NamePair &trade, const District &district, DemoRandom &rng) const
{
    permit.industryCode = u"3360"_s;
    permit.management = u"key"_s;
    permit.schedule = keySchedule();
    permit.loadFactor = rng.uniform(0.5, 0.85);
    if (rng.chance(0.5))
        setName(permit, trade, u"电镀有限公司"_s, u"Electroplating Co., Ltd."_s);
    else
        setName(permit, trade, u"表面处理有限公司"_s, u"Surface Treatment Co., Ltd."_s);
    permit.capacity =
        u"%1 plating lines (zinc, nickel, hard chromium), %2 000 m²/a"_s.arg(rng.range(3, 12))
            .arg(rng.range(10, 80) * 10);

    OutletBuilder builder(permit, rng);
    DemoOutlet outfall =
        builder.water(OutletBuilder::bilingual(u"废水总排放口"_s, u"Total wastewater outfall"_s),
            u"main"_s, u"continuous"_s, district.river(), rng.uniform(10, 80));
    OutletBuilder::addLimits(outfall,
        gb21900Outfall()
            + QList<LimitSpec> {{u"ZN"_s, 1.5, -1, u"manual"_s, u"monthly"_s},
                {u"CN"_s, 0.3, -1, u"manual"_s, u"monthly"_s},
                {u"OIL"_s, 3.0, -1, u"manual"_s, u"monthly"_s}},
        u"GB 21900-2008"_s);
    builder.add(std::move(outfall));
    // GB 21900 limits the first-class pollutants where they leave the plating workshop,
    // before any dilution.
    DemoOutlet workshop = builder.water(
        OutletBuilder::bilingual(u"含铬含镍车间排放口"_s, u"Chromium and nickel workshop outlet"_s),
        u"main"_s, u"intermittent"_s,
        OutletBuilder::bilingual(u"废水总排放口 DW001"_s, u"Total wastewater outfall DW001"_s),
        rng.uniform(1, 8));
    OutletBuilder::addLimits(workshop,
        {{u"CR6"_s, 0.2, -1, u"manual"_s, u"weekly"_s},
            {u"CRT"_s, 1.0, -1, u"manual"_s, u"weekly"_s},
            {u"NI"_s, 0.5, -1, u"manual"_s, u"weekly"_s}},
        u"GB 21900-2008"_s);
    builder.add(std::move(workshop));
    DemoOutlet mist = builder.air(
        OutletBuilder::bilingual(u"电镀线酸雾排放口"_s, u"Plating line acid mist exhaust"_s),
        u"general"_s, rng.uniform(15, 25), rng.uniform(15000, 50000), 20.5);
    OutletBuilder::addLimits(mist,
        {{u"CRMIST"_s, 0.05, -1, u"manual"_s, u"semiannual"_s},
            {u"NOX"_s, 200, -1, u"manual"_s, u"semiannual"_s}},
        u"GB 21900-2008"_s);
    builder.add(std::move(mist));
}

} // namespace outfall::demo
