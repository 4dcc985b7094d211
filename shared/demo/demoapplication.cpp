#include "demo/demoapplication.h"

#include "demo/demorandom.h"
#include "demo/enterprisefactory.h"
#include "demo/industrymix.h"
#include "demo/permitjson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace outfall::demo::DemoApplication {

namespace {

// Its own random stream, after every enterprise's (stream index + 1) and far from them, so the
// district's permits stay what they were.
constexpr quint64 kStream = 1ULL << 40;

DemoPermit applicant(const DemoOptions &options)
{
    DemoRandom rng = DemoRandom::forStream(options.seed, kStream);
    // The index after the district's last enterprise: a number no permit of the district has.
    return EnterpriseFactory(options).build(options.enterprises, Industry::ThermalPower, rng);
}

} // namespace

QByteArray line(const DemoOptions &options)
{
    const DemoPermit permit = applicant(options);
    QJsonObject json = PermitJson::toJson(permit);
    json.remove(u"issued_on"_s);
    json.remove(u"renewal_applied_on"_s);
    json.insert(u"status"_s, u"application"_s);
    json.insert(u"applied_on"_s, options.asOf.addDays(-14).toString(Qt::ISODate));
    // The term applied for: five years from next month (《排污许可管理条例》, first permit).
    const QDate from = options.asOf.addMonths(1);
    json.insert(u"valid_from"_s, from.toString(Qt::ISODate));
    json.insert(u"valid_to"_s, from.addYears(5).addDays(-1).toString(Qt::ISODate));
    json.insert(
        u"production_capacity"_s, QJsonObject {{u"value"_s, 2 * 350}, {u"unit"_s, u"MW"_s}});
    QJsonArray facilities;
    QString airOutlet;
    QString waterOutlet;
    for (const DemoOutlet &o : permit.outlets) {
        if (o.medium == u"air" && airOutlet.isEmpty())
            airOutlet = o.code;
        if (o.medium == u"water" && waterOutlet.isEmpty())
            waterOutlet = o.code;
    }
    QJsonObject desulphurisation {{u"code"_s, u"T001"_s}, {u"name"_s, u"石灰石-石膏湿法脱硫塔"_s},
        {u"treats"_s, u"SO2 of the boiler flue gas / 锅炉烟气二氧化硫"_s}};
    if (!airOutlet.isEmpty())
        desulphurisation.insert(u"outlet"_s, airOutlet);
    QJsonObject wastewater {{u"code"_s, u"T002"_s}, {u"name"_s, u"工业废水处理站"_s},
        {u"treats"_s, u"desulphurisation and process wastewater / 脱硫废水及工业废水"_s}};
    if (!waterOutlet.isEmpty())
        wastewater.insert(u"outlet"_s, waterOutlet);
    facilities << desulphurisation << wastewater
               << QJsonObject {{u"code"_s, u"T003"_s}, {u"name"_s, u"事故应急池"_s},
                      {u"treats"_s, u"wastewater in an emergency / 事故废水"_s},
                      {u"expected_state"_s, u"standby"_s}};
    json.insert(u"treatment_facilities"_s, facilities);
    return QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject scenario(const DemoOptions &options)
{
    const DemoPermit permit = applicant(options);
    QString missingOutlet;
    for (const DemoOutlet &o : permit.outlets) {
        if (o.medium == u"air")
            missingOutlet = o.code; // the last air outlet: not built yet
    }
    return {{u"number"_s, permit.number}, {u"enterprise"_s, permit.enterprise.name},
        {u"finds"_s,
            QJsonArray {QJsonObject {{u"declaration"_s, missingOutlet}, {u"found"_s, false},
                            {u"rule"_s, u"R15"_s}},
                QJsonObject {
                    {u"declaration"_s, u"T002"_s}, {u"found"_s, false}, {u"rule"_s, u"R16"_s}},
                QJsonObject {
                    {u"declaration"_s, u"T001"_s}, {u"found"_s, true}, {u"running"_s, true}},
                QJsonObject {
                    {u"declaration"_s, u"capacity"_s}, {u"observed"_s, 700}, {u"unit"_s, u"MW"_s}},
                QJsonObject {{u"declaration"_s, u"zone"_s}, {u"outside_zones"_s, true}}}}};
}

} // namespace outfall::demo::DemoApplication
