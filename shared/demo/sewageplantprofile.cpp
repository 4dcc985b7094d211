#include "demo/sewageplantprofile.h"

#include "demo/demorandom.h"
#include "demo/districtgazetteer.h"
#include "demo/outletbuilder.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace outfall::demo {

void SewagePlantProfile::fill(
    DemoPermit &permit, const NamePair &trade, const District &district, DemoRandom &rng) const
{
    permit.industryCode = u"4620"_s;
    permit.management = u"key"_s;
    permit.schedule = keySchedule();
    permit.loadFactor = rng.uniform(0.7, 0.95);
    setName(permit, trade, u"水质净化有限公司"_s, u"Water Purification Co., Ltd."_s);
    const double flow = rng.uniform(2000, 12000);
    permit.capacity =
        u"Municipal sewage treatment %1 000 m³/d"_s.arg(std::lround(flow * 24 / 1000));

    OutletBuilder builder(permit, rng);
    DemoOutlet outfall =
        builder.water(OutletBuilder::bilingual(u"尾水排放口"_s, u"Treated effluent outfall"_s),
            u"main"_s, u"continuous"_s, district.river(), flow);
    OutletBuilder::addLimits(outfall,
        {{u"COD"_s, 50, -1, u"automatic"_s, u"continuous"_s},
            {u"NH3N"_s, 5, -1, u"automatic"_s, u"continuous"_s},
            {u"PH"_s, 9, 6, u"manual"_s, u"weekly"_s}, {u"SS"_s, 10, -1, u"manual"_s, u"weekly"_s},
            {u"BOD5"_s, 10, -1, u"manual"_s, u"weekly"_s},
            {u"TN"_s, 15, -1, u"manual"_s, u"weekly"_s},
            {u"TP"_s, 0.5, -1, u"manual"_s, u"weekly"_s},
            {u"COLOUR"_s, 30, -1, u"manual"_s, u"weekly"_s},
            {u"OIL"_s, 1, -1, u"manual"_s, u"monthly"_s}},
        u"GB 18918-2002 (class 1A)"_s);
    builder.add(std::move(outfall));
}

} // namespace outfall::demo
