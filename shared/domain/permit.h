#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace outfall::domain {

// The permit as the domain knows it (DOMAIN.md §1): the holder, the terms, the outlets with
// their limits and self-monitoring requirements, and the report schedule. Plain values:
// the importer fills them from a permits file, the demo generator makes them, and the
// device reads them back from its store. Units are canonical symbols of domain::Unit
// ("mg/Nm3"), enumerations the lower-case words of the schema ("air", "main", "hourly").

struct EmissionLimit
{
    QString pollutant; // catalogue code (domain::Pollutant)
    std::optional<double> min; // minimum-type or lower bound of a range (pH 6-9)
    std::optional<double> max;
    QString unit;
    std::optional<double> referenceO2Pct; // air: the O2 the limit is stated at
    QString basis; // instant, hourly, daily, monthly, daily_max, annual
    std::optional<double> annualT; // permitted amount, t/a
    std::optional<double> rateLimitKgH;
    QString standard; // the standard the value comes from
};

struct MonitoringRequirement
{
    QString pollutant;
    QString mode; // automatic / manual
    QString frequency; // continuous, daily, weekly, monthly, quarterly, semiannual, annual
    QString method; // method standard, e.g. HJ 57-2017
};

struct ReportSchedule
{
    QString kind; // annual / semiannual / quarterly / monthly
    int dueDay = 15; // day of the month the report is due
    int dueMonthOffset = 1; // months after the period's end
};

struct Outlet
{
    QString code; // DA001 / DW001
    QString name;
    QString medium; // air / water
    QString category; // main / general
    double lat = 0; // WGS-84
    double lon = 0;
    std::optional<double> heightM;
    QString dischargeMethod;
    QString destination;
    QList<EmissionLimit> limits;
    QList<MonitoringRequirement> monitoring;

    // The first limit on `pollutant`, or nullptr.
    const EmissionLimit *limitFor(const QString &pollutant) const;
};

struct Enterprise
{
    QString uscc; // unified social credit code, GB 32100-2015
    QString name;
    QString nameEn;
    QString legalRep;
    QString address;
    QString industryCode; // 4-digit national industry code
    QString region;
    std::optional<double> lat;
    std::optional<double> lon;
};

struct Permit
{
    QString number; // USCC + 3-digit site + letter (HJ 608-2017)
    int revision = 1;
    Enterprise enterprise;
    QDate issuedOn;
    QDate validFrom;
    QDate validTo;
    // The day the enterprise applied to renew the permit; invalid when none is on record
    // (R11 asks for one from 60 days before validTo).
    QDate renewalAppliedOn;
    QString authority;
    QString industryCode;
    QString management; // key / simplified / registration
    QString capacity;
    QList<ReportSchedule> schedule;
    QList<Outlet> outlets;
};

} // namespace outfall::domain
