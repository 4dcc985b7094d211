#include "demo/permitjson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace outfall::demo {

namespace {

QJsonObject limitJson(const domain::EmissionLimit &limit)
{
    QJsonObject json {{u"pollutant"_s, limit.pollutant}, {u"unit"_s, limit.unit},
        {u"basis"_s, limit.basis}, {u"standard"_s, limit.standard}};
    if (limit.min)
        json.insert(u"min"_s, *limit.min);
    if (limit.max)
        json.insert(u"max"_s, *limit.max);
    if (limit.referenceO2Pct)
        json.insert(u"reference_o2_pct"_s, *limit.referenceO2Pct);
    if (limit.annualT)
        json.insert(u"annual_t"_s, *limit.annualT);
    if (limit.rateLimitKgH)
        json.insert(u"rate_limit_kg_h"_s, *limit.rateLimitKgH);
    return json;
}

QJsonObject outletJson(const DemoOutlet &outlet)
{
    QJsonArray limits;
    for (const domain::EmissionLimit &limit : outlet.limits)
        limits.append(limitJson(limit));
    QJsonArray monitoring;
    for (const domain::MonitoringRequirement &m : outlet.monitoring) {
        monitoring.append(QJsonObject {{u"pollutant"_s, m.pollutant}, {u"mode"_s, m.mode},
            {u"frequency"_s, m.frequency}, {u"method"_s, m.method}});
    }
    QJsonObject json {{u"code"_s, outlet.code}, {u"name"_s, outlet.name},
        {u"medium"_s, outlet.medium}, {u"category"_s, outlet.category}, {u"lat"_s, outlet.lat},
        {u"lon"_s, outlet.lon}, {u"discharge_method"_s, outlet.dischargeMethod},
        {u"destination"_s, outlet.destination}, {u"limits"_s, limits},
        {u"monitoring"_s, monitoring}};
    if (outlet.heightM)
        json.insert(u"height_m"_s, *outlet.heightM);
    return json;
}

} // namespace

QJsonObject PermitJson::toJson(const DemoPermit &permit)
{
    const domain::Enterprise &e = permit.enterprise;
    const QJsonObject enterprise {{u"uscc"_s, e.uscc}, {u"name"_s, e.name},
        {u"name_en"_s, e.nameEn}, {u"legal_rep"_s, e.legalRep}, {u"address"_s, e.address},
        {u"industry_code"_s, e.industryCode}, {u"region"_s, e.region},
        {u"lat"_s, e.lat.value_or(0)}, {u"lon"_s, e.lon.value_or(0)}};
    QJsonArray schedule;
    for (const domain::ReportSchedule &entry : permit.schedule) {
        schedule.append(QJsonObject {{u"kind"_s, entry.kind}, {u"due_day"_s, entry.dueDay},
            {u"due_month_offset"_s, entry.dueMonthOffset}});
    }
    QJsonArray outlets;
    for (const DemoOutlet &outlet : permit.outlets)
        outlets.append(outletJson(outlet));
    QJsonObject json {{u"number"_s, permit.number}, {u"revision"_s, permit.revision},
        {u"enterprise"_s, enterprise}, {u"issued_on"_s, permit.issuedOn.toString(Qt::ISODate)},
        {u"valid_from"_s, permit.validFrom.toString(Qt::ISODate)},
        {u"valid_to"_s, permit.validTo.toString(Qt::ISODate)}, {u"authority"_s, permit.authority},
        {u"industry_code"_s, permit.industryCode}, {u"management"_s, permit.management},
        {u"capacity"_s, permit.capacity}, {u"report_schedule"_s, schedule},
        {u"outlets"_s, outlets}};
    if (permit.renewalAppliedOn.isValid())
        json.insert(u"renewal_applied_on"_s, permit.renewalAppliedOn.toString(Qt::ISODate));
    return json;
}

QByteArray PermitJson::line(const DemoPermit &permit)
{
    return QJsonDocument(toJson(permit)).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace outfall::demo
