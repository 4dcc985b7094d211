#include "demo/dyeingprofile.h"

#include "demo/demorandom.h"
#include "demo/districtgazetteer.h"
#include "demo/outletbuilder.h"

using namespace Qt::StringLiterals;

namespace outfall::demo {

void DyeingProfile::fill(
    DemoPermit &permit, const NamePair &trade, const District &district, DemoRandom &rng) const
{
    permit.industryCode = u"1713"_s;
    const bool key = rng.chance(0.6);
    permit.management = key ? u"key"_s : u"simplified"_s;
    permit.schedule = key ? keySchedule() : simplifiedSchedule();
    permit.loadFactor = rng.uniform(0.5, 0.9);
    if (rng.chance(0.5))
        setName(permit, trade, u"印染有限公司"_s, u"Printing and Dyeing Co., Ltd."_s);
    else
        setName(permit, trade, u"纺织印染有限公司"_s, u"Textile Dyeing Co., Ltd."_s);
    permit.capacity = u"Cotton and blended fabric dyeing %1 million m/a"_s.arg(rng.range(10, 120));

    OutletBuilder builder(permit, rng);
    DemoOutlet outfall =
        builder.water(OutletBuilder::bilingual(u"废水总排放口"_s, u"Total wastewater outfall"_s),
            u"main"_s, u"continuous"_s, district.river(), rng.uniform(40, 400));
    // GB 4287-2012 sets anilines "not detected"; 1.0 mg/L is the value the 2015 amendment
    // and Guangdong permits write, which a number can be compared with.
    OutletBuilder::addLimits(outfall,
        {{u"COD"_s, 80, -1, u"automatic"_s, u"continuous"_s},
            {u"NH3N"_s, 10, -1, u"automatic"_s, u"continuous"_s},
            {u"PH"_s, 9, 6, u"manual"_s, u"weekly"_s}, {u"SS"_s, 50, -1, u"manual"_s, u"weekly"_s},
            {u"COLOUR"_s, 50, -1, u"manual"_s, u"weekly"_s},
            {u"BOD5"_s, 20, -1, u"manual"_s, u"weekly"_s},
            {u"TN"_s, 15, -1, u"manual"_s, u"weekly"_s},
            {u"TP"_s, 0.5, -1, u"manual"_s, u"weekly"_s},
            {u"ANILINE"_s, 1.0, -1, u"manual"_s, u"monthly"_s},
            {u"SULFIDE"_s, 0.5, -1, u"manual"_s, u"monthly"_s}},
        u"GB 4287-2012"_s);
    builder.add(std::move(outfall));
    DemoOutlet stenter =
        builder.air(OutletBuilder::bilingual(u"定型机废气排放口"_s, u"Stenter exhaust"_s),
            u"general"_s, rng.uniform(15, 20), rng.uniform(10000, 30000), 20.5);
    OutletBuilder::addLimits(stenter,
        {{u"PM"_s, 120, -1, u"manual"_s, u"semiannual"_s},
            {u"NMHC"_s, 120, -1, u"manual"_s, u"semiannual"_s}},
        u"GB 16297-1996"_s);
    builder.add(std::move(stenter));
    builder.addGasBoiler();
}

} // namespace outfall::demo
