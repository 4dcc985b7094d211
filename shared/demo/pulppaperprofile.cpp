#include "demo/pulppaperprofile.h"

#include "demo/demorandom.h"
#include "demo/districtgazetteer.h"
#include "demo/outletbuilder.h"

using namespace Qt::StringLiterals;

namespace outfall::demo {

void PulpPaperProfile::fill(
    DemoPermit &permit, const NamePair &trade, const District &district, DemoRandom &rng) const
{
    // GB 3544-2008 table 2 has three columns: pulp mills, integrated pulp-and-paper
    // mills, paper-only mills.
    enum class Column { Pulp, Integrated, PaperOnly };
    const double draw = rng.uniform();
    const Column column = draw < 0.2 ? Column::Pulp
        : draw < 0.45                ? Column::Integrated
                                     : Column::PaperOnly;
    const bool handmade = column == Column::PaperOnly && rng.chance(0.25);
    permit.management = u"key"_s;
    permit.schedule = keySchedule();
    permit.loadFactor = rng.uniform(0.6, 0.9);
    double flow = 0;
    switch (column) {
    case Column::Pulp:
        permit.industryCode = u"2211"_s;
        setName(permit, trade, u"浆业有限公司"_s, u"Pulp Co., Ltd."_s);
        permit.capacity = u"Bleached chemical pulp %1 kt/a"_s.arg(rng.range(10, 40) * 10);
        flow = rng.uniform(600, 1500);
        break;
    case Column::Integrated:
        permit.industryCode = u"2221"_s;
        setName(permit, trade, u"纸业有限公司"_s, u"Paper Co., Ltd."_s);
        permit.capacity = u"Pulp %1 kt/a; paper and board %2 kt/a"_s.arg(rng.range(5, 20) * 10)
                              .arg(rng.range(10, 40) * 10);
        flow = rng.uniform(400, 1200);
        break;
    case Column::PaperOnly:
        permit.industryCode = handmade ? u"2222"_s : u"2221"_s;
        if (handmade) {
            setName(permit, trade, u"特种纸业有限公司"_s, u"Specialty Paper Co., Ltd."_s);
            permit.capacity = u"Handmade and specialty paper %1 kt/a"_s.arg(rng.range(5, 30));
            flow = rng.uniform(30, 150);
        } else {
            setName(permit, trade, u"纸业有限公司"_s, u"Paper Co., Ltd."_s);
            permit.capacity =
                u"Corrugating medium and linerboard %1 kt/a"_s.arg(rng.range(10, 50) * 10);
            flow = rng.uniform(150, 800);
        }
        break;
    }
    const double cod = column == Column::Pulp ? 100 : column == Column::Integrated ? 90 : 80;
    const double ss = column == Column::Pulp ? 50 : 30;
    const double nh3n = column == Column::Pulp ? 12 : 8;
    const double tn = column == Column::Pulp ? 15 : 12;

    OutletBuilder builder(permit, rng);
    DemoOutlet outfall =
        builder.water(OutletBuilder::bilingual(u"废水总排放口"_s, u"Total wastewater outfall"_s),
            u"main"_s, u"continuous"_s, district.river(), flow);
    OutletBuilder::addLimits(outfall,
        {{u"COD"_s, cod, -1, u"automatic"_s, u"continuous"_s},
            {u"NH3N"_s, nh3n, -1, u"automatic"_s, u"continuous"_s},
            {u"PH"_s, 9, 6, u"manual"_s, u"weekly"_s}, {u"SS"_s, ss, -1, u"manual"_s, u"weekly"_s},
            {u"COLOUR"_s, 50, -1, u"manual"_s, u"weekly"_s},
            {u"BOD5"_s, 20, -1, u"manual"_s, u"weekly"_s},
            {u"TN"_s, tn, -1, u"manual"_s, u"weekly"_s},
            {u"TP"_s, 0.8, -1, u"manual"_s, u"weekly"_s}},
        u"GB 3544-2008"_s);
    builder.add(std::move(outfall));
    if (column == Column::Pulp) {
        // AOX and dioxin are limited where the bleaching plant's water leaves the workshop.
        DemoOutlet bleaching = builder.water(
            OutletBuilder::bilingual(u"漂白车间排放口"_s, u"Bleaching workshop outlet"_s),
            u"main"_s, u"continuous"_s,
            OutletBuilder::bilingual(u"废水总排放口 DW001"_s, u"Total wastewater outfall DW001"_s),
            flow * rng.uniform(0.1, 0.2));
        OutletBuilder::addLimits(bleaching,
            {{u"AOX"_s, 12, -1, u"manual"_s, u"monthly"_s},
                {u"DIOXIN"_s, 30, -1, u"manual"_s, u"annual"_s}},
            u"GB 3544-2008"_s);
        builder.add(std::move(bleaching));
    }
    builder.addGasBoiler();
}

} // namespace outfall::demo
