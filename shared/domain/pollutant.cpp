#include "domain/pollutant.h"

using namespace Qt::StringLiterals;

namespace outfall::domain {

const QList<Pollutant> &Pollutant::all()
{
    using M = Pollutant::Medium;
    static const QList<Pollutant> catalogue = {
        // Air: GB 13223-2011 (thermal power), GB 13271-2014 (boilers), VOCs standards.
        {u"SO2"_s, M::Air, u"mg/Nm3"_s, u"二氧化硫"_s, u"Sulphur dioxide"_s},
        {u"NOX"_s, M::Air, u"mg/Nm3"_s, u"氮氧化物"_s, u"Nitrogen oxides"_s},
        {u"PM"_s, M::Air, u"mg/Nm3"_s, u"颗粒物"_s, u"Particulate matter"_s},
        {u"HG"_s, M::Air, u"mg/Nm3"_s, u"汞及其化合物"_s, u"Mercury and compounds"_s},
        {u"VOCS"_s, M::Air, u"mg/Nm3"_s, u"挥发性有机物"_s, u"Volatile organic compounds"_s},
        {u"NMHC"_s, M::Air, u"mg/Nm3"_s, u"非甲烷总烃"_s, u"Non-methane hydrocarbons"_s},
        {u"NH3"_s, M::Air, u"mg/Nm3"_s, u"氨"_s, u"Ammonia (slip)"_s},
        {u"CO"_s, M::Air, u"mg/Nm3"_s, u"一氧化碳"_s, u"Carbon monoxide"_s},
        {u"H2S"_s, M::Air, u"mg/Nm3"_s, u"硫化氢"_s, u"Hydrogen sulphide"_s},
        {u"CRMIST"_s, M::Air, u"mg/Nm3"_s, u"铬酸雾"_s, u"Chromic acid mist"_s},
        // Water: GB 3544-2008 (pulp and paper), GB 21900-2008 (electroplating),
        // GB 4287-2012 (textile dyeing), GB 8978-1996 (integrated).
        {u"PH"_s, M::Water, u"pH"_s, u"pH值"_s, u"pH"_s},
        {u"COLOUR"_s, M::Water, u"dilution"_s, u"色度"_s, u"Colour"_s},
        {u"SS"_s, M::Water, u"mg/L"_s, u"悬浮物"_s, u"Suspended solids"_s},
        {u"BOD5"_s, M::Water, u"mg/L"_s, u"五日生化需氧量"_s,
            u"Biochemical oxygen demand (5-day)"_s},
        {u"COD"_s, M::Water, u"mg/L"_s, u"化学需氧量"_s, u"Chemical oxygen demand"_s},
        {u"NH3N"_s, M::Water, u"mg/L"_s, u"氨氮"_s, u"Ammonia nitrogen"_s},
        {u"TN"_s, M::Water, u"mg/L"_s, u"总氮"_s, u"Total nitrogen"_s},
        {u"TP"_s, M::Water, u"mg/L"_s, u"总磷"_s, u"Total phosphorus"_s},
        {u"AOX"_s, M::Water, u"mg/L"_s, u"可吸附有机卤素"_s, u"Adsorbable organic halides"_s},
        {u"DIOXIN"_s, M::Water, u"pg/L"_s, u"二噁英类"_s, u"Dioxins (TEQ)"_s},
        {u"CR6"_s, M::Water, u"mg/L"_s, u"六价铬"_s, u"Hexavalent chromium"_s},
        {u"CRT"_s, M::Water, u"mg/L"_s, u"总铬"_s, u"Total chromium"_s},
        {u"NI"_s, M::Water, u"mg/L"_s, u"总镍"_s, u"Total nickel"_s},
        {u"CU"_s, M::Water, u"mg/L"_s, u"总铜"_s, u"Total copper"_s},
        {u"ZN"_s, M::Water, u"mg/L"_s, u"总锌"_s, u"Total zinc"_s},
        {u"CN"_s, M::Water, u"mg/L"_s, u"总氰化物"_s, u"Total cyanide"_s},
        {u"ANILINE"_s, M::Water, u"mg/L"_s, u"苯胺类"_s, u"Anilines"_s},
        {u"SULFIDE"_s, M::Water, u"mg/L"_s, u"硫化物"_s, u"Sulphide"_s},
        {u"OIL"_s, M::Water, u"mg/L"_s, u"石油类"_s, u"Petroleum oils"_s},
        {u"FLOW"_s, M::Water, u"m3/h"_s, u"流量"_s, u"Flow"_s},
    };
    return catalogue;
}

const Pollutant *Pollutant::find(QStringView code)
{
    for (const Pollutant &p : all()) {
        if (p.code == code)
            return &p;
    }
    return nullptr;
}

} // namespace outfall::domain
