#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace outfall::demo {

// The plain data of one generated permit, in the shape of a line of permits.jsonl
// (docs/formats.md). The few fields below "generation only" steer the reported data and
// are never written to the permit.

struct DemoLimit
{
    QString pollutant;
    std::optional<double> min;
    std::optional<double> max;
    QString unit;
    std::optional<double> referenceO2Pct;
    QString basis;
    std::optional<double> annualT;
    std::optional<double> rateLimitKgH;
    QString standard;
};

struct DemoMonitoring
{
    QString pollutant;
    QString mode; // automatic / manual
    QString frequency;
    QString method;
};

struct DemoOutlet
{
    QString code;
    QString name;
    QString medium; // air / water
    QString category; // main / general
    double lat = 0;
    double lon = 0;
    std::optional<double> heightM;
    QString dischargeMethod;
    QString destination;
    QList<DemoLimit> limits;
    QList<DemoMonitoring> monitoring;

    // Generation only.
    double designFlowM3h = 0; // dry standard m3/h (air) or m3/h (water) at full load
    double o2Pct = 0; // typical measured O2 of the flue gas, air only

    const DemoLimit *limitFor(const QString &pollutant) const
    {
        for (const DemoLimit &limit : limits) {
            if (limit.pollutant == pollutant)
                return &limit;
        }
        return nullptr;
    }
};

struct DemoScheduleEntry
{
    QString kind; // annual / semiannual / quarterly / monthly
    int dueDay = 15;
    int dueMonthOffset = 1;
};

struct DemoEnterprise
{
    QString uscc;
    QString name;
    QString nameEn;
    QString legalRep;
    QString address;
    QString industryCode;
    QString region;
    double lat = 0;
    double lon = 0;
};

struct DemoPermit
{
    QString number;
    int revision = 1;
    DemoEnterprise enterprise;
    QDate issuedOn;
    QDate validFrom;
    QDate validTo;
    QString authority;
    QString industryCode;
    QString management; // key / simplified / registration
    QString capacity;
    QList<DemoScheduleEntry> schedule;
    QList<DemoOutlet> outlets;

    // Generation only: the share of capacity the plant runs at, 0..1.
    double loadFactor = 0.7;
};

} // namespace outfall::demo
