#include "demo/industryprofile.h"

#include "demo/circuitboardprofile.h"
#include "demo/dyeingprofile.h"
#include "demo/electroplatingprofile.h"
#include "demo/pulppaperprofile.h"
#include "demo/sewageplantprofile.h"
#include "demo/thermalpowerprofile.h"

using namespace Qt::StringLiterals;

namespace outfall::demo {

const IndustryProfile &IndustryProfile::forIndustry(Industry industry)
{
    static const ThermalPowerProfile thermalPower;
    static const PulpPaperProfile pulpPaper;
    static const ElectroplatingProfile electroplating;
    static const DyeingProfile dyeing;
    static const SewagePlantProfile sewagePlant;
    static const CircuitBoardProfile circuitBoard;
    switch (industry) {
    case Industry::ThermalPower:
        return thermalPower;
    case Industry::PulpPaper:
        return pulpPaper;
    case Industry::Electroplating:
        return electroplating;
    case Industry::Dyeing:
        return dyeing;
    case Industry::SewageTreatment:
        return sewagePlant;
    case Industry::CircuitBoard:
        break;
    }
    return circuitBoard;
}

void IndustryProfile::setName(
    DemoPermit &permit, const NamePair &trade, const QString &suffixZh, const QString &suffixEn)
{
    permit.enterprise.name = u"深圳市"_s + trade.zh + suffixZh;
    permit.enterprise.nameEn = u"Shenzhen "_s + trade.en + u' ' + suffixEn;
}

QList<domain::ReportSchedule> IndustryProfile::keySchedule()
{
    return {{u"annual"_s, 15, 1}, {u"quarterly"_s, 15, 1}};
}

QList<domain::ReportSchedule> IndustryProfile::simplifiedSchedule()
{
    return {{u"annual"_s, 15, 1}};
}

QList<LimitSpec> IndustryProfile::gb21900Outfall()
{
    return {
        {u"COD"_s, 80, -1, u"automatic"_s, u"continuous"_s},
        {u"NH3N"_s, 15, -1, u"automatic"_s, u"continuous"_s},
        {u"PH"_s, 9, 6, u"manual"_s, u"monthly"_s},
        {u"SS"_s, 50, -1, u"manual"_s, u"monthly"_s},
        {u"TN"_s, 20, -1, u"manual"_s, u"monthly"_s},
        {u"TP"_s, 1.0, -1, u"manual"_s, u"monthly"_s},
        {u"CU"_s, 0.5, -1, u"manual"_s, u"monthly"_s},
    };
}

} // namespace outfall::demo
