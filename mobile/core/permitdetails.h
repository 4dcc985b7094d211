#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace outfall::store {
class Database;
}

namespace outfall::mobile {

struct LimitTerm
{
    QString pollutant;
    std::optional<double> minValue;
    std::optional<double> maxValue;
    QString unit;
    std::optional<double> referenceO2Pct;
    QString basis;
    std::optional<double> annualT;
    QString standard;
};

struct MonitoringTerm
{
    QString pollutant;
    QString mode; // automatic / manual
    QString frequency; // continuous, daily, ... annual
    QString method;
};

struct OutletDetail
{
    QString id;
    QString code;
    QString name;
    QString medium; // air / water
    QString category; // main / general
    double lat = 0;
    double lon = 0;
    std::optional<double> heightM;
    QString dischargeMethod;
    QString destination;
    QList<LimitTerm> limits;
    QList<MonitoringTerm> monitoring;
};

struct PermitDetail
{
    QString id;
    QString number;
    int revision = 0;
    QString enterpriseName;
    QString enterpriseNameEn;
    QString uscc;
    QString legalRep;
    QString address;
    QString industryCode;
    QString management;
    QString capacity;
    QString authority;
    QString issuedOn;
    QString validFrom;
    QString validTo;
    double lat = 0;
    double lon = 0;
    QList<OutletDetail> outlets;
};

// One reported value for the chart: its period and value in the limit's unit.
struct ReportedPoint
{
    QString period; // 'YYYY-MM-DD' (daily values and samples) or 'YYYY-MM'
    double value = 0;
    bool valid = true;
};

// Everything the Enterprise and permit page shows, read in a few queries.
class PermitDetails
{
public:
    explicit PermitDetails(store::Database &db);

    std::optional<PermitDetail> load(const QString &permitId) const;
    QList<LimitTerm> limits(const QString &outletId) const; // by pollutant, then basis
    // Daily CEMS values and manual samples of one outlet and pollutant on or after `since`
    // ('YYYY-MM-DD'), oldest first.
    QList<ReportedPoint> reportedSeries(
        const QString &outletId, const QString &pollutant, const QString &since) const;

private:
    QList<OutletDetail> loadOutlets(const QString &permitId) const;

    store::Database &m_db;
};

} // namespace outfall::mobile
