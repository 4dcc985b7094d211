#pragma once

#include "domain/permit.h"

#include <QList>
#include <QString>

#include <optional>

namespace outfall::store {
class Database;
}

namespace outfall::mobile {

// The permit's terms as the device holds them: the domain's types, plus the row ids the
// device needs to point field records at.
using LimitTerm = domain::EmissionLimit;
using MonitoringTerm = domain::MonitoringRequirement;

struct OutletDetail : domain::Outlet
{
    QString id;
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
